package org.opencsc.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows gathered per table in PostgreSQL's CSV form, then sent with COPY: tens of thousands of
 * rows a second, where single inserts would take minutes for the large authority.
 */
final class CopyBatch {

    private final Map<String, StringBuilder> tables = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** Adds a row to "table (col, col ...)"; null is written as SQL null. */
    void row(String tableWithColumns, Object... values) {
        var out = tables.computeIfAbsent(tableWithColumns, t -> new StringBuilder(1 << 16));
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, values[i]);
        }
        out.append('\n');
        counts.merge(tableWithColumns, 1, Integer::sum);
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> { }
            case Number number -> out.append(number);
            case Boolean flag -> out.append(flag ? 't' : 'f');
            case LocalDate date -> out.append(date);
            case Instant instant -> out.append(instant);
            case UUID uuid -> out.append(uuid);
            default -> {
                out.append('"');
                var text = value.toString();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        out.append('"');
                    }
                    out.append(c);
                }
                out.append('"');
            }
        }
    }

    /** A fingerprint of every row, to show that the same seed makes the same authority. */
    String digest() {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            for (var table : tables.entrySet()) {
                sha.update(table.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(table.getValue().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sends every table in the order rows were first added (parents before children). */
    Map<String, Integer> copyInto(Connection connection) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (var table : tables.entrySet()) {
            copy.copyIn("copy " + table.getKey() + " from stdin (format csv)", new StringReader(table.getValue().toString()));
        }
        return Map.copyOf(counts);
    }
}
