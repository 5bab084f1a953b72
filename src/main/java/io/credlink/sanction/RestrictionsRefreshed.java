package io.credlink.sanction;

/**
 * The restrictions projection was rebuilt and now answers restrictions: {@code sanctions} sanctions
 * that set off some rule, {@code measures} (party, sanction, rule) entries over their periods.
 */
public record RestrictionsRefreshed(int sanctions, int measures, long millis) {
}
