package org.opencsc.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.MissingForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.ReviewForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.care.HealthForms.AssessmentForm;
import org.opencsc.care.HealthForms.DentalCheckForm;
import org.opencsc.care.HealthForms.ImmunisationsForm;
import org.opencsc.care.HealthForms.SdqForm;
import org.opencsc.care.HealthService;
import org.opencsc.care.MissingFromCareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForm;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AddressForm;
import org.opencsc.child.Upn;
import org.opencsc.leavingcare.LeavingCareForms.BirthdayContactForm;
import org.opencsc.leavingcare.LeavingCareService;
import org.opencsc.platform.DateParts;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child comes into care through the services and the 2025/26 SSDA903 is exported from the real
 * database: every CSV's columns and rows, the XML against CLA.xsd, the rules, and last year's
 * return built again from the same records.
 */
@IntegrationTest
class Ssda903ReturnIT {

    private static final CollectionYear YEAR = new CollectionYear(2026);

    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    CareService care;
    @Autowired
    MissingFromCareService missing;
    @Autowired
    HealthService health;
    @Autowired
    LeavingCareService leavingCare;
    @Autowired
    TestStaff staff;
    @Autowired
    Ssda903Return ssda903;
    @Autowired
    Ssda903Builder builder;

    @TempDir
    Path out;

