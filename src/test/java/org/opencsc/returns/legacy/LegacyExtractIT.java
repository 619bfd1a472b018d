package org.opencsc.returns.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareService;
import org.opencsc.care.Episode;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.StatutoryReturns;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole legacy extract (2,675 children, dirty as such extracts are: random UPN check
 * letters, episodes that begin before the extract, reviews outside care, old codes, a byte order
 * mark and Windows line ends) imported on the real database, then imported again.
 */
@IntegrationTest
@OwnDatabase
class LegacyExtractIT {

    static final Path EXTRACT = Path.of("/work/shared/data/legacy-903-extract");
    static final String SET = "legacy-903-extract";

    @Autowired
    LegacyImport legacyImport;
    @Autowired
    CareService care;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatutoryReturns returns;
    @TempDir
    Path out;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    @Test
    void everyRowIsStagedEveryProblemReportedAndASecondImportChangesNothing() throws Exception {
        var report = legacyImport.run(EXTRACT, SET);
        report.print(System.out);

        // The other test may have imported the set first (test order is not fixed): the children are in either way.
        assertThat(report.imported() + report.alreadyImported()).isEqualTo(374);
        assertThat(report.refused()).isEqualTo(2302);
        for (var file : LegacyFile.values()) {
            long rows;
            try (var lines = Files.lines(EXTRACT.resolve(file.fileName()))) {
                rows = lines.skip(1).filter(line -> !line.isBlank()).count();
            }
            assertThat(report.rowsByFile().get(file.fileName()).values().stream().mapToLong(Long::longValue).sum())
                    .as(file.fileName()).isEqualTo(rows);
        }
        assertThat(report.byReason()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(ProblemReason.REVIEW_OUTSIDE_CARE, 2592L),
                Map.entry(ProblemReason.UPN_CHECK_LETTER, 2568L),
                Map.entry(ProblemReason.STARTED_BEFORE_EXTRACT, 1795L),
                Map.entry(ProblemReason.REASON_CEASED_ON_OPEN_EPISODE, 1408L),
                Map.entry(ProblemReason.REVIEW_PARTICIPATION_AGE, 892L),
                Map.entry(ProblemReason.NO_EPISODES, 552L),
                Map.entry(ProblemReason.RNE_DIFFERS, 374L),
                Map.entry(ProblemReason.EPISODES_OVERLAP, 71L),
                Map.entry(ProblemReason.CARE_HISTORY_REFUSED, 53L),
                Map.entry(ProblemReason.UNKNOWN_CODE, 44L),
                Map.entry(ProblemReason.OPEN_EPISODE_NOT_LAST, 10L),
                Map.entry(ProblemReason.VALUE_KEPT, 701L),
                Map.entry(ProblemReason.NOT_LOOKED_AFTER_ALL_YEAR, 150L),
                Map.entry(ProblemReason.FILE_NOT_APPLIED, 3L),
                Map.entry(ProblemReason.CODE_CONVERTED, 1L),
                Map.entry(ProblemReason.NOT_IN_HEADER, 1L)));
        assertThat(report.problems()).filteredOn(p -> p.reason() == ProblemReason.UNKNOWN_CODE)
                .extracting(ImportProblem::file, ImportProblem::column).containsOnly(
                        tuple("oc3.csv", "ACTIV"), tuple("oc3.csv", "ACCOM"), tuple("placed_for_adoption.csv", "REASON_PLACED_CEASED"),
                        tuple("sw_episodes.csv", "SW_REASON"));
        // OC2 and UASC values the records cannot hold (or that contradict what they hold), for the children imported.
        assertThat(report.problems().stream().filter(p -> p.reason() == ProblemReason.VALUE_KEPT)
                .collect(Collectors.groupingBy(ImportProblem::column, Collectors.counting()))).isEqualTo(Map.of("DUC", 22L, "CONVICTED", 130L, "HEALTH_CHECK", 133L, "INTERVENTION_OFFERED", 134L, "INTERVENTION_RECEIVED", 134L, "SUBSTANCE_MISUSE", 148L));
        assertThat(report.problems()).filteredOn(p -> p.reason() == ProblemReason.CODE_CONVERTED)
                .extracting(ImportProblem::file, ImportProblem::column, ImportProblem::value).containsExactly(tuple("header.csv", "MOTHER", "1.0"));

