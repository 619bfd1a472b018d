package org.opencsc.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.courts.CourtForms.ApplicationForm;
import org.opencsc.courts.CourtForms.AssessmentForm;
import org.opencsc.courts.CourtForms.DecisionForm;
import org.opencsc.courts.CourtForms.ExtensionForm;
import org.opencsc.courts.CourtForms.FamilyGroupForm;
import org.opencsc.courts.CourtForms.HearingForm;
import org.opencsc.courts.CourtForms.MeetingForm;
import org.opencsc.courts.CourtForms.OrderForm;
import org.opencsc.courts.CourtForms.ReportForm;
import org.opencsc.courts.CourtForms.StartForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.LocalStandards;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Pre-proceedings and care proceedings on the real database: each step in order, refusals, audit, restriction, trackers. */
@IntegrationTest
class CourtIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    PreProceedingsService pre;
    @Autowired
    CareProceedingsService proceedings;
    @Autowired
    CourtService court;
    @Autowired
    CareService care;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TestStaff staff;
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
        child = records.create(PersonForms.child("Court", "Child" + System.nanoTime() % 100000, "3", "3", "2019"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private static List<String> problems(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("The step was not refused");
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit_event where person_id = :p and action = :a").param("p", child).param("a", action)
                .query(Long.class).single();
    }

    @Test
    void preProceedingsRunFromTheLetterToTheDecisionToIssueAndEachStepIsCheckedAndAudited() {
        assertThat(problems(() -> pre.start(child, new StartForm(on("2026-02-10"), on("2026-02-06")))))
                .containsExactly("letterDate: Date of the letter before proceedings (6 February 2026) must not be before the legal gateway meeting (10 February 2026)");
        var id = pre.start(child, new StartForm(on("2026-02-03"), on("2026-02-06")));
        assertThat(problems(() -> pre.start(child, new StartForm(on("2026-03-03"), on("2026-03-04")))))
                .containsExactly("letterDate: The child is already in pre-proceedings from the letter of 6 February 2026: record the decision that ends them before starting again");

        assertThat(problems(() -> pre.meeting(child, id, new MeetingForm(on("2026-02-05"), "true", null))))
                .containsExactly("meetingDate: Date of the meeting (5 February 2026) must not be before the letter before proceedings (6 February 2026)");
        assertThat(problems(() -> pre.decide(child, id, new DecisionForm("ISSUE", on("2026-02-18")))))
                .containsExactly("endDate: No pre-proceedings meeting is recorded on or before 18 February 2026: record the meeting with the parents before the decision");
        pre.meeting(child, id, new MeetingForm(on("2026-02-19"), "true", "Written agreement: parenting assessment, drug testing, FGC."));

        assertThat(problems(() -> pre.commission(child, id, new AssessmentForm("PARENTING", "Mother", on("2026-02-20"), on("2026-02-20")))))
                .containsExactly("dueDate: Date the report is due (20 February 2026) must be after the date commissioned (20 February 2026)");
        var assessment = pre.commission(child, id, new AssessmentForm("PARENTING", "Mother", on("2026-02-20"), on("2026-04-17")));
        pre.commission(child, id, new AssessmentForm("DRUG_AND_ALCOHOL_TESTING", "Father", on("2026-02-20"), on("2026-03-20")));
        pre.receiveReport(child, id, assessment, new ReportForm(on("2026-04-15")));
        assertThat(problems(() -> pre.receiveReport(child, id, assessment, new ReportForm(on("2026-04-16")))))
                .containsExactly("receivedDate: The report was already received on 15 April 2026");

        assertThat(problems(() -> pre.familyGroup(child, id, new FamilyGroupForm("false", on("2026-03-01")))))
                .containsExactly("heldDate: A meeting that was not offered has no date: answer yes, or leave the date empty");
        pre.familyGroup(child, id, new FamilyGroupForm("true", on("2026-03-12")));

        var started = pre.preProceedings(child, id);
        assertThat(started.targetDate()).as("16 weeks from the letter").isEqualTo(LocalDate.parse("2026-05-29"));
        assertThat(started.firstMeetingDue()).as("10 working days from the letter").isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(started.firstMeetingLate(pre.today())).isFalse();
        assertThat(started.assessmentsOutstanding()).isEqualTo(1);
        assertThat(started.assessmentsOverdue(pre.today())).as("the drug test results were due on 20 March").isEqualTo(1);

        pre.decide(child, id, new DecisionForm("ISSUE", on("2026-06-04")));
        var ended = pre.preProceedings(child, id);
        assertThat(ended.decision()).isEqualTo(PreProceedingsDecision.ISSUE);
        assertThat(ended.fgdmOffered()).isTrue();
        assertThat(ended.fgdmDate()).isEqualTo(LocalDate.parse("2026-03-12"));
        assertThat(ended.late(pre.today())).as("ended after the 16-week target").isTrue();
        assertThat(problems(() -> pre.decide(child, id, new DecisionForm("STEP_DOWN_CP", on("2026-06-05")))))
                .containsExactly("decision: These pre-proceedings ended on 4 June 2026 (issue care proceedings): start new pre-proceedings instead");
        assertThat(audits("CREATE")).as("start, meeting, two assessments").isEqualTo(4 + 1);
        assertThat(audits("UPDATE")).as("report, family group, decision").isEqualTo(3);
    }

    @Test
    void theFirstMeetingIsDueTenWorkingDaysAfterTheLetterCountingPastABankHoliday() {
        var letter = LocalDate.parse("2026-05-22");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-25"))).as("late May bank holiday").isFalse();
        assertThat(CourtTimetable.firstMeetingDue(letter, LocalStandards.defaults(), calendar)).isEqualTo(LocalDate.parse("2026-06-08"));
        var id = pre.start(child, new StartForm(on("2026-05-20"), DateParts.of(letter)));
        assertThat(pre.preProceedings(child, id).firstMeetingDue()).isEqualTo(LocalDate.parse("2026-06-08"));
        pre.meeting(child, id, new MeetingForm(on("2026-06-09"), "false", "Parents did not bring their solicitor."));
        assertThat(pre.preProceedings(child, id).firstMeetingLate(pre.today())).isTrue();
    }

    @Test
    void careProceedingsRunToAFinalOrderWithExtensionsOfUpToEightWeeksAndAreConcludedOnce() {
        assertThat(problems(() -> proceedings.order(child, new OrderForm("", "CARE_ORDER", on("2026-05-01")))))
                .containsExactly("proceedings: The child has no court proceedings: record the application before an order");
        var id = proceedings.apply(child, new ApplicationForm("CARE_ORDER", on("2026-03-02"), "Northwold Family Court", "NW26C00123"));
        assertThat(problems(() -> proceedings.apply(child, new ApplicationForm("CARE_ORDER", on("2026-03-09"), "Northwold Family Court", "NW26C00124"))))
                .containsExactly("kind: An application for a care order issued on 2 March 2026 is still open: record its final order first");
        assertThat(problems(() -> proceedings.hearing(child, id, new HearingForm("CASE_MANAGEMENT", on("2026-02-27"), null))))
                .containsExactly("hearingDate: Date of the hearing (27 February 2026) must not be before the date the application was issued (2 March 2026)");
        proceedings.hearing(child, id, new HearingForm("CASE_MANAGEMENT", on("2026-03-20"), "Timetable set; ICO renewed."));
        proceedings.order(child, new OrderForm(String.valueOf(id), "INTERIM_CARE_ORDER", on("2026-03-04")));
        assertThat(proceedings.proceedings(child, id).dueDate()).isEqualTo(LocalDate.parse("2026-08-31"));

        assertThat(problems(() -> proceedings.extend(child, id, new ExtensionForm(on("2026-08-20"), "9", "Expert report late."))))
                .containsExactly("weeks: Weeks of the extension must be a whole number from 1 to 8: the court extends by up to 8 weeks at a time"
                        + " (Children Act 1989 s32(8)); record a longer delay as more than one extension");
        proceedings.extend(child, id, new ExtensionForm(on("2026-08-20"), "8", "Psychological assessment of the mother not yet filed."));
        assertThat(proceedings.proceedings(child, id).dueDate()).isEqualTo(LocalDate.parse("2026-10-26"));
        assertThatThrownBy(() -> jdbc.sql("insert into proceedings_extension (authority_id, proceedings_id, granted_date, weeks, reason, recorded_by)"
                + " select authority_id, id, issued_date, 9, 'too long', 'test' from care_proceedings where id = :id").param("id", id).update())
                .as("the database holds the 8-week limit too").isInstanceOf(DataIntegrityViolationException.class);

        proceedings.order(child, new OrderForm(String.valueOf(id), "CARE_ORDER", on("2026-10-26")));
        var concluded = proceedings.proceedings(child, id);
        assertThat(concluded.concludedDate()).isEqualTo(LocalDate.parse("2026-10-26"));
        assertThat(concluded.onTime()).as("the final order on the due date itself").isTrue();
        assertThat(concluded.weeks(proceedings.today())).isEqualTo(34);
        assertThat(problems(() -> proceedings.order(child, new OrderForm(String.valueOf(id), "NO_ORDER", on("2026-10-27")))))
                .containsExactly("proceedings: The proceedings NW26C00123 concluded on 26 October 2026 with a care order: no order can follow it");
        assertThat(problems(() -> proceedings.extend(child, id, new ExtensionForm(on("2026-10-27"), "4", "Too late."))))
                .containsExactly("grantedDate: The proceedings concluded on 26 October 2026: there is no timetable left to extend");
        assertThat(proceedings.proceedings(child, id).orders()).as("nothing half-saved").hasSize(2);
        assertThat(audits("CREATE")).as("application, hearing, two orders, extension").isEqualTo(5 + 1);
    }

    @Test
    void applyingWhileInPreProceedingsIsRefusedAndTheDecisionToIssueIsLinked() {
        var id = pre.start(child, new StartForm(on("2026-01-05"), on("2026-01-07")));
        pre.meeting(child, id, new MeetingForm(on("2026-01-16"), "true", null));
        assertThat(problems(() -> proceedings.apply(child, new ApplicationForm("CARE_ORDER", on("2026-04-01"), "Northwold Family Court", "X1"))))
                .containsExactly("issuedDate: The child is in pre-proceedings from the letter of 7 January 2026: record the decision to issue proceedings first");
        pre.decide(child, id, new DecisionForm("ISSUE", on("2026-03-30")));
        var application = proceedings.apply(child, new ApplicationForm("SUPERVISION_ORDER", on("2026-04-01"), "Northwold Family Court", "X1"));
        assertThat(proceedings.proceedings(child, application).preProceedingsId()).isEqualTo(id);
        assertThat(problems(() -> proceedings.order(child, new OrderForm(String.valueOf(application), "PLACEMENT_ORDER", on("2026-05-01")))))
                .containsExactly("kind: A placement order is not made on an application for a supervision order");
    }

    @Test
    void theCourtPageWarnsWhenAnInterimCareOrderIsNotReflectedInTheLegalStatus() {
        var id = proceedings.apply(child, new ApplicationForm("CARE_ORDER", on("2026-06-01"), "Northwold Family Court", "NW26C00500"));
        proceedings.order(child, new OrderForm(String.valueOf(id), "INTERIM_CARE_ORDER", on("2026-06-02")));
        assertThat(court.record(child).warnings()).containsExactly("Interim care order made on 2 June 2026, but the child is not looked after:"
                + " start the period of care on the Care tab with legal status C1");
        var period = care.start(child, new CareForms.StartForm(on("2026-06-02"), "V2", "U4", "PR1", "Mr and Mrs Doyle", null, null, null, "false"));
        assertThat(court.record(child).warnings()).containsExactly("Interim care order made on 2 June 2026, but the child's legal status is V2:"
                + " record the change to C1 on the Care tab");
        care.changeLegalStatus(child, period, new CareForms.LegalStatusForm(on("2026-06-03"), "C1"));
        var reflected = court.record(child);
        assertThat(reflected.warnings()).isEmpty();
        assertThat(reflected.legalStatus()).isEqualTo("C1");
    }

    @Test
    void aRestrictedChildIsNotFoundAndLeftOffTheTrackers() throws Exception {
        var id = pre.start(child, new StartForm(DateParts.of(pre.today().minusWeeks(20)), DateParts.of(pre.today().minusWeeks(20))));
        var application = proceedings.apply(records.create(PersonForms.child("Open", "Case" + System.nanoTime() % 100000, "1", "1", "2020")),
                new ApplicationForm("CARE_ORDER", DateParts.of(pre.today().minusWeeks(30)), "Northwold Family Court", "LATE1"));
        var trackers = court.trackers();
        assertThat(trackers.openPreProceedings()).extracting(CourtTrackers.Tracked::personId).contains(child);
        var late = trackers.openProceedings().stream().filter(t -> t.record().id() == application).findFirst().orElseThrow();
        assertThat(late.record().late(pre.today())).as("open past 26 weeks").isTrue();
        assertThat(trackers.openPreProceedings().stream().filter(t -> t.personId() == child).findFirst().orElseThrow().record().late(pre.today()))
                .isTrue();

        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        records.restrict(child, "Child of a member of staff", List.of());
        var other = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(other);
        assertThat(court.trackers().openPreProceedings()).extracting(CourtTrackers.Tracked::personId).doesNotContain(child);
        assertThatThrownBy(() -> court.view(child)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pre.meeting(child, id, new MeetingForm(DateParts.of(pre.today()), "true", null))).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/children/" + child + "/court").with(TestStaff.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child + "/court").with(TestStaff.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/work/court").with(TestStaff.as(other))).andExpect(status().isOk())
                .andExpect(content().string(containsString("LATE1")));
    }

    @Test
    void theCourtPageIsReadAndItsViewLogged() throws Exception {
        proceedings.apply(child, new ApplicationForm("EMERGENCY_PROTECTION_ORDER", on("2026-09-01"), "Northwold Family Court", "EPO9"));
        mvc.perform(get("/children/" + child + "/court").with(TestStaff.as(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Emergency protection order (Children Act 1989 s44)")));
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'VIEW' and detail like '%court%'")
                .param("p", child).query(Long.class).single()).isPositive();
    }
}
