package io.credlink.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.credlink.ingest.IdentifierNormaliser;
import io.credlink.ingest.internal.DatasetContract.Column;
import io.credlink.ingest.internal.DatasetContract.FileSpec;

/**
 * Turns one CSV row into typed Cypher parameters, or says why the row breaks the contract.
 * References are only collected here; whether they exist is checked per batch against the graph.
 */
final class RowParser {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** A row that passed the checks that need no graph. */
    record ParsedRow(long line, Map<String, Object> params, Map<String, String> refs) {
    }

    /** Either a parsed row or the reason it was rejected. */
    record Outcome(ParsedRow row, String error) {
    }

    private final FileSpec spec;
    private final Map<String, Column> byName;

    RowParser(FileSpec spec) {
        this.spec = spec;
        this.byName = spec.byName();
    }

    Outcome parse(long line, Map<String, String> cells) {
        Map<String, Object> params = new HashMap<>();
        Map<String, String> refs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Column c : spec.columns()) {
            String raw = cells.get(c.name());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (c.required()) {
                    problems.add("missing required value " + c.name());
                }
                params.put(c.param(), null);
                continue;
            }
            switch (c.type()) {
                case TEXT -> params.put(c.param(), value);
                case ENUM -> {
                    if (c.values().contains(value)) {
                        params.put(c.param(), value);
                    } else {
                        problems.add("unknown " + c.name() + " '" + value + "' (expected one of "
                                + String.join(", ", new TreeSet<>(c.values())) + ")");
                    }
                }
                case DATE -> {
                    LocalDate d = parseDate(value);
                    if (d == null) {
                        problems.add("bad date " + c.name() + " '" + value + "' (expected yyyy-MM-dd)");
                    }
                    params.put(c.param(), d);
                }
                case DECIMAL -> {
                    if (!DECIMAL.matcher(value).matches()) {
                        problems.add("bad number " + c.name() + " '" + value + "' (expected a decimal with '.')");
                    } else {
                        BigDecimal n = new BigDecimal(value);
                        if (n.signum() < 0) {
                            problems.add(c.name() + " may not be negative: " + value);
                        }
                        params.put(c.param(), n.doubleValue());
                    }
                }
                case BOOLEAN -> {
                    if (value.equals("true") || value.equals("false")) {
                        params.put(c.param(), Boolean.valueOf(value));
                    } else {
                        problems.add("bad boolean " + c.name() + " '" + value + "' (expected true or false)");
                    }
                }
                case SEVERITY -> {
                    if (value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5') {
                        params.put(c.param(), Long.parseLong(value));
                    } else {
                        problems.add("bad " + c.name() + " '" + value + "' (expected an integer from 1 to 5)");
                    }
                }
                case REF -> {
                    params.put(c.param(), value);
                    refs.put(c.name(), value);
                }
            }
        }
        if (problems.isEmpty()) {
            for (String[] pair : spec.dateOrder()) {
                Object first = params.get(param(pair[0]));
                Object second = params.get(param(pair[1]));
                if (first instanceof LocalDate a && second instanceof LocalDate b && b.isBefore(a)) {
                    problems.add(pair[1] + " " + b + " is before " + pair[0] + " " + a);
                }
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(fileRules(params));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, String.join("; ", problems));
        }
        return new Outcome(new ParsedRow(line, params, refs), null);
    }

    /** Defaults and derived values particular to one file. */
    private List<String> fileRules(Map<String, Object> params) {
        switch (spec.file()) {
            case "policies.csv" -> {
                params.putIfAbsent("insuredId", null);
                if (params.get("insuredId") == null) {
                    params.put("insuredId", params.get("holderId"));
                }
                if (params.get("insurerConfirmed") == null) {
                    params.put("insurerConfirmed", Boolean.TRUE);
                }
            }
            case "identifiers.csv" -> {
                IdentifierNormaliser.Kind kind = IdentifierNormaliser.Kind.valueOf((String) params.get("kind"));
                String value = IdentifierNormaliser.normalise(kind, (String) params.get("rawValue"));
                if (value.isEmpty()) {
                    return List.of("identifier value '" + params.get("rawValue") + "' is empty once normalised");
                }
                params.remove("rawValue");
                params.put("value", value);
                params.put("identifierId", IdentifierNormaliser.identifierId(kind, value));
            }
            default -> {
            }
        }
        return List.of();
    }

    private String param(String column) {
        return byName.get(column).param();
    }

    static LocalDate parseDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
