package io.credlink.resolution.internal;

import java.util.List;

/**
 * A party as stored: the fields that identify it, identifiers as their ids
 * ({@code KIND:normalised value}, normalised by the import).
 */
public record PartyRecord(String id, String type, String kind, String name, String idNumber, String licenseNo,
        List<String> identifiers) {
}
