package org.opencsc.returns.legacy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencsc.platform.CurrentAuthority;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staged rows of a council's SSDA903 set and the children the import has brought in. Rows
 * are read back a child at a time, in order, without holding the set in memory.
 */
@Repository
class LegacyStaging {

    enum Outcome { STAGED, IMPORTED, REFUSED, REJECTED, KEPT }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CurrentAuthority authority;

    LegacyStaging(JdbcClient jdbc, DataSource dataSource, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.authority = authority;
    }

    /**
     * Stages rows, replacing a row of the same set, file and number only if its values differ (a
     * row corrected in the file is staged again); a row sent again unchanged is left as it was.
     */
    void stage(String set, List<StagedRow> rows, Outcome outcome) {
        if (rows.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("insert into legacy_903_row (authority_id, set_name, file_name, row_number, child, fields, outcome) values ");
        var parameters = new ArrayList<Object>();
        for (var row : rows) {
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, jsonb_object(cast(? as text[]), cast(? as text[])), ?)");
            var keys = row.fields().keySet().toArray(String[]::new);
            var values = Arrays.stream(keys).map(row.fields()::get).toArray(String[]::new);
            parameters.addAll(Arrays.asList(authority.id(), set, row.file().fileName(), row.row(), row.child(), keys, values, outcome.name()));
        }
        sql.append("""
                 on conflict (authority_id, set_name, file_name, row_number) do update
                set child = excluded.child, fields = excluded.fields, outcome = excluded.outcome, person_id = null, staged_at = now()
                where legacy_903_row.fields is distinct from excluded.fields
                """);
        jdbc.sql(sql.toString()).params(parameters).update();
    }

    /** Whether anything of the set has been staged before (a first import can copy its rows straight in). */
    boolean hasRows(String set) {
        return jdbc.sql("select exists (select 1 from legacy_903_row where authority_id = :authority and set_name = :set)")
                .param("authority", authority.id())
                .param("set", set)
                .query(Boolean.class)
                .single();
    }

