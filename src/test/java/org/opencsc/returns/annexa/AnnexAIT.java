package org.opencsc.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.care.CareForms;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AllocationForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.leavingcare.LeavingCareForms.StartSupportForm;
import org.opencsc.leavingcare.LeavingCareService;
import org.opencsc.platform.DateParts;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionService;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.StatutoryReturns;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Annex A on the real database: children recorded through the services appear on the lists their
 * records put them on, with Ofsted's sheet names and headings, dates as date cells, and each
 * list's period edges kept.
 */
@IntegrationTest
class AnnexAIT {

    private static final LocalDate YEAR_END = LocalDate.parse("2025-03-31");

    @Autowired
    StatutoryReturns returns;
    @Autowired
    AnnexA annexA;
    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProtectionService protection;
    @Autowired
    CareService care;
    @Autowired
    LeavingCareService leavingCare;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    StaffUser worker;
    StaffUser manager;

    @BeforeEach
    void signIn() {
        worker = staff.create(Role.SOCIAL_WORKER);
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(worker);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private long child(String given, String dateOfBirth) {
        var dob = LocalDate.parse(dateOfBirth);
        return records.create(PersonForms.child(given, "Annex" + System.nanoTime() % 100000, Integer.toString(dob.getDayOfMonth()),
                Integer.toString(dob.getMonthValue()), Integer.toString(dob.getYear())));
    }

    private String childId(long personId) {
        return records.visible(personId).laChildId();
    }

    @Test
    void theCollectionYearsWorkbookHasOfstedsSheetsAndHeadingsAndTheJourneyOfARecordedChild() throws IOException {
        TestStaff.signInAs(manager);
        var team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Annex A team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id = :id").param("team", team).param("id", worker.id()).update();
        TestStaff.signInAs(worker);
        var child = child("Journey", "2015-05-05");
        parts.allocate(child, new AllocationForm(team, worker.id(), on("2024-09-02")));
        var contact = frontDoor.recordContact(child, new ContactForm(on("2024-10-01"), "6", "Police attended a domestic incident."));
        frontDoor.decide(child, contact, new DecisionForm(on("2024-10-01"), "REFERRAL", "Threshold met.", "N1"));
        var assessment = assessments.start(child, new StartForm(on("2024-10-02")));
        assessments.save(child, assessment, new DetailsForm(on("2024-10-03"), "true", List.of("3A"), "Analysis", "STRATEGY_DISCUSSION", null), true);
        TestStaff.signInAs(manager);
        assessments.authorise(child, assessment, new AuthoriseForm(on("2024-10-20")));
        TestStaff.signInAs(worker);
        protection.recordStrategyDiscussion(child, new StrategyForm(on("2024-10-21"), "Police, health", "SECTION_47", "Injury", on("2024-10-21")));
        protection.holdInitialConference(child, protection.forPerson(child).openEnquiry().orElseThrow().id(),
                new InitialConferenceForm(on("2024-11-08"), "Chair", "PLAN", "NEG"));

        var files = returns.named("annex-a").orElseThrow().export(new CollectionYear(2025), directory, ExportProgress.NONE);

        assertThat(files).singleElement().satisfies(file -> assertThat(file.getFileName().toString()).isEqualTo("annex-a-20250331.xlsx"));
        var book = Workbook.read(files.getFirst());
        assertThat(book.sheetNames()).containsExactly("List 1", "List 2", "List 3", "List 4", "List 5", "List 6", "List 7", "List 8", "List 9",
                "List 10", "List 11");
        AnnexAColumns.published().forEach((sheet, headings) -> assertThat(book.headings(sheet)).as(sheet).isEqualTo(headings));
        assertThat(book.headings("List 1")).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Date of Contact", "Contact Source");

        var id = childId(child);
        var teamName = jdbc.sql("select name from team where id = :id").param("id", team).query(String.class).single();
        var identity = List.<Object>of(id, "Female", "WBRI", LocalDate.parse("2015-05-05"), 9);
        assertThat(book.rowsOf("List 1", id)).containsExactly(row(identity, LocalDate.parse("2024-10-01"), "6: Police"));
        assertThat(book.rowsOf("List 3", id)).containsExactly(row(identity, LocalDate.parse("2024-10-01"), "6: Police", "No", 1, teamName,
                worker.displayName()));
        var withDisability = row(identity, "No");
        assertThat(book.rowsOf("List 4", id)).containsExactly(row(withDisability, LocalDate.parse("2024-10-02"), "Yes", LocalDate.parse("2024-10-20"),
                "Yes", teamName, worker.displayName()));
        assertThat(book.rowsOf("List 5", id)).containsExactly(row(withDisability, LocalDate.parse("2024-10-21"), "No", LocalDate.parse("2024-11-08"),
                "Yes", 1, 1, teamName, worker.displayName()));
        assertThat(book.rowsOf("List 6", id)).containsExactly(row(withDisability, LocalDate.parse("2024-10-01"), "N1: Abuse or neglect", null, null, null,
                "Child protection plan", teamName, worker.displayName()));
        assertThat(book.rowsOf("List 7", id)).containsExactly(row(withDisability, LocalDate.parse("2024-11-08"), "Neglect", "Neglect", null, null, null,
                null, "N", 0, teamName, worker.displayName()));
        assertThat(book.rowsOf("List 8", id)).as("never looked after").isEmpty();
        assertThat(book.dateFormat("List 1", id, 5)).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void aChildInCareAndACareLeaverAreOnTheirLists() throws IOException {
        var inCare = child("Cared", "2012-02-02");
        var period = care.start(inCare, new CareForms.StartForm(on("2024-09-02"), "C2", "U6", "PR1", "Mr and Mrs Adebayo", "NW1 4AB", null, "6.5",
                "false"));
        var leaver = child("Leaver", "2007-06-15");
        var leaverPeriod = care.start(leaver, new CareForms.StartForm(on("2022-01-10"), "V2", "U6", "PR1", "Ms Khan", "NW3 2BB", null, null, "false"));
        care.end(leaver, leaverPeriod, new CareForms.EndForm(on("2024-08-01"), "E5"));
        leavingCare.startSupport(leaver, new StartSupportForm(on("2024-08-01"), "P. Okafor"));

        var book = Workbook.read(annexA.exportAsAt(YEAR_END, directory, ExportProgress.NONE));

        var cared = book.rowsOf("List 8", childId(inCare));
        assertThat(cared).hasSize(1);
        var row = cared.getFirst();
        var headings = book.headings("List 8");
        Map<String, Object> expected = Map.of("Date Started to be Looked After", LocalDate.parse("2024-09-02"),
                "Child's Legal Status", "C2: Full care order", "Start date of current legal status", LocalDate.parse("2024-09-02"),
                "Number of Placements in the Last 12 months", 1, "Placement Type",
                "U6: Foster placement with other foster carer: not long-term or fostering for adoption",
                "Placement postcode", "NW1 4AB", "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "N",
                "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", "N");
        expected.forEach((heading, value) -> assertThat(row.get(headings.indexOf(heading))).as(heading).isEqualTo(value));
        assertThat(row.get(headings.indexOf("Date Ceased to be Looked After"))).isNull();
        assertThat(period).isPositive();

        var left = book.rowsOf("List 8", childId(leaver));
        assertThat(left).as("ceased within the 12 months").hasSize(1);
        assertThat(left.getFirst().get(headings.indexOf("Date Ceased to be Looked After"))).isEqualTo(LocalDate.parse("2024-08-01"));
        assertThat(left.getFirst().get(headings.indexOf("Reason Ceased to be Looked After")))
                .isEqualTo("E5: Moved to independent living with formal advice and support");
        var careLeavers = book.rowsOf("List 9", childId(leaver));
        assertThat(careLeavers).hasSize(1);
        assertThat(careLeavers.getFirst().get(book.headings("List 9").indexOf("Eligibility Category"))).isEqualTo("Relevant");
        assertThat(book.rowsOf("List 9", childId(inCare))).as("still looked after, and 13").isEmpty();
    }

    @Test
    void aContactOnTheFirstDayOfTheSixMonthsIsListedAndOneTheDayBeforeIsNotAndEarlyHelpIsListedFromTheMashDecision() throws IOException {
        var child = child("Edges", "2016-01-01");
        frontDoor.recordContact(child, new ContactForm(on("2024-09-30"), "2A", "School concern."));
        frontDoor.recordContact(child, new ContactForm(on("2024-10-01"), "2A", "School concern again."));
        frontDoor.recordContact(child, new ContactForm(on("2025-03-31"), "2A", "On the day."));
        frontDoor.recordContact(child, new ContactForm(on("2025-04-01"), "2A", "After the day."));

        var steppedDown = child("Early", "2019-03-03");
        var contact = frontDoor.recordContact(steppedDown, new ContactForm(on("2024-11-04"), "2A", "Attendance falling."));
        frontDoor.decide(steppedDown, contact, new DecisionForm(on("2024-11-05"), "EARLY_HELP", "Family support worker.", null));

        var book = Workbook.read(annexA.exportAsAt(YEAR_END, directory, ExportProgress.NONE));

        assertThat(book.rowsOf("List 2", childId(steppedDown))).containsExactly(row(List.of(childId(steppedDown), "Female", "WBRI",
                LocalDate.parse("2019-03-03"), 6), LocalDate.parse("2024-11-05"), null, "Early help (MASH+ decision)"));
        assertThat(book.rowsOf("List 1", childId(child))).extracting(r -> r.get(5))
                .containsExactly(LocalDate.parse("2024-10-01"), LocalDate.parse("2025-03-31"));
        var later = Workbook.read(annexA.exportAsAt(LocalDate.parse("2025-03-30"), directory, ExportProgress.NONE));
        assertThat(later.rowsOf("List 1", childId(child))).extracting(r -> r.get(5))
                .as("six months to 30 March: 1 October to 30 March")
                .containsExactly(LocalDate.parse("2024-10-01"));
    }

    private static List<Object> row(List<Object> start, Object... more) {
        var row = new ArrayList<>(start);
        row.addAll(java.util.Arrays.asList(more));
        return row;
    }

    /** The workbook as read back with POI: cells as text, whole numbers, dates, or null when blank. */
    record Workbook(Map<String, List<List<Object>>> sheets, Map<String, List<String>> formats) {

        static Workbook read(Path file) throws IOException {
            var sheets = new java.util.LinkedHashMap<String, List<List<Object>>>();
            var formats = new java.util.HashMap<String, List<String>>();
            try (var in = Files.newInputStream(file); var book = new XSSFWorkbook(in)) {
                for (var sheet : book) {
                    var rows = new ArrayList<List<Object>>();
                    var width = sheet.getRow(0).getLastCellNum();
                    for (var row : sheet) {
                        rows.add(values(row, width));
                        formats.put(sheet.getSheetName() + "/" + values(row, width).getFirst() + "/" + row.getRowNum(), formats(row, width));
                    }
                    sheets.put(sheet.getSheetName(), rows);
                }
            }
            return new Workbook(sheets, formats);
        }

        private static List<Object> values(Row row, int width) {
            var values = new ArrayList<Object>();
            for (int i = 0; i < width; i++) {
                values.add(value(row.getCell(i)));
            }
            return values;
        }

        private static List<String> formats(Row row, int width) {
            var formats = new ArrayList<String>();
            for (int i = 0; i < width; i++) {
                var cell = row.getCell(i);
                formats.add(cell == null ? null : cell.getCellStyle().getDataFormatString());
            }
            return formats;
        }

        private static Object value(Cell cell) {
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.STRING) {
                return cell.getStringCellValue();
            }
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            return (int) cell.getNumericCellValue();
        }

        List<String> sheetNames() {
            return List.copyOf(sheets.keySet());
        }

        List<String> headings(String sheet) {
            return sheets.get(sheet).getFirst().stream().map(String.class::cast).toList();
        }

        /** The rows of a list whose child (or adopter) id is this one. */
        List<List<Object>> rowsOf(String sheet, String id) {
            return sheets.get(sheet).stream().skip(1).filter(r -> id.equals(r.getFirst())).toList();
        }

        String dateFormat(String sheet, String id, int column) {
            return formats.entrySet().stream().filter(e -> e.getKey().startsWith(sheet + "/" + id + "/")).findFirst().orElseThrow()
                    .getValue().get(column);
        }
    }
}
