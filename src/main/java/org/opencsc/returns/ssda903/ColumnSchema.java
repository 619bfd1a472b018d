package org.opencsc.returns.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The DfE's published SSDA903 column schema (SSDA903_schema_2024.yml, shipped unchanged): each
 * table's columns in order, which are dates, and which codes each coded column allows. A written
 * file is checked for its form (the columns, real dd/mm/yyyy dates); whether a value is there
 * and is one of the published codes is a DfE validation rule, reported against the child whose
 * record must change, not a fault of the file.
 */
final class ColumnSchema {

    record Column(String name, boolean date, List<String> codes) {
    }

    private final Map<String, List<Column>> tables;
    private final Map<String, Set<String>> codeSets = new java.util.concurrent.ConcurrentHashMap<>();

    private ColumnSchema(Map<String, List<Column>> tables) {
        this.tables = tables;
    }

    static ColumnSchema published() {
        try (InputStream in = ColumnSchema.class.getResourceAsStream("/returns/ssda903/SSDA903_schema_2024.yml")) {
            return read(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @SuppressWarnings("unchecked")
    static ColumnSchema read(InputStream in) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        var map = (Map<String, Map<String, Map<String, Object>>>) document.get("column_map");
        var tables = new LinkedHashMap<String, List<Column>>();
        map.forEach((table, columns) -> {
            var list = new ArrayList<Column>();
            columns.forEach((name, definition) -> {
                List<String> codes = null;
                if (definition.get("category") instanceof List<?> categories) {
                    codes = categories.stream().map(c -> String.valueOf(((Map<String, Object>) c).get("code")).strip()).toList();
                }
                list.add(new Column(name, definition.containsKey("date"), codes));
            });
            tables.put(table, List.copyOf(list));
        });
        return new ColumnSchema(tables);
    }

    /** The published codes of a coded column. */
    List<String> codes(String table, String column) {
        return columns(table).stream().filter(c -> c.name().equals(column)).findFirst().map(Column::codes).orElseThrow();
    }

    /** Whether a value is one of the published codes of a coded column (blank is not). */
    boolean isCode(String table, String column, String value) {
        return value != null && codeSets.computeIfAbsent(table + "." + column, key -> Set.copyOf(codes(table, column))).contains(value);
    }

    List<String> columnNames(String table) {
        return columns(table).stream().map(Column::name).toList();
    }

    private List<Column> columns(String table) {
        var columns = tables.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("The published schema has no table " + table);
        }
        return columns;
    }

    /** What is wrong with the form of a row of the table, or null when nothing is. */
    String problem(String table, List<String> row) {
        var columns = columns(table);
        if (row.size() != columns.size()) {
            return table + " row has " + row.size() + " values for " + columns.size() + " columns";
        }
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var value = row.get(i);
            if (value.isEmpty()) {
                continue;
            }
            if (column.date() && !isDate(value)) {
                return table + "." + column.name() + " '" + value + "' is not a dd/mm/yyyy date";
            }
        }
        return null;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value, Dates.DFE.withResolverStyle(ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