    /**
     * Stages rows of a set staged for the first time with PostgreSQL's COPY, much faster than
     * inserts for the hundreds of thousands of rows a council's set can hold.
     */
    void copy(String set, List<StagedRow> rows, Outcome outcome) {
        if (rows.isEmpty()) {
            return;
        }
        var text = new StringWriter();
        // Not an export: the database's COPY reads this CSV back, and needs each value exactly as it came.
        try (var printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            for (var row : rows) {
                printer.printRecord(authority.id(), set, row.file().fileName(), row.row(), row.child(), JSON.writeValueAsString(row.fields()), outcome.name());
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy legacy_903_row (authority_id, set_name, file_name, row_number, child, fields, outcome) from stdin with (format csv)
                    """, new StringReader(text.toString()));
        } catch (SQLException | IOException refused) {
            throw new IllegalStateException("Staging rows of " + set + " failed: " + refused.getMessage(), refused);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Gathers the planner's statistics of the staged rows. Right after thousands are copied in,
     * the planner still takes the table for small and reads all of it for each child's update;
     * autovacuum would gather them, but not before the children are built.
     */
    void analyse() {
        jdbc.sql("analyze legacy_903_row").update();
    }

    /** A child's staged rows, with the record an earlier import made for them (null if none). */
    record StagedChild(String child, Long importedPerson, List<StagedRow> rows) {
    }

    /** Every staged row of the set that names a child, a child at a time (rows in file and row order). */
    void forEachChild(String set, Consumer<StagedChild> child) {
        var current = new ArrayList<StagedRow>();
        Long[] imported = new Long[1];
        try (var rows = jdbc.sql("""
                        select r.file_name, r.row_number, r.child, r.fields::text as fields, c.person_id as imported_person
                        from legacy_903_row r
                        left join lateral (select person_id from legacy_903_child c
                                           where c.authority_id = r.authority_id and c.child = r.child) c on true
                        where r.authority_id = :authority and r.set_name = :set and r.child is not null and r.outcome <> 'REJECTED'
                        order by r.child, r.file_name, r.row_number
                        """)
                .param("authority", authority.id())
                .param("set", set)
                .withFetchSize(2_000)
                .query((r, n) -> {
                    var importedPerson = r.getLong("imported_person");
                    var none = r.wasNull();
                    return java.util.Map.entry(row(r), none ? -1L : importedPerson);
                })
                .stream()) {
            rows.forEach(entry -> {
                var row = entry.getKey();
                if (!current.isEmpty() && !current.getFirst().child().equals(row.child())) {
                    child.accept(new StagedChild(current.getFirst().child(), imported[0], List.copyOf(current)));
                    current.clear();
                }
                current.add(row);
                imported[0] = entry.getValue() < 0 ? null : entry.getValue();
            });
        }
        if (!current.isEmpty()) {
            child.accept(new StagedChild(current.getFirst().child(), imported[0], List.copyOf(current)));
        }
    }

    private static StagedRow row(ResultSet r) throws SQLException {
        Map<String, String> fields = JSON.readValue(r.getString("fields"), FIELDS);
        return new StagedRow(LegacyFile.named(r.getString("file_name")).orElseThrow(), r.getInt("row_number"), r.getString("child"), fields);
    }

    /**
     * Marks an imported child's rows: those of files applied to the records as imported into the
     * person's record, the others and {@code keptRows} ("file:row") as kept; for a child brought in
     * {@code before}, a kept row stays kept. Rows whose outcome is already that are not touched.
     */
    void imported(String set, String child, long personId, List<String> keptRows, boolean before) {
        // A row kept when the child came in stays kept when they were brought in before: a file applied since was not applied to them.
        var outcome = """
                case when :before and outcome = 'KEPT' then 'KEPT'
                     when file_name in (:applied) and not (file_name || ':' || row_number) = any (cast(:kept as text[])) then 'IMPORTED'
                     else 'KEPT' end""";
        var person = "case when %s = 'IMPORTED' then cast(:personId as bigint) end".formatted(outcome);
        jdbc.sql("""
                        update legacy_903_row set outcome = %1$s, person_id = %2$s
                        where authority_id = :authority and set_name = :set and child = :child and outcome <> 'REJECTED'
                          and (outcome <> %1$s or person_id is distinct from %2$s)
                        """.formatted(outcome, person))
                .param("applied", java.util.Arrays.stream(LegacyFile.values()).filter(LegacyFile::applied).map(LegacyFile::fileName).toList())
                .param("kept", keptRows.toArray(String[]::new))
                .param("before", before)
                .param("personId", personId)
                .param("authority", authority.id())
                .param("set", set)
                .param("child", child)
                .update();
    }

    /**
     * The 31 March that ends the set's collection year: the first on or after the latest episode
     * start (a return holds no episode that starts after its year ends). Null when no episode has
     * a readable start. Start dates are read distinct, so however many rows, few values come back.
     */
    java.time.LocalDate collectionYearEnd(String set) {
        var latest = jdbc.sql("""
                        select distinct fields ->> 'DECOM' from legacy_903_row
                        where authority_id = :authority and set_name = :set and file_name = :episodes and outcome <> 'REJECTED'
                        """)
                .param("authority", authority.id())
                .param("set", set)
                .param("episodes", LegacyFile.EPISODES.fileName())
                .query(String.class)
                .list().stream()
                .map(CheckedRow::parseDate)
                .filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder());
        return latest.map(day -> {
            var march = java.time.LocalDate.of(day.getYear(), 3, 31);
            return day.isAfter(march) ? march.plusYears(1) : march;
        }).orElse(null);
    }

    /** Marks every row of these children refused (rows already marked are not touched). */
    void refuse(String set, java.util.Collection<String> children) {
        if (children.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update legacy_903_row set outcome = 'REFUSED', person_id = null
                        where authority_id = :authority and set_name = :set and child in (:children)
                          and outcome not in ('REJECTED', 'REFUSED')
                        """)
                .param("authority", authority.id())
                .param("set", set)
                .param("children", children)
                .update();
    }

    /**
     * Lets the current transaction commit without waiting for the disk. A child is one
     * transaction, so thousands commit in an import; should the server stop before they reach the
     * disk, the last few children are simply not there, and importing the set again brings them in.
     */
    void commitWithoutWaiting() {
        jdbc.sql("set local synchronous_commit = off").update();
    }

    void recordImported(String child, long personId, String set) {
        jdbc.sql("insert into legacy_903_child (authority_id, child, person_id, set_name) values (:authority, :child, :personId, :set)")
                .param("authority", authority.id())
                .param("child", child)
                .param("personId", personId)
                .param("set", set)
                .update();
    }

    /** How many staged rows of the set each file has, by outcome. */
    Map<String, Map<Outcome, Long>> outcomesByFile(String set) {
        var counts = new LinkedHashMap<String, Map<Outcome, Long>>();
        jdbc.sql("""
                        select file_name, outcome, count(*) as rows from legacy_903_row
                        where authority_id = :authority and set_name = :set group by file_name, outcome order by file_name, outcome
                        """)
                .param("authority", authority.id())
                .param("set", set)
                .query((r, n) -> counts.computeIfAbsent(r.getString("file_name"), f -> new java.util.EnumMap<>(Outcome.class))
                        .put(Outcome.valueOf(r.getString("outcome")), r.getLong("rows")))
                .list();
        return counts;
    }
}
