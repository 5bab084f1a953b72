package io.credlink.fraud.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.credlink.fraud.AlertKind;

/**
 * An alert as a detector produces it, before it is stored.
 *
 * @param keyIds the facts the id derives from (sorted): the same facts give the same id on every scan
 */
record Alert(String id, AlertKind kind, double score, List<String> keyIds, List<String> entityIds,
             List<String> memberIds, List<String> claimIds, Map<String, Object> evidence) {

    static Alert of(AlertKind kind, double score, List<String> keyIds, List<String> entityIds,
                    Map<String, Object> evidence) {
        return of(kind, score, keyIds, entityIds, List.of(), List.of(), evidence);
    }

    static Alert of(AlertKind kind, double score, List<String> keyIds, List<String> entityIds,
                    List<String> memberIds, List<String> claimIds, Map<String, Object> evidence) {
        List<String> keys = List.copyOf(new TreeSet<>(keyIds));
        return new Alert(idOf(kind, keys), kind, round(score), keys, List.copyOf(new TreeSet<>(entityIds)),
                List.copyOf(memberIds), List.copyOf(claimIds), evidence);
    }

    /** {@code FA-} + the first 20 hex digits of SHA-256 over the kind and the sorted key ids. */
    static String idOf(AlertKind kind, List<String> sortedKeys) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.name().getBytes(StandardCharsets.UTF_8));
            for (String k : sortedKeys) {
                sha.update((byte) 0);
                sha.update(k.getBytes(StandardCharsets.UTF_8));
            }
            return "FA-" + HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static double round(double score) {
        double clamped = Math.max(0, Math.min(1, score));
        return Math.round(clamped * 10_000) / 10_000.0;
    }
}
