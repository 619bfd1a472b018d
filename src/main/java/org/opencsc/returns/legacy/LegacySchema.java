package org.opencsc.returns.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The columns of each SSDA903 file as the DfE publishes them (the 2024 schema, shipped with the
 * application), read once: the import checks every value a council sends against it.
 */
final class LegacySchema {

    private static final String RESOURCE = "/returns/legacy/SSDA903_schema_2024.yml";

    private final Map<LegacyFile, List<LegacyColumn>> columns;

    private LegacySchema(Map<LegacyFile, List<LegacyColumn>> columns) {
        this.columns = columns;
    }

    static LegacySchema published() {
        try (InputStream in = LegacySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The SSDA903 schema " + RESOURCE + " is missing from the application");
            }
            Map<String, Object> document = new Yaml(new LoaderOptions()).load(in);
            return from(asMap(document.get("column_map")));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static LegacySchema from(Map<String, Object> tables) {
        var columns = new LinkedHashMap<LegacyFile, List<LegacyColumn>>();
        for (var file : LegacyFile.values()) {
            var table = asMap(tables.get(file.schemaTable()));
            var list = new ArrayList<LegacyColumn>();
            table.forEach((name, spec) -> list.add(column(name, asMap(spec))));
            columns.put(file, List.copyOf(list));
        }
        return new LegacySchema(columns);
    }

    private static LegacyColumn column(String name, Map<String, Object> spec) {
        var blank = spec.get("canbeblank");
        var blankAllowed = Boolean.TRUE.equals(blank) || "yes".equals(String.valueOf(blank));
        if (spec.containsKey("date")) {
            return new LegacyColumn(name, LegacyColumn.Kind.DATE, java.util.Set.of(), Map.of(), blankAllowed);
        }
        if (spec.containsKey("numeric")) {
            return new LegacyColumn(name, LegacyColumn.Kind.NUMBER, java.util.Set.of(), Map.of(), blankAllowed);
        }
        if (spec.containsKey("category")) {
            var codes = new HashSet<String>();
            var labels = new HashMap<String, String>();
            for (Object entry : (List<?>) spec.get("category")) {
                var category = asMap(entry);
                var code = String.valueOf(category.get("code")).strip();
                codes.add(code);
                if (category.get("name") != null) {
                    labels.put(String.valueOf(category.get("name")).toUpperCase(Locale.ROOT), code);
                }
            }
            if (spec.get("dictionary") instanceof Map<?, ?> dictionary) {
                // YAML reads unquoted True and False as booleans: the label is the text either way.
                dictionary.forEach((label, code) -> labels.put(String.valueOf(label).toUpperCase(Locale.ROOT), String.valueOf(code)));
            }
            return new LegacyColumn(name, LegacyColumn.Kind.CODE, codes, labels, blankAllowed);
        }
        return new LegacyColumn(name, LegacyColumn.Kind.TEXT, java.util.Set.of(), Map.of(), blankAllowed);
    }

    List<LegacyColumn> columns(LegacyFile file) {
        return columns.get(file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("The SSDA903 schema is not laid out as expected");
        }
        return (Map<String, Object>) value;
    }
}
