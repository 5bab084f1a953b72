package io.credlink.credit;

import java.time.LocalDate;
import java.util.List;

/** The parties to check (1..1000 ids) and optionally the day to check on (default today). */
public record CounterpartyCheckRequest(List<String> ids, LocalDate asOf) {
}