        // Every refused child has an error reported against one of their rows, and no imported child has one.
        var errorRows = report.problems().stream().filter(p -> p.reason().error()).map(p -> p.file() + ":" + p.row()).collect(Collectors.toSet());
        var childrenWithErrors = new HashSet<String>();
        var refused = new HashSet<String>();
        jdbc.sql("select file_name, row_number, child, outcome from legacy_903_row where set_name = :set").param("set", SET)
                .query((r, n) -> {
                    if (errorRows.contains(r.getString(1) + ":" + r.getInt(2))) {
                        childrenWithErrors.add(r.getString(3));
                    }
                    if (r.getString(4).equals("REFUSED")) {
                        refused.add(r.getString(3));
                    }
                    return null;
                }).list();
        assertThat(childrenWithErrors).isEqualTo(refused).hasSize(2302);
        var csv = new StringWriter();
        report.writeCsv(csv);
        assertThat(csv.toString().lines().count()).isEqualTo(report.problems().size() + 1);
        assertThat(csv.toString().lines().findFirst()).contains("file,row,column,value,reason,outcome");

        var before = snapshot();
        var again = legacyImport.run(EXTRACT, SET);
        again.print(System.out);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(374);
        assertThat(again.refused()).isEqualTo(2302);
        assertThat(again.byReason()).isEqualTo(report.byReason());
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Counts of everything the import writes, and the staged rows with their outcomes, as one text. */
    private String snapshot() {
        return jdbc.sql("""
                        with imported as (select person_id from legacy_903_child where set_name = :set)
                        select (select count(*) from person where id in (select person_id from imported))
                            || '/' || (select sum(version) from person where id in (select person_id from imported))
                            || '/' || (select count(*) from care_period where person_id in (select person_id from imported))
                            || '/' || (select count(*) from care_legal_status s join care_period p on p.id = s.period_id
                                       where p.person_id in (select person_id from imported))
                            || '/' || (select count(*) from placement pl join care_period p on p.id = pl.period_id
                                       where p.person_id in (select person_id from imported))
                            || '/' || (select count(*) from care_review where person_id in (select person_id from imported))
                            || '/' || (select count(*) from missing_episode where person_id in (select person_id from imported))
                            || '/' || (select count(*) from case_event where person_id in (select person_id from imported))
                            || '/' || (select count(*) from audit_event where person_id in (select person_id from imported))
                            || '/' || (select md5(string_agg(file_name || row_number || outcome || coalesce(person_id, 0) || staged_at || fields::text, ','
                                                   order by file_name, row_number)) from legacy_903_row where set_name = :set)
                        """)
                .param("set", SET)
                .query(String.class)
                .single();
    }

