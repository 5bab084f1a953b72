package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import io.credlink.sanction.BlackListEntry;
import io.credlink.sanction.PageView;
import io.credlink.sanction.RedListEntry;

/**
 * The red and black lists as of a date, paged; every member of a resolved entity is a row of its
 * own. Each list is computed whole from its facts ({@link BlackList}, {@link RedList}), kept in
 * memory by {@link ListsModel}, then counted and sliced.
 */
@Component
class SanctionLists {

    private final ListsModel lists;

    SanctionLists(ListsModel lists) {
        this.lists = lists;
    }

    PageView<BlackListEntry> black(LocalDate asOf, int page, int size) {
        return slice(lists.black().on(asOf), page, size);
    }

    PageView<RedListEntry> red(LocalDate asOf, LocalDate windowStart, int page, int size) {
        ListsModel.Facts facts = lists.both();
        return slice(facts.red().on(asOf, windowStart, facts.black().partiesOn(asOf)), page, size);
    }

    /** Page {@code page} of {@code size} (0: every row) of a whole list, with its length. */
    private static <T> PageView<T> slice(List<T> all, int page, int size) {
        long from = size == 0 ? 0 : Math.min((long) page * size, all.size());
        long to = size == 0 ? all.size() : Math.min(from + size, all.size());
        return new PageView<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size());
    }
}
