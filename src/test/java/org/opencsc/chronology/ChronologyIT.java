package org.opencsc.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.chronology.ChronologyForms.EventForm;
import org.opencsc.chronology.ChronologyForms.Filter;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The chronology on the real database: lines generated from the record, significant events by hand, the filter, and who may see it. */
@IntegrationTest
class ChronologyIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    ChronologyService chronology;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    CareService care;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApiTokens apiTokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    StaffUser worker;
    long child;

    @BeforeEach
    void aChild() {
        worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Chronicled", "Child" + System.nanoTime() % 100000, "3", "3", "2014"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private List<String> events() {
        return chronology.lines(child).stream().map(line -> line.date() + " " + line.event()).toList();
    }

    private ChronologyLine line(String event) {
        return chronology.lines(child).stream().filter(l -> l.event().equals(event)).findFirst().orElseThrow();
    }

    @Test
    void linesAreGeneratedFromTheRecordWithTheirDetailAndChangeWhenTheRecordChanges() {
        var contact = frontDoor.recordContact(child, new ContactForm(on("2025-01-06"), "6", "Police attended a domestic incident."));
        assertThat(line("Contact received").summary()).isEqualTo("From Police; awaiting the MASH+ decision");
        assertThat(line("Contact received").recordedBy()).isEqualTo(worker.username());
        assertThat(line("Contact received").link()).isEqualTo("/children/" + child + "/journey");

        frontDoor.decide(child, contact, new DecisionForm(on("2025-01-07"), "REFERRAL", "Threshold met.", "N1"));
        assertThat(line("Contact received").summary()).isEqualTo("From Police; MASH+ decision on 7 Jan 2025: Referral to children's social care");
        assertThat(line("Referral received").summary()).isEqualTo("Referral; primary need: Abuse or neglect");

        var period = care.start(child, new StartForm(on("2025-03-03"), "C2", "U4", "PR1", "Mr and Mrs Kaur", null, null, null, "false", null));
        care.move(child, period, new MoveForm(on("2025-06-02"), "STAND", "U5", "PR1", "Ms Lowe", null, null, null, "false", null));
        care.end(child, period, new EndForm(on("2025-09-30"), "E13"));

        assertThat(events()).as("date order, each key event once, with the detail the care record holds").containsSubsequence(
                "2025-01-06 Contact received", "2025-01-06 Referral received", "2025-03-03 Became looked after", "2025-03-03 Placement started",
                "2025-06-02 Placement move", "2025-09-30 Ceased to be looked after");
        assertThat(events().stream().filter(e -> e.endsWith("Contact received"))).hasSize(1);
        assertThat(events().stream().filter(e -> e.endsWith("Placement started"))).as("the key event is not repeated bare").hasSize(1);
        assertThat(line("Became looked after").summary()).isEqualTo("Legal status: Full care order");
        assertThat(line("Placement move").summary()).contains("(moved: Concern about standards of care, unplanned)");
        assertThat(line("Placement move").summary()).doesNotContain("Lowe").as("carers are not named in the chronology");
    }

    @Test
    void keyEventsNoFeatureDescribesAreShownAsTheJourneyRecordsThem() {
        records.recordEvent(child, org.opencsc.child.CaseEventKind.DENTAL_CHECK, LocalDate.parse("2025-02-02"), "dental_check");
        var dental = line("Dental check");
        assertThat(dental.strand()).isEqualTo(Strand.HEALTH_AND_EDUCATION);
        assertThat(dental.recordedBy()).isEqualTo(worker.username());
    }

    @Test
    void aSignificantEventAddedByHandIsShownMarkedAndACorrectionKeepsTheFirstVersion() {
        var id = chronology.add(child, new EventForm(on("2024-11-20"), "FAMILY", "Maternal grandmother died.",
                "Lost the adult she spent weekends with; sleeping badly.", "Mother", null));
        var line = line("Significant event: Family");
        assertThat(line.byHand()).isTrue();
        assertThat(line.summary()).isEqualTo("Maternal grandmother died.");
        assertThat(line.corrected()).isFalse();

        assertThatThrownBy(() -> chronology.correct(child, id, new EventForm(on("2024-11-21"), "FAMILY", "Maternal grandmother died.",
                "Lost the adult she spent weekends with.", "Mother", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Enter a reason for the correction");
        chronology.correct(child, id, new EventForm(on("2024-11-21"), "FAMILY", "Maternal grandmother died in hospital.",
                "Lost the adult she spent weekends with.", "Mother", "Date confirmed from the death certificate"));

        var corrected = line("Significant event: Family");
        assertThat(corrected.date()).isEqualTo(LocalDate.parse("2024-11-21"));
        assertThat(corrected.corrected()).isTrue();
        assertThat(chronology.lines(child).stream().filter(ChronologyLine::byHand)).as("one line per event, its latest version").hasSize(1);
        var versions = chronology.history(child, id);
        assertThat(versions).extracting(SignificantEvent::version).containsExactly(2, 1);
        assertThat(versions.get(1).whatHappened()).isEqualTo("Maternal grandmother died.");
        assertThat(versions.getFirst().correctionReason()).isEqualTo("Date confirmed from the death certificate");
        assertThat(jdbc.sql("select action from audit_event where person_id = :p and action in ('CREATE', 'CORRECT') and detail like '%significant event%' order by id")
                .param("p", child).query(String.class).list()).containsExactly("CREATE", "CORRECT");
    }

    @Test
    void aSignificantEventWithBadInputIsRefusedNamingEachFieldAndNothingIsSaved() {
        var tomorrow = DateParts.of(chronology.today().plusDays(1));
        assertThatThrownBy(() -> chronology.add(child, new EventForm(tomorrow, "WEATHER", " ", "Upset.", "", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Date of the event must be today or in the past")
                .hasMessageContaining("Category must be one of the listed options")
                .hasMessageContaining("Enter what happened")
                .hasMessageContaining("Enter a source of the information");
        assertThat(jdbc.sql("select count(*) from significant_event where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    @Test
    void theFilterKeepsTheChosenPartsOfTheRecordWithinTheDates() {
        frontDoor.recordContact(child, new ContactForm(on("2023-05-01"), "2A", "School: child hungry."));
        chronology.add(child, new EventForm(on("2024-01-10"), "HEALTH", "Broken arm: hospital for two nights.", "Missed a week of school.", "GP letter", null));
        chronology.add(child, new EventForm(on("2025-07-01"), "EDUCATION", "Moved to secondary school.", "Settled well.", "School", null));

        var significant = chronology.chronology(child, new Filter(List.of("SIGNIFICANT_EVENT"), DateParts.EMPTY, DateParts.EMPTY));
        assertThat(significant.lines()).extracting(ChronologyLine::event)
                .containsExactly("Significant event: Health", "Significant event: Education");
        assertThat(significant.total()).isEqualTo(3);
        var within = chronology.chronology(child, new Filter(List.of(), on("2023-01-01"), on("2024-12-31")));
        assertThat(within.lines()).extracting(ChronologyLine::event).containsExactly("Contact received", "Significant event: Health");
        assertThatThrownBy(() -> chronology.chronology(child, new Filter(List.of(), on("2025-01-01"), new DateParts("31", "2", "2024"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("To date must be a real date");
    }

    @Test
    void thePagesShowTheChronologyFilteredByGetParametersAndLogTheView() throws Exception {
        chronology.add(child, new EventForm(on("2024-01-10"), "POLICE", "Arrested with older boys.", "Frightened.", "Police notification", null));
        frontDoor.recordContact(child, new ContactForm(on("2023-05-01"), "2A", "School: child hungry."));
        mvc.perform(get("/children/" + child + "/chronology").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arrested with older boys.")))
                .andExpect(content().string(containsString("Added by hand")))
                .andExpect(content().string(containsString("From Schools")));
        mvc.perform(get("/children/" + child + "/chronology").param("strands", "SIGNIFICANT_EVENT").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of 2 events shown")))
                .andExpect(content().string(not(containsString("From Schools"))));
        mvc.perform(get("/children/" + child + "/chronology").param("from.day", "31").param("from.month", "2").param("from.year", "2024")
                        .with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("From date must be a real date")));
        mvc.perform(get("/children/" + child + "/chronology/print").param("strands", "FRONT_DOOR").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")))
                .andExpect(content().string(containsString("From Schools")))
                .andExpect(content().string(not(containsString("govuk-service-navigation"))))
                .andExpect(content().string(not(containsString("Arrested"))));
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'VIEW' and detail in ('Viewed the chronology', 'Printed the chronology')")
                .param("p", child).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theApiGivesTheFilteredChronologyAndAddsSignificantEvents() throws Exception {
        frontDoor.recordContact(child, new ContactForm(on("2023-05-01"), "2A", "School: child hungry."));
        var basic = apiTokens.bearer(worker);
        mvc.perform(post("/api/children/" + child + "/chronology/events").with(basic)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"eventDate": "2024-03-04", "category": "EDUCATION", "whatHappened": "Started at a new school.",
                                 "impact": "Nervous but made a friend.", "source": "Foster carer"}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/children/" + child + "/chronology").param("strands", "SIGNIFICANT_EVENT").param("from", "2024-01-01")
                        .with(basic))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Started at a new school.")))
                .andExpect(content().string(containsString("\"total\":2")))
                .andExpect(content().string(not(containsString("From Schools"))));
    }

    @Test
    void aRestrictedChildsChronologyIsNotFoundAndOnlyCaseWorkersAddEvents() throws Exception {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var restricted = records.create(PersonForms.child("Private", "Child" + System.nanoTime() % 100000, "1", "1", "2013"));
        records.restrict(restricted, "Child of a member of staff", List.of());
        mvc.perform(get("/children/" + restricted + "/chronology").with(TestStaff.as(worker))).andExpect(status().isNotFound());
        mvc.perform(get("/children/" + restricted + "/chronology/print").with(TestStaff.as(worker))).andExpect(status().isNotFound());
        var analyst = staff.create(Role.PERFORMANCE_ANALYST);
        mvc.perform(post("/children/" + child + "/chronology/events/new").with(csrf()).with(TestStaff.as(analyst))
                        .param("eventDate.day", "1").param("eventDate.month", "1").param("eventDate.year", "2024").param("category", "OTHER")
                        .param("whatHappened", "x").param("impact", "y").param("source", "z"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/chronology").with(TestStaff.as(analyst))).andExpect(status().isOk());
    }
}