    /**
     * The extract's own year (its latest episode starts in March 2018: 2017/18) exported after the
     * import: every imported child's episodes carry the category of need they were sent with, so
     * rule 145 is quiet for them, and their OC2 and previous permanence come back as sent.
     */
    @Test
    void theExportOfTheExtractsYearCarriesTheImportedChildrenAsTheyWereSent() throws Exception {
        legacyImport.run(EXTRACT, SET).print(System.out);
        var imported = new HashSet<>(jdbc.sql("select child from legacy_903_child where set_name = :set").param("set", SET).query(String.class).list());
        var year = new CollectionYear(2018);
        var ssda903 = returns.named("ssda903").orElseThrow();
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));

        ssda903.export(year, out, ExportProgress.NONE);

        var sentEpisodes = byChild(read(EXTRACT.resolve("episodes.csv")));
        var exported = read(out.resolve("episodes.csv")).stream().filter(r -> imported.contains(r.get("CHILD"))).toList();
        assertThat(exported).hasSizeGreaterThan(800);
        var changesWithinAPeriod = jdbc.sql("""
                        select distinct child from legacy_903_row r
                        where set_name = :set and file_name = 'episodes.csv' and exists (
                            select 1 from legacy_903_row o where o.set_name = r.set_name and o.file_name = r.file_name and o.child = r.child
                              and o.fields ->> 'CIN' <> r.fields ->> 'CIN')
                        """).param("set", SET).query(String.class).list();
        for (var row : exported) {
            // The episode sent that was going on the day the exported one starts (the care module may draw episodes differently).
            var sent = sentEpisodes.get(row.get("CHILD")).stream()
                    .filter(e -> !LocalDate.parse(e.get("DECOM"), DAY).isAfter(LocalDate.parse(row.get("DECOM"), DAY)))
                    .max(java.util.Comparator.comparing(e -> LocalDate.parse(e.get("DECOM"), DAY))).orElseThrow();
            if (!changesWithinAPeriod.contains(row.get("CHILD"))) {
                assertThat(row.get("CIN")).as("CIN of %s from %s", row.get("CHILD"), row.get("DECOM")).isEqualTo(sent.get("CIN"));
            } else {
                assertThat(row.get("CIN")).matches("N[1-8]");
            }
        }
        var failures = ssda903.validate(year, ExportProgress.NONE);
        assertThat(failures).filteredOn(f -> f.code().equals("145") && imported.contains(f.childReference())).isEmpty();

        var sentHealth = byChild(read(EXTRACT.resolve("oc2.csv")));
        var health = read(out.resolve("oc2.csv")).stream().filter(r -> imported.contains(r.get("CHILD"))).toList();
        assertThat(health).isNotEmpty();
        for (var row : health) {
            var sent = sentHealth.get(row.get("CHILD")).getFirst();
            for (var column : List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT")) {
                assertThat(row.get(column)).as(column + " of " + row.get("CHILD")).isEqualTo(sent.get(column).isBlank() ? "0" : sent.get(column));
            }
            if (!row.get("SDQ_SCORE").isBlank() || !row.get("SDQ_REASON").isBlank()) {
                assertThat(List.of(row.get("SDQ_SCORE"), row.get("SDQ_REASON"))).as("SDQ of " + row.get("CHILD"))
                        .isEqualTo(List.of(sent.get("SDQ_SCORE"), sent.get("SDQ_REASON")));
            }
        }
        var permanence = read(out.resolve("previous_permanence.csv")).stream().filter(r -> imported.contains(r.get("CHILD"))).toList();
        assertThat(permanence).hasSizeGreaterThan(300).allSatisfy(row -> assertThat(row.get("PREV_PERM")).isEqualTo("Z1"));
        System.out.println("SSDA903 2017/18 of the imported children: " + exported.size() + " episodes, " + health.size() + " OC2 rows, "
                + permanence.size() + " previous permanence rows; rule failures " + failures.stream().filter(f -> imported.contains(f.childReference()))
                .collect(Collectors.groupingBy(f -> f.code(), java.util.TreeMap::new, Collectors.counting())));
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static Map<String, List<CSVRecord>> byChild(List<CSVRecord> rows) {
        var byChild = new HashMap<String, List<CSVRecord>>();
        rows.forEach(row -> byChild.computeIfAbsent(row.get("CHILD"), c -> new ArrayList<>()).add(row));
        return byChild;
    }

    @Test
    void anImportedChildsCareIsReadThroughTheCareModuleAsItsEpisodes() throws Exception {
        legacyImport.run(EXTRACT, SET).print(System.out);
        var personId = jdbc.sql("select person_id from legacy_903_child where child = '110174'").query(Long.class).single();
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));

        var periods = care.periods(personId);

        // Sent as P, P, L: the first episode began a period whose start is before the extract, so it is recorded as the start.
        assertThat(periods).singleElement().satisfies(period -> {
            assertThat(period.episodes()).extracting(Episode::start, e -> e.reasonNew().code(), Episode::legalStatus, e -> e.placement().place(),
                    e -> e.placement().provider(), e -> e.placement().postcode(), e -> e.placement().urn(), Episode::end).containsExactly(
                    tuple(LocalDate.of(2015, 9, 5), "S", "V3", "S1", "PR2", "WY13 4AP", "2067696", LocalDate.of(2017, 8, 31)),
                    tuple(LocalDate.of(2017, 8, 31), "P", "V3", "T2", "PR3", "WZ17 5EU", "6825287", LocalDate.of(2018, 2, 12)),
                    tuple(LocalDate.of(2018, 2, 12), "L", "L1", "T2", "PR3", "WZ17 5EU", "6825287", null));
            assertThat(period.placements().getFirst().endReason()).isEqualTo("ALLEG");
            // PN7 at 7, PN2 at 7, PN7 at 9 ... all taken part in some way: five reviews, from 2016 to 2021.
            assertThat(period.reviews()).hasSize(5);
        });
    }
}