    @BeforeEach
    void signIn() {
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private long child(String given, String dateOfBirth, String sex, String upn) {
        var born = LocalDate.parse(dateOfBirth);
        return records.create(new PersonForm("CHILD", null, given, null, "Return" + System.nanoTime() % 100000,
                DateParts.of(born), DateParts.EMPTY, sex, null, "WBRI", upn, null, upn == null ? "UN2" : null, null, "English", null, null, false,
                List.of(), null));
    }

    private String reference(long personId) {
        return records.visible(personId).laChildId();
    }

    private static Map<String, List<CSVRecord>> read(Path file, String child) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(file))) {
            return parser.getRecords().stream().collect(Collectors.groupingBy(r -> r.get("CHILD")));
        }
    }

    private static List<String> header(Path file) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(file))) {
            return parser.getHeaderNames();
        }
    }

    private List<List<String>> rows(String file, long personId) throws IOException {
        return read(out.resolve(file), reference(personId)).getOrDefault(reference(personId), List.of()).stream().map(CSVRecord::toList).toList();
    }

    @Test
    void aChildComingIntoCareThroughTheServicesIsInEveryFileOfTheYearAndAChildNotLookedAfterInItIsInNone() throws IOException {
        var upn = Upn.withCheckLetter("999123425001");
        var ada = child("Ada", "2012-05-14", "F", upn);
        parts.addAddress(ada, new AddressForm("1 High Street", null, "London", "NW1 4AB", on("2015-01-05")));
        var period = care.start(ada, new StartForm(on("2025-06-02"), "V2", "U6", "PR1", "Mr and Mrs Adebayo", "NW2 1AA", null, null, "false"));
        care.review(ada, period, new ReviewForm(on("2025-06-27"), "J. Whitfield", "PN1", on("2025-06-25"), "Stay with the Adebayos."));
        care.changeLegalStatus(ada, period, new LegalStatusForm(on("2025-07-14"), "C1"));
        care.move(ada, period, new MoveForm(on("2025-09-01"), "CREQB", "K2", "PR4", "Oak House", "NW3 2BB", "SC123456", null, "false"));
        missing.record(ada, new MissingForm("M", on("2025-10-03"), "22:00", on("2025-10-04"), "09:30", "true"));
        care.end(ada, period, new EndForm(on("2026-01-16"), "E4A"));

        var notThisYear = child("Bea", "2015-02-02", "M", null);
        var earlier = care.start(notThisYear, new StartForm(on("2023-01-02"), "V2", "U6", "PR1", "Ms Khan", "NW5 1AA", null, null, "false"));
        care.end(notThisYear, earlier, new EndForm(on("2024-02-01"), "E4A"));

        var files = ssda903.export(YEAR, out, ExportProgress.NONE);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("header.csv", "episodes.csv", "reviews.csv", "uasc.csv",
                "oc2.csv", "oc3.csv", "ad1.csv", "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv", "sw_episodes.csv", "ssda903.xml");
        var schema = ColumnSchema.published();
        for (var file : Ssda903File.values()) {
            assertThat(header(out.resolve(file.fileName()))).as(file.fileName()).isEqualTo(schema.columnNames(file.table()));
        }
        var ref = reference(ada);
        assertThat(rows("header.csv", ada)).containsExactly(List.of(ref, "F", "14/05/2012", "WBRI", upn, "0", ""));
        assertThat(rows("episodes.csv", ada)).containsExactly(
                List.of(ref, "02/06/2025", "S", "V2", "", "U6", "PR1", "14/07/2025", "X1", "", "NW1 4AB", "NW2 1AA", ""),
                List.of(ref, "14/07/2025", "L", "C1", "", "U6", "PR1", "01/09/2025", "X1", "CREQB", "NW1 4AB", "NW2 1AA", ""),
                List.of(ref, "01/09/2025", "P", "C1", "", "K2", "PR4", "16/01/2026", "E4A", "", "NW1 4AB", "NW3 2BB", "SC123456"));
        assertThat(rows("reviews.csv", ada)).containsExactly(List.of(ref, "14/05/2012", "27/06/2025", "PN1"));
        assertThat(rows("missing.csv", ada)).containsExactly(List.of(ref, "14/05/2012", "M", "03/10/2025", "04/10/2025"));
        assertThat(rows("previous_permanence.csv", ada)).containsExactly(List.of(ref, "14/05/2012", "Z1", "", ""));
        for (var file : List.of("uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv", "placed_for_adoption.csv", "sw_episodes.csv")) {
            assertThat(rows(file, ada)).as(file).isEmpty();
        }
        for (var file : Ssda903File.values()) {
            assertThat(rows(file.fileName(), notThisYear)).as(file.fileName()).isEmpty();
        }
        Ssda903Xml.check(out.resolve("ssda903.xml"), YEAR);
        var xml = Files.readString(out.resolve("ssda903.xml"));
        assertThat(xml).contains("<CHILDID>" + ref + "</CHILDID>").doesNotContain("<CHILDID>" + reference(notThisYear) + "</CHILDID>")
                .contains("<DECOM>01/09/2025</DECOM><RNE>P</RNE><LS>C1</LS>").contains("<SEX>F</SEX>");

        var failures = ssda903.validate(YEAR, ExportProgress.NONE).stream().filter(f -> f.personId() == ada).toList();
        assertThat(failures).extracting(RuleFailure::code, RuleFailure::event, RuleFailure::link).containsOnly(
                org.assertj.core.groups.Tuple.tuple("145", "Episode from 02/06/2025 (V2, U6)", "/children/" + ada + "/care#episodes-" + period),
                org.assertj.core.groups.Tuple.tuple("145", "Episode from 14/07/2025 (C1, U6)", "/children/" + ada + "/care#episodes-" + period),
                org.assertj.core.groups.Tuple.tuple("145", "Episode from 01/09/2025 (C1, K2)", "/children/" + ada + "/care#episodes-" + period));
    }

    @Test
    void lastYearsReturnIsBuiltAgainFromTheSameRecordsWithTheEpisodeStillOpenAtItsEnd() {
        var cal = child("Cal", "2014-03-10", "M", null);
        parts.addAddress(cal, new AddressForm("2 Low Road", null, "London", "NW6 2CC", on("2016-01-04")));
        var period = care.start(cal, new StartForm(on("2024-03-04"), "C2", "U4", "PR1", "Ms Khan", "NW7 3DD", null, null, "false"));
        care.move(cal, period, new MoveForm(on("2025-05-05"), "CARPL", "U4", "PR1", "Mr Patel", "NW8 4EE", null, null, "false"));
        health.recordSdq(cal, new SdqForm(on("2025-09-10"), "14", null));
        health.recordDentalCheck(cal, new DentalCheckForm(on("2025-07-01")));
        health.recordAssessment(cal, new AssessmentForm("REVIEW", on("2025-08-01"), "Nurse Bell", "Well"));
        health.recordImmunisations(cal, new ImmunisationsForm(on("2025-08-01"), "true"));

        var lastYear = builder.build(YEAR.previous()).stream().filter(c -> c.personId() == cal).findFirst().orElseThrow();
        assertThat(lastYear.episodes()).extracting(e -> e.start().toString(), LookedAfterChild.EpisodeRow::end, LookedAfterChild.EpisodeRow::reasonEnded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03-04", null, null));
        var thisYear = builder.build(YEAR).stream().filter(c -> c.personId() == cal).findFirst().orElseThrow();
        assertThat(thisYear.episodes()).extracting(e -> e.start().toString(), LookedAfterChild.EpisodeRow::reasonNew, LookedAfterChild.EpisodeRow::reasonEnded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03-04", "S", "X1"), org.assertj.core.groups.Tuple.tuple("2025-05-05", "P", null));
        assertThat(thisYear.sex()).as("M, F or U from 2024/25").isEqualTo("M");
        assertThat(lastYear.sex()).isEqualTo("M");
        var in2023 = builder.build(new org.opencsc.returns.CollectionYear(2024)).stream().filter(c -> c.personId() == cal).findFirst().orElseThrow();
        assertThat(in2023.sex()).as("1 or 2 to 2023/24").isEqualTo("1");
        assertThat(thisYear.oc2()).isEqualTo(new LookedAfterChild.HealthOutcomes(14, null, null, null, "1", "1", "1", "0", null, null));

        var failures = ssda903.validate(YEAR, ExportProgress.NONE).stream().filter(f -> f.personId() == cal).map(RuleFailure::code).toList();
        assertThat(failures).as("the episode open at the end of last year is the one this year starts with").doesNotContain("502", "503A", "503B", "562")
                .contains("145");
    }

    @Test
    void supportedAccommodationRecordedAsH5BeforeApril2025IsWrittenH5ThatYearAndK3From2025To26() {
        var eve = child("Eve", "2008-04-02", "F", null);
        parts.addAddress(eve, new AddressForm("3 Mill Lane", null, "London", "NW6 2CC", on("2016-01-04")));
        care.start(eve, new StartForm(on("2024-09-02"), "V2", "H5", "PR4", "Elm Court", "NW7 3DD", "SC123456", null, "false"));

        var lastYear = builder.build(YEAR.previous()).stream().filter(c -> c.personId() == eve).findFirst().orElseThrow();
        assertThat(lastYear.episodes()).extracting(LookedAfterChild.EpisodeRow::place).containsExactly("H5");
        var thisYear = builder.build(YEAR).stream().filter(c -> c.personId() == eve).findFirst().orElseThrow();
        assertThat(thisYear.episodes()).extracting(LookedAfterChild.EpisodeRow::place, LookedAfterChild.EpisodeRow::provider)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K3", "PR4"));
        var failures = ssda903.validate(YEAR, ExportProgress.NONE).stream().filter(f -> f.personId() == eve).map(RuleFailure::code).toList();
        assertThat(failures).doesNotContain("146", "503D", "371", "222");
    }

    @Test
    void aCareLeaverWithAnEighteenthBirthdayInTheYearIsInOc3WithTheContactMadeAroundIt() throws IOException {
        var dee = child("Dee", "2007-06-20", "F", null);
        var period = care.start(dee, new StartForm(on("2021-03-01"), "C2", "U4", "PR1", "Mrs Obi", "NW9 5FF", null, null, "false"));
        care.end(dee, period, new EndForm(on("2024-08-01"), "E13"));
        leavingCare.recordBirthdayContact(dee, new BirthdayContactForm("18", on("2025-06-10"), "YES", "F2", "D1"));

        ssda903.export(YEAR, out, ExportProgress.NONE);

        var ref = reference(dee);
        assertThat(rows("oc3.csv", dee)).containsExactly(List.of(ref, "20/06/2007", "YES", "F2", "D1"));
        assertThat(rows("header.csv", dee)).as("a care leaver not looked after in the year has no mother status")
                .containsExactly(List.of(ref, "F", "20/06/2007", "WBRI", "UN2", "", ""));
        assertThat(rows("episodes.csv", dee)).isEmpty();
    }
}
