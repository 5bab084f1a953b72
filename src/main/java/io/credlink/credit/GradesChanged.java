package io.credlink.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * Published after a recomputation stored scores whose grade differs from the stored one (a
 * party scored for the first time has no old grade and is not listed).
 */
public record GradesChanged(LocalDate asOf, List<Change> changes) {

    /** One party's grade before and after. */
    public record Change(String entityId, String oldGrade, String newGrade) {
    }
}
