package io.credlink.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.credlink.access.InvalidInput;

/** Party ids of a CSV upload: the first column of each non-empty line, after an optional header. */
final class MemberCsv {

    static final int MAX_IDS = 10_000;
    private static final Set<String> HEADERS = Set.of("entity_id", "entityid", "id");

    private MemberCsv() {
    }

    static List<String> ids(String csv) {
        List<String> ids = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String first = lines[i].split(",", 2)[0].strip();
            if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
                first = first.substring(1, first.length() - 1).replace("\"\"", "\"").strip();
            }
            if (first.isEmpty() || (ids.isEmpty() && i == 0 && HEADERS.contains(first.toLowerCase()))) {
                continue;
            }
            if (first.length() > 100) {
                throw InvalidInput.of("csv", "line " + (i + 1) + ": an id is at most 100 characters");
            }
            ids.add(first);
            if (ids.size() > MAX_IDS) {
                throw InvalidInput.of("csv", "at most " + MAX_IDS + " ids per upload");
            }
        }
        if (ids.isEmpty()) {
            throw InvalidInput.of("csv", "no party id in the upload");
        }
        return ids;
    }
}
