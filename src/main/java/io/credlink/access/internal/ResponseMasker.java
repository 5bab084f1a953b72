package io.credlink.access.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.credlink.access.Pii;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Masks personal data in a JSON tree or a CSV text by the rule of {@link Pii}: two passes, the
 * first collects the ids whose visibility matters (owners of PII fields, Identifier ids), one
 * look-up decides which of them the user may see, the second masks everything else.
 * <ul>
 * <li>a string that is an Identifier id ({@code PHONE:13800138000}), as a value or a map key,
 * anywhere, is masked unless that Identifier is visible; Identifier ids inside longer texts too;</li>
 * <li>a string under a PII field name ({@link Pii#FIELDS}) is masked unless its owner is visible:
 * the owner is the nearest enclosing object's {@code id} (else {@code entityId}, {@code partyId},
 * {@code subjectId}); no owner = masked;</li>
 * <li>in an object about an Identifier (its owner is an Identifier id, or {@code type} is
 * Identifier), {@code label} and {@code name} are masked too (they show the value), by
 * {@link Pii#maskLabel}, so that id, label and value of one Identifier show the same characters.</li>
 * </ul>
 * CSV: the first row names the columns; PII columns are masked unless the row's owner column
 * ({@code id}, {@code entity_id}, {@code party_id}, {@code subject_id}) is visible; Identifier
 * ids are masked in every cell.
 */
final class ResponseMasker {

    private final Function<Set<String>, Set<String>> visibility;

    /** @param visibility given candidate ids, returns those the user may see in full */
    ResponseMasker(Function<Set<String>, Set<String>> visibility) {
        this.visibility = visibility;
    }

    JsonNode mask(JsonNode root) {
        Set<String> candidates = new LinkedHashSet<>();
        collect(root, null, candidates);
        Set<String> visible = candidates.isEmpty() ? Set.of() : visibility.apply(candidates);
        return rewrite(root, null, visible);
    }

    private void collect(JsonNode node, String owner, Set<String> out) {
        if (node.isObject()) {
            String own = ownerOf(node, owner);
            boolean aboutIdentifier = aboutIdentifier(node, own);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.addAll(Pii.embeddedIdentifiers(e.getKey()));
                JsonNode v = e.getValue();
                if (v.isString()) {
                    String s = v.asString();
                    out.addAll(Pii.embeddedIdentifiers(s));
                    if ((Pii.isPiiField(e.getKey()) || aboutIdentifier && isLabel(e.getKey())) && own != null) {
                        out.add(own);
                    }
                } else {
                    collect(v, own, out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isString()) {
                    out.addAll(Pii.embeddedIdentifiers(item.asString()));
                } else {
                    collect(item, owner, out);
                }
            }
        }
    }

    private JsonNode rewrite(JsonNode node, String owner, Set<String> visible) {
        if (node.isObject()) {
            String own = ownerOf(node, owner);
            boolean ownerVisible = own != null && visible.contains(own);
            boolean aboutIdentifier = aboutIdentifier(node, own);
            ObjectNode out = ((ObjectNode) node).objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = Pii.maskEmbeddedIdentifiers(e.getKey(), visible::contains);
                JsonNode v = e.getValue();
                if (v.isString()) {
                    String s = v.asString();
                    if (Pii.isPiiField(e.getKey()) && !ownerVisible) {
                        out.set(key, StringNode.valueOf(Pii.mask(s)));
                    } else if (aboutIdentifier && isLabel(e.getKey()) && !ownerVisible) {
                        out.set(key, StringNode.valueOf(Pii.maskLabel(s)));
                    } else {
                        out.set(key, text(s, visible));
                    }
                } else {
                    out.set(key, rewrite(v, own, visible));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            for (JsonNode item : node) {
                out.add(item.isString() ? text(item.asString(), visible) : rewrite(item, owner, visible));
            }
            return out;
        }
        return node;
    }

    private static JsonNode text(String s, Set<String> visible) {
        String masked = Pii.maskEmbeddedIdentifiers(s, visible::contains);
        return StringNode.valueOf(masked);
    }

    String maskCsv(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().get();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            rows = parser.getRecords();
        }
        if (rows.isEmpty()) {
            return csv;
        }
        List<String> header = rows.get(0).toList();
        int ownerColumn = -1;
        for (String candidate : Pii.OWNER_FIELDS) {
            for (int i = 0; i < header.size() && ownerColumn < 0; i++) {
                if (Pii.normalise(header.get(i)).equals(candidate)) {
                    ownerColumn = i;
                }
            }
        }
        boolean[] pii = new boolean[header.size()];
        boolean anyPii = false;
        for (int i = 0; i < header.size(); i++) {
            pii[i] = Pii.isPiiField(header.get(i));
            anyPii |= pii[i];
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            CSVRecord row = rows.get(r);
            for (String cell : row) {
                candidates.addAll(Pii.embeddedIdentifiers(cell));
            }
            if (anyPii && ownerColumn >= 0 && ownerColumn < row.size()) {
                candidates.add(row.get(ownerColumn));
            }
        }
        Set<String> visible = candidates.isEmpty() ? Set.of() : visibility.apply(candidates);
        StringWriter out = new StringWriter(csv.length());
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (int r = 1; r < rows.size(); r++) {
                CSVRecord row = rows.get(r);
                boolean ownerVisible = ownerColumn >= 0 && ownerColumn < row.size()
                        && visible.contains(row.get(ownerColumn));
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    String cell = row.get(i);
                    cells.add(i < pii.length && pii[i] && !ownerVisible && !cell.isEmpty() ? Pii.mask(cell)
                            : Pii.maskEmbeddedIdentifiers(cell, visible::contains));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    private static String ownerOf(JsonNode object, String inherited) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getValue().isString() && Pii.normalise(e.getKey()).equals("id")) {
                return e.getValue().asString();
            }
        }
        for (String field : Pii.OWNER_FIELDS) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getValue().isString() && Pii.normalise(e.getKey()).equals(field)) {
                    return e.getValue().asString();
                }
            }
        }
        return inherited;
    }

    private static boolean aboutIdentifier(JsonNode object, String owner) {
        if (owner != null && Pii.isIdentifierId(owner)) {
            return true;
        }
        JsonNode type = object.get("type");
        return type != null && type.isString() && "Identifier".equals(type.asString());
    }

    private static boolean isLabel(String key) {
        return "label".equals(key) || "name".equals(key);
    }
}
