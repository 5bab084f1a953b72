package io.credlink.ingest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.credlink.ingest.internal.DatasetContract.Column;
import io.credlink.ingest.internal.DatasetContract.FileSpec;
import io.credlink.ingest.internal.RowParser.ParsedRow;

/**
 * The checks of a parsed row that need the stored graph: an id already used by an entity of
 * another type, dangling references, references to the wrong type. Both import paths ask here,
 * the Cypher path with types looked up in the database, the bulk path with the types of the
 * rows it accepted so far.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    /**
     * @param typeOf the domain type of a stored id (e.g. {@code Consumer}), null when unknown
     * @return why the row is rejected, or null
     */
    static String problem(FileSpec spec, ParsedRow row, Function<String, String> typeOf) {
        if (spec.entityType() != null) {
            String id = (String) row.params().get("id");
            String existing = typeOf.apply(id);
            if (existing != null && !existing.equals(spec.entityType())) {
                return "id " + id + " is already used by a " + existing;
            }
        }
        // references in column-name order, so that a row with several problems always names the same one
        for (Column column : REF_COLUMNS.computeIfAbsent(spec, ReferenceRules::refColumns)) {
            String value = row.refs().get(column.name());
            if (value == null) {
                continue;
            }
            String type = typeOf.apply(value);
            if (type == null) {
                return "dangling reference " + column.name() + " " + value + ": no such entity";
            }
            if (!column.values().contains(type)) {
                return column.name() + " " + value + " is a " + type + ", expected "
                        + String.join(" or ", new TreeSet<>(column.values()));
            }
        }
        return null;
    }

    private static final Map<FileSpec, List<Column>> REF_COLUMNS = new ConcurrentHashMap<>();

    private static List<Column> refColumns(FileSpec spec) {
        return spec.columns().stream().filter(Column::isRef).sorted(Comparator.comparing(Column::name)).toList();
    }
}
