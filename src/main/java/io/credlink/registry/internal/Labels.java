package io.credlink.registry.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Short readable labels for drawing a node: the name of a party, otherwise the type, the id and
 * the one or two facts that tell objects apart (e.g. "Claim C123 · 2024-03-01 · 12,000").
 */
final class Labels {

    private static final String SEPARATOR = " · ";

    private Labels() {
    }

    static String of(String type, String id, Map<String, Object> properties) {
        Object name = properties.get("name");
        if (name != null && !name.toString().isBlank()) {
            return name.toString();
        }
        if (type == null) {
            return id;
        }
        List<Object> parts = new ArrayList<>();
        parts.add(type + " " + id);
        switch (type) {
            case "Claim" -> {
                parts.add(properties.get("incidentDate"));
                parts.add(amount(properties.get("amount")));
            }
            case "Policy" -> {
                parts.add(properties.get("line"));
                parts.add(properties.get("startDate"));
            }
            case "Identifier" -> {
                return properties.getOrDefault("kind", "Identifier") + " " + properties.getOrDefault("value", id);
            }
            case "Sanction" -> {
                parts.add(properties.get("kind"));
                parts.add(properties.get("decidedOn"));
            }
            case "CreditRecord" -> {
                parts.add(properties.get("kind"));
                parts.add(properties.get("date"));
            }
            default -> {
                // parties without a name keep "<Type> <id>"
            }
        }
        return String.join(SEPARATOR, parts.stream().filter(Objects::nonNull).map(Object::toString).toList());
    }

    private static String amount(Object value) {
        if (!(value instanceof Number number)) {
            return value == null ? null : value.toString();
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number.doubleValue());
    }
}
