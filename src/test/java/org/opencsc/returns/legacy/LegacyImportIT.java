package org.opencsc.returns.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareService;
import org.opencsc.care.Episode;
import org.opencsc.child.ChildRecordService;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small SSDA903 sets written by each test, imported on the real database: clean children in, dirty ones refused whole, every problem reported. */
@IntegrationTest
@OwnDatabase
class LegacyImportIT {

    @Autowired
    LegacyImport legacyImport;
    @Autowired
    CareService care;
    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportCommand command;
    @Autowired
    org.opencsc.returns.StatutoryReturns returns;
    @TempDir
    Path directory;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private ImportReport run() throws Exception {
        return legacyImport.run(directory, directory.getFileName().toString());
    }

    private Long personOf(String child) {
        return jdbc.sql("select person_id from legacy_903_child where child = :child").param("child", child).query(Long.class).optional().orElse(null);
    }

    private static List<ImportProblem> problems(ImportReport report, ProblemReason reason) {
        return report.problems().stream().filter(problem -> problem.reason() == reason).toList();
    }

    @Autowired
    org.opencsc.timescales.TimescaleService timescales;

    @Test
    void aCleanChildComesInWithTheEpisodesTheyWereSentWith() throws Exception {
        var child = LegacySet.newChild();
        new LegacySet().cleanChild(child).writeTo(directory);

        var report = run();

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.refused()).isZero();
        var personId = personOf(child);
        assertThat(personId).isNotNull();
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        var person = records.visible(personId);
        assertThat(person.laChildId()).isEqualTo(child);
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(2010, 1, 1));
        var periods = care.periods(personId);
        assertThat(periods).hasSize(1);
        assertThat(periods.getFirst().episodes()).extracting(Episode::start, e -> e.reasonNew().code(), Episode::legalStatus,
                        e -> e.placement().place(), Episode::reasonEnded)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 4, 1), "S", "C1", "U1", "X1"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 6, 1), "P", "C1", "U4", "X1"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 9, 1), "L", "C2", "U4", "E13"));
        assertThat(periods.getFirst().reviews()).hasSize(2);
        assertThat(periods.getFirst().placements().getFirst().endReason()).isEqualTo("CARPL");
        assertThat(records.journey(personId)).extracting(e -> e.kind().name()).contains("BECAME_LOOKED_AFTER", "CARE_REVIEW", "CEASED_LOOKED_AFTER");
        assertThat(timescales.clocksFor(personId)).as("the child's due dates, derived as the child came in")
                .extracting(clock -> clock.rule().name()).contains("FIRST_CARE_REVIEW_DUE");
    }

    @Test
    void importingTheSameSetAgainChangesNothing() throws Exception {
        var child = LegacySet.newChild();
        var refused = LegacySet.newChild();
        new LegacySet().cleanChild(child).header(refused + ",1,01/01/2010,WBRI," + LegacySet.upn(7) + ",,").writeTo(directory);
        run();
        var before = snapshot(child);

        var again = run();

        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(1);
        assertThat(again.refused()).isEqualTo(1);
        assertThat(snapshot(child)).isEqualTo(before);
    }

    /** Everything the import wrote about a child and its set, as one text to compare. */
    private String snapshot(String child) {
        var personId = personOf(child);
        return jdbc.sql("""
                        select (select count(*) from person where id = :p) || '/' || (select version from person where id = :p)
                            || '/' || (select count(*) from care_period where person_id = :p)
                            || '/' || (select count(*) from placement pl join care_period cp on cp.id = pl.period_id where cp.person_id = :p)
                            || '/' || (select count(*) from care_review where person_id = :p)
                            || '/' || (select count(*) from case_event where person_id = :p)
                            || '/' || (select count(*) from audit_event where person_id = :p)
                            || '/' || (select string_agg(file_name || row_number || outcome || coalesce(person_id, 0) || staged_at, ',' order by file_name, row_number)
                                       from legacy_903_row where set_name = :set)
                        """)
                .param("p", personId)
                .param("set", directory.getFileName().toString())
                .query(String.class)
                .single();
    }

    @Test
    void healthInTheYearPreviousPermanenceAndTheCategoryOfNeedGoIntoTheRecordsAndTheExportGivesThemBack() throws Exception {
        var inCare = LegacySet.newChild();
        var notAllYear = LegacySet.newChild();
        var wrongCode = LegacySet.newChild();
        var oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,"
                + "INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
        var permanence = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";
        // The latest episode starts on 1 September 2016: the set is the 2016/17 return, and OC2 is dated 31 March 2017.
        new LegacySet().cleanChild(notAllYear).cleanChild(wrongCode)
                .header(inCare + ",2,01/01/2010,WBRI," + LegacySet.upn(11) + ",,")
                .episode(inCare + ",01/03/2016,S,C2,N4,U1,PR1,,,,,,")
                .line("oc2.csv", oc2, inCare + ",01/01/2010,12,,1,0,1,1,1,1,0,1")
                .line("oc2.csv", oc2, notAllYear + ",01/01/2010,,SDQ4,,,0,0,0,0,,")
                .line("oc2.csv", oc2, wrongCode + ",01/01/2010,,SDQ9,,,0,0,0,0,,")
                .line("previous_permanence.csv", permanence, inCare + ",01/01/2010,Z1,,")
                // UASC status ceases at 18 in the records: a day before it is kept in staging.
                .line("uasc.csv", "CHILD,SEX,DOB,DUC", inCare + ",2,01/01/2010,27/12/2027")
                .line("previous_permanence.csv", permanence, notAllYear + ",01/01/2010,P4,,")
                .writeTo(directory);

        var report = run();

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        // One wrong code in OC2 refuses the child whole.
        assertThat(personOf(wrongCode)).isNull();
        var personId = personOf(inCare);
        var endOfYear = LocalDate.of(2017, 3, 31);
        assertThat(jdbc.sql("select category_of_need from care_period where person_id = :p").param("p", personId).query(String.class).single())
                .isEqualTo("N4");
        assertThat(jdbc.sql("select sdq_date || ' ' || score from sdq where person_id = :p").param("p", personId).query(String.class).single())
                .isEqualTo(endOfYear + " 12");
        assertThat(jdbc.sql("select recorded_date || ' ' || up_to_date from immunisation_status where person_id = :p").param("p", personId)
                .query(String.class).single()).isEqualTo(endOfYear + " true");
        assertThat(jdbc.sql("select check_date from dental_check where person_id = :p").param("p", personId).query(LocalDate.class).single())
                .isEqualTo(endOfYear);
        assertThat(jdbc.sql("select assessment_date || ' ' || kind from health_assessment where person_id = :p").param("p", personId)
                .query(String.class).single()).isEqualTo(endOfYear + " REVIEW");
        assertThat(jdbc.sql("select kind || ' ' || event_date from case_event where person_id = :p").param("p", personId).query(String.class).list())
                .contains("DENTAL_CHECK " + endOfYear, "HEALTH_ASSESSMENT_5_OR_OVER " + endOfYear);
        assertThat(problems(report, ProblemReason.VALUE_KEPT)).extracting(ImportProblem::column, ImportProblem::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("CONVICTED", ImportProblem.KEPT), org.assertj.core.groups.Tuple.tuple("SUBSTANCE_MISUSE", ImportProblem.KEPT),
                org.assertj.core.groups.Tuple.tuple("INTERVENTION_OFFERED", ImportProblem.KEPT), org.assertj.core.groups.Tuple.tuple("DUC", ImportProblem.KEPT));
        assertThat(problems(report, ProblemReason.NOT_LOOKED_AFTER_ALL_YEAR)).singleElement().extracting(ImportProblem::row).isEqualTo(3);
        assertThat(problems(report, ProblemReason.PREVIOUS_PERMANENCE_KEPT)).singleElement().extracting(ImportProblem::value).isEqualTo("P4");
        var outcomes = outcomes();
        assertThat(outcomes).contains("oc2.csv:2:IMPORTED", "oc2.csv:3:KEPT", "oc2.csv:4:REFUSED", "previous_permanence.csv:2:IMPORTED",
                "previous_permanence.csv:3:KEPT");

        assertThat(run().byReason()).isEqualTo(report.byReason());
        assertThat(outcomes()).isEqualTo(outcomes);
        // A child brought in before OC2 was applied had their row kept: importing again does not claim it was applied.
        jdbc.sql("update legacy_903_row set outcome = 'KEPT', person_id = null where set_name = :set and file_name = 'oc2.csv' and row_number = 2")
                .param("set", directory.getFileName().toString()).update();
        run();
        assertThat(outcomes()).contains("oc2.csv:2:KEPT", "previous_permanence.csv:2:IMPORTED");

        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        var out = Files.createDirectories(directory.resolve("export"));
        returns.named("ssda903").orElseThrow().export(new org.opencsc.returns.CollectionYear(2017), out, org.opencsc.returns.ExportProgress.NONE);
        assertThat(Files.readAllLines(out.resolve("oc2.csv"))).contains(inCare + ",01/01/2010,12,,,,1,1,1,0,,");
        assertThat(Files.readAllLines(out.resolve("episodes.csv"))).contains(inCare + ",01/03/2016,S,C2,N4,U1,PR1,,,,,,");
        assertThat(Files.readAllLines(out.resolve("previous_permanence.csv"))).contains(inCare + ",01/01/2010,Z1,,");
        assertThat(Files.readAllLines(out.resolve("uasc.csv"))).filteredOn(line -> line.startsWith(inCare + ",")).singleElement().asString()
                .endsWith(",01/01/2028");
    }

    private List<String> outcomes() {
        return jdbc.sql("select file_name || ':' || row_number || ':' || outcome from legacy_903_row where set_name = :set order by 1")
                .param("set", directory.getFileName().toString()).query(String.class).list();
    }

    @Test
    void decisionsThatAChildShouldBePlacedForAdoptionGoIntoTheAdoptionRecordAndOneTheRecordRefusesRefusesTheChild() throws Exception {
        var child = LegacySet.newChild();
        var notInCare = LegacySet.newChild();
        var placed = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
        new LegacySet().cleanChild(notInCare)
                .header(child + ",2,01/01/2012,WBRI," + LegacySet.upn(12) + ",,")
                .episode(child + ",01/03/2016,S,C2,N1,U1,PR1,,,,,,")
                .line("placed_for_adoption.csv", placed, child + ",01/01/2012,01/06/2016,01/02/2017,RD3")
                .line("placed_for_adoption.csv", placed, child + ",01/01/2012,01/03/2017,,")
                // Care ended on 1 March 2017: a decision after it is one the adoption record does not take.
                .line("placed_for_adoption.csv", placed, notInCare + ",01/01/2010,15/03/2017,,")
                .writeTo(directory);

        var report = run();

        assertThat(report.imported()).isEqualTo(1);
        assertThat(personOf(notInCare)).isNull();
        assertThat(problems(report, ProblemReason.RECORD_REFUSED)).singleElement().extracting(ImportProblem::value).asString()
                .contains("was made when the child was not looked after");
        var personId = personOf(child);
        assertThat(jdbc.sql("select decision_date || ' ' || coalesce(ceased_date || ' ' || ceased_reason, '-') from adoption_plan where person_id = :p order by 1")
                .param("p", personId).query(String.class).list()).containsExactly("2016-06-01 2017-02-01 RD3", "2017-03-01 -");
        assertThat(outcomes()).contains("placed_for_adoption.csv:2:IMPORTED", "placed_for_adoption.csv:3:IMPORTED", "placed_for_adoption.csv:4:REFUSED");

        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        var out = Files.createDirectories(directory.resolve("export"));
        returns.named("ssda903").orElseThrow().export(new org.opencsc.returns.CollectionYear(2017), out, org.opencsc.returns.ExportProgress.NONE);
        assertThat(Files.readAllLines(out.resolve("placed_for_adoption.csv")))
                .contains(child + ",01/01/2012,01/06/2016,01/02/2017,RD3", child + ",01/01/2012,01/03/2017,,");
    }

    @Test
    void datesAreReadInTheUnambiguousFormatsAndATwoDigitYearIsRefused() throws Exception {
        var iso = LegacySet.newChild();
        var twoDigit = LegacySet.newChild();
        var notADay = LegacySet.newChild();
        var set = new LegacySet().cleanChild(iso).cleanChild(twoDigit).cleanChild(notADay);
        set.header(iso + ",2,2010-01-01,WBRI,,,").writeTo(directory);
        // The same children again with their dates as the other systems wrote them: only one header row each is allowed,
        // so the header is rewritten with a row per child.
        Files.writeString(directory.resolve("header.csv"), String.join("\n", LegacySet.HEADER,
                iso + ",1,2010-01-01,WBRI," + LegacySet.upn(1) + ",,",
                twoDigit + ",1,01-01-10,WBRI," + LegacySet.upn(2) + ",,",
                notADay + ",1,31/02/2010,WBRI," + LegacySet.upn(3) + ",,") + "\n");

        var report = run();

        assertThat(personOf(iso)).isNotNull();
        assertThat(personOf(twoDigit)).isNull();
        assertThat(personOf(notADay)).isNull();
        assertThat(problems(report, ProblemReason.DATE_CONVERTED)).singleElement()
                .satisfies(p -> assertThat(p).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column, ImportProblem::value,
                        ImportProblem::outcome).containsExactly("header.csv", 2, "DOB", "2010-01-01", ImportProblem.CONVERTED));
        assertThat(problems(report, ProblemReason.TWO_DIGIT_YEAR)).singleElement()
                .satisfies(p -> assertThat(p).extracting(ImportProblem::row, ImportProblem::value, ImportProblem::outcome)
                        .containsExactly(3, "01-01-10", ImportProblem.CHILD_REFUSED));
        assertThat(problems(report, ProblemReason.NOT_A_DATE)).singleElement()
                .satisfies(p -> assertThat(p).extracting(ImportProblem::row, ImportProblem::value).containsExactly(4, "31/02/2010"));
    }

    @Test
    void anUnknownCodeRefusesTheChildAndCodesWithACertainCurrentOneAreConverted() throws Exception {
        var unknown = LegacySet.newChild();
        var spelledOut = LegacySet.newChild();
        new LegacySet()
                .header(unknown + ",1,01/01/2010,WBRI," + LegacySet.upn(4) + ",,")
                .episode(unknown + ",01/04/2016,S,Z9,N1,U1,PR1,,,,,,")
                .header(spelledOut + ",Female,01/01/2010,White British," + LegacySet.upn(5) + ",1.0,")
                .episode(spelledOut + ",01/04/2016,S,C2,N1,U1,PR1,,,,,,")
                .writeTo(directory);

        var report = run();

        assertThat(personOf(unknown)).isNull();
        assertThat(problems(report, ProblemReason.UNKNOWN_CODE)).singleElement()
                .satisfies(p -> assertThat(p).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column, ImportProblem::value)
                        .containsExactly("episodes.csv", 2, "LS", "Z9"));
        assertThat(personOf(spelledOut)).isNotNull();
        assertThat(problems(report, ProblemReason.CODE_CONVERTED)).extracting(ImportProblem::column, ImportProblem::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SEX", "Female"), org.assertj.core.groups.Tuple.tuple("ETHNIC", "White British"),
                        org.assertj.core.groups.Tuple.tuple("MOTHER", "1.0"));
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        assertThat(records.visible(personOf(spelledOut))).satisfies(person -> {
            assertThat(person.sex().code()).isEqualTo("F");
            assertThat(person.ethnicity().code()).isEqualTo("WBRI");
        });
    }

    @Test
    void aChildWithNoEpisodesIsRefusedAndTheRestAreImported() throws Exception {
        var noEpisodes = LegacySet.newChild();
        var clean = LegacySet.newChild();
        new LegacySet().header(noEpisodes + ",1,01/01/2010,WBRI," + LegacySet.upn(6) + ",,").cleanChild(clean).writeTo(directory);

        var report = run();

        assertThat(personOf(noEpisodes)).isNull();
        assertThat(personOf(clean)).isNotNull();
        assertThat(problems(report, ProblemReason.NO_EPISODES)).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("header.csv", 2, noEpisodes));
        assertThat(jdbc.sql("select outcome from legacy_903_row where set_name = :set and child = :child")
                .param("set", directory.getFileName().toString()).param("child", noEpisodes).query(String.class).list()).containsExactly("REFUSED");
    }

    @Test
    void malformedRowsAreReportedAndTheFileReadOn() throws Exception {
        var wrongCount = LegacySet.newChild();
        var brokenQuote = LegacySet.newChild();
        var clean = LegacySet.newChild();
        new LegacySet().cleanChild(wrongCount).cleanChild(brokenQuote).cleanChild(clean).writeTo(directory);
        var episodes = Files.readAllLines(directory.resolve("episodes.csv"));
        episodes.set(1, wrongCount + ",01/04/2016,S,C1,N1,U1");
        episodes.set(4, "\"" + brokenQuote + ",01/04/2016,S,C1,N1,U1,PR1,01/06/2016,X1,CARPL,AB1 2CD,AB3 4EF,");
        episodes.set(0, LegacySet.EPISODES + ",COMMENTS");
        for (int i = 1; i < episodes.size(); i++) {
            episodes.set(i, episodes.get(i) + ",");
        }
        Files.write(directory.resolve("episodes.csv"), episodes);
        Files.writeString(directory.resolve("reviews.csv"), "CHILD,DOB,REVIEW\n" + clean + ",01/01/2010,15/04/2016\n");

        var report = run();

        assertThat(personOf(wrongCount)).isNull();
        assertThat(personOf(brokenQuote)).isNull();
        assertThat(personOf(clean)).isNull();
        assertThat(problems(report, ProblemReason.WRONG_FIELD_COUNT)).extracting(ImportProblem::file, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("episodes.csv", 2));
        assertThat(problems(report, ProblemReason.BROKEN_QUOTING)).extracting(ImportProblem::row, ImportProblem::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, ImportProblem.CHILD_REFUSED));
        assertThat(problems(report, ProblemReason.UNKNOWN_COLUMN)).extracting(ImportProblem::file, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("episodes.csv", "COMMENTS"));
        assertThat(problems(report, ProblemReason.MISSING_COLUMN)).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reviews.csv", 1, "REVIEW_CODE"),
                        org.assertj.core.groups.Tuple.tuple("reviews.csv", 2, "REVIEW_CODE"));
        assertThat(jdbc.sql("select count(*) from legacy_903_row where set_name = :set and file_name = 'episodes.csv'")
                .param("set", directory.getFileName().toString()).query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAgainstTheirColumnAndAByteOrderMarkAndWindowsLineEndsAreRead() throws Exception {
        var latin1 = LegacySet.newChild();
        var windows = LegacySet.newChild();
        new LegacySet().cleanChild(latin1).cleanChild(windows).writeTo(directory);
        var header = Files.readString(directory.resolve("header.csv")).replace("\n", "\r\n");
        Files.write(directory.resolve("header.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, header.getBytes()));
        var episodes = Files.readString(directory.resolve("episodes.csv")).replaceFirst(latin1 + ",01/04/2016,S,C1,N1,U1,PR1,01/06/2016,X1,CARPL,AB1 2CD",
                latin1 + ",01/04/2016,S,C1,N1,U1,PR1,01/06/2016,X1,CARPL,CAF\u00c9");
        Files.write(directory.resolve("episodes.csv"), episodes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        var report = run();

        assertThat(personOf(windows)).isNotNull();
        assertThat(personOf(latin1)).isNull();
        assertThat(problems(report, ProblemReason.NOT_UTF8)).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("episodes.csv", 2, "HOME_POST"));
        assertThat(problems(report, ProblemReason.MISSING_COLUMN)).isEmpty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void aRowCorrectedInTheFileIsStagedAgainAndTheChildComesIn() throws Exception {
        var child = LegacySet.newChild();
        new LegacySet().cleanChild(child).writeTo(directory);
        var episodes = Files.readString(directory.resolve("episodes.csv"));
        Files.writeString(directory.resolve("episodes.csv"), episodes.replace(child + ",01/06/2016,P,C1,N1,U4", child + ",01/06/2016,P,C1,N1,Q4"));
        var first = run();
        assertThat(personOf(child)).isNull();
        assertThat(problems(first, ProblemReason.UNKNOWN_CODE)).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "PLACE"));

        Files.writeString(directory.resolve("episodes.csv"), episodes);
        var second = run();

        assertThat(second.imported()).isEqualTo(1);
        assertThat(personOf(child)).isNotNull();
        assertThat(jdbc.sql("select fields ->> 'PLACE' from legacy_903_row where set_name = :set and file_name = 'episodes.csv' and row_number = 3")
                .param("set", directory.getFileName().toString()).query(String.class).single()).isEqualTo("U4");
    }

    @Test
    void overlappingEpisodesAndReviewsOutsideCareRefuseTheChild() throws Exception {
        var overlapping = LegacySet.newChild();
        var reviewedOutside = LegacySet.newChild();
        new LegacySet()
                .header(overlapping + ",1,01/01/2010,WBRI," + LegacySet.upn(8) + ",,")
                .episode(overlapping + ",01/04/2016,S,C1,N1,U1,PR1,01/06/2016,X1,,,,")
                .episode(overlapping + ",15/05/2016,P,C1,N1,U4,PR1,,,,,,")
                .cleanChild(reviewedOutside)
                .review(reviewedOutside + ",01/01/2010,15/03/2017,PN1")
                .writeTo(directory);

        var report = run();

        assertThat(personOf(overlapping)).isNull();
        assertThat(personOf(reviewedOutside)).isNull();
        assertThat(problems(report, ProblemReason.EPISODES_OVERLAP)).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "DECOM"));
        assertThat(problems(report, ProblemReason.REVIEW_OUTSIDE_CARE)).extracting(ImportProblem::value).containsExactly("15/03/2017");
    }

    @Test
    void aChildWhoseRowsDisagreeOrWhoseIdIsTakenIsRefused() throws Exception {
        var twice = LegacySet.newChild();
        var otherBirthday = LegacySet.newChild();
        var taken = LegacySet.newChild();
        var backBeforeGone = LegacySet.newChild();
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        records.create(new org.opencsc.child.PersonForm("CHILD", taken, "Typed", null, "In", org.opencsc.platform.DateParts.of(LocalDate.of(2010, 1, 1)),
                org.opencsc.platform.DateParts.EMPTY, "M", null, "WBRI", null, null, null, null, null, null, null, false, List.of(), null));
        TestStaff.signOut();
        new LegacySet().cleanChild(twice).header(twice + ",1,01/01/2010,WBRI,,,")
                .cleanChild(otherBirthday).review(otherBirthday + ",02/01/2010,20/10/2016,PN3")
                .cleanChild(taken)
                .cleanChild(backBeforeGone).line("missing.csv", LegacySet.MISSING, backBeforeGone + ",01/01/2010,M,10/05/2016,09/05/2016")
                .writeTo(directory);

        var report = run();

        assertThat(report.refused()).isEqualTo(4);
        assertThat(problems(report, ProblemReason.DUPLICATE_CHILD)).extracting(ImportProblem::file, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("header.csv", twice));
        assertThat(problems(report, ProblemReason.DATE_OF_BIRTH_DIFFERS)).extracting(ImportProblem::file, ImportProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reviews.csv", "02/01/2010"));
        assertThat(problems(report, ProblemReason.LA_CHILD_ID_TAKEN)).extracting(ImportProblem::value, ImportProblem::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(taken, ImportProblem.CHILD_REFUSED));
        assertThat(problems(report, ProblemReason.MISSING_ENDS_BEFORE_START)).extracting(ImportProblem::file, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("missing.csv", "MIS_END"));
        assertThat(jdbc.sql("select count(*) from person where la_child_id = :id").param("id", taken).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChildImportedBeforeIsLeftAsItIsWhenTheSetChanges() throws Exception {
        var child = LegacySet.newChild();
        new LegacySet().cleanChild(child).writeTo(directory);
        run();
        var episodes = Files.readString(directory.resolve("episodes.csv"));
        Files.writeString(directory.resolve("episodes.csv"), episodes.replace(child + ",01/06/2016,P,C1,N1,U4", child + ",01/06/2016,P,C1,N1,Q4"));

        var again = run();

        assertThat(again.alreadyImported()).isEqualTo(1);
        assertThat(again.refused()).isZero();
        assertThat(problems(again, ProblemReason.UNKNOWN_CODE)).extracting(ImportProblem::value, ImportProblem::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Q4", ImportProblem.IMPORTED_BEFORE));
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        assertThat(care.periods(personOf(child)).getFirst().placements()).extracting(org.opencsc.care.Placement::place).containsExactly("U1", "U4");
    }

    @Test
    void theCommandWritesEveryProblemToTheReportAsItGoesAndSaysWhetherAChildWasRefused() throws Exception {
        var clean = LegacySet.newChild();
        var noEpisodes = LegacySet.newChild();
        new LegacySet().cleanChild(clean).header(noEpisodes + ",1,2010-01-01,WBRI,,,").writeTo(directory);
        var report = directory.resolve("report.csv");
        var printed = new java.io.ByteArrayOutputStream();

        var exit = command.run(List.of("ssda903", directory.toString(), "--report", report.toString()), new java.io.PrintStream(printed, true));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString()).contains("children imported: 1 (1 now, 0 by an earlier import), refused: 1", "child has no episodes");
        assertThat(Files.readAllLines(report)).first().isEqualTo("file,row,column,value,reason,outcome");
        assertThat(Files.readAllLines(report)).contains(
                "header.csv,3,DOB,2010-01-01,date converted from yyyy-mm-dd,child refused",
                "header.csv,3,CHILD," + noEpisodes + ",child has no episodes,child refused");
        assertThat(personOf(clean)).isNotNull();
        assertThat(command.run(List.of("ssda903"), new java.io.PrintStream(printed, true))).isEqualTo(2);
    }
}
