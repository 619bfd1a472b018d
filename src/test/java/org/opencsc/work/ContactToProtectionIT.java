package org.opencsc.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AllocationForm;
import org.opencsc.childinneed.CinForms;
import org.opencsc.childinneed.CinPlanService;
import org.opencsc.frontdoor.FrontDoorForms.ClosureForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.ReviewConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionService;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.StatutoryClock;
import org.opencsc.timescales.StatutoryRule;
import org.opencsc.timescales.TimescaleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The process rules on the real database: dates in order, nothing half-saved, due dates re-derived, work lists. */
@IntegrationTest
class ContactToProtectionIT {

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
    CinPlanService cinPlans;
    @Autowired
    TimescaleService timescales;
    @Autowired
    WorkListService workLists;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.opencsc.care.MissingFromCareService missing;

    StaffUser worker;
    StaffUser manager;
    long child;

    @BeforeEach
    void aReferredChild() {
        worker = staff.create(Role.SOCIAL_WORKER);
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Process", "Tester" + System.nanoTime() % 100000, "9", "9", "2017"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private void refer(String date) {
        var contact = frontDoor.recordContact(child, new ContactForm(on(date), "6", "Police attended a domestic incident."));
        frontDoor.decide(child, contact, new DecisionForm(on(date), "REFERRAL", "Threshold met.", "N1"));
    }

    private List<StatutoryClock> running(StatutoryRule rule) {
        return timescales.clocksFor(child).stream().filter(c -> c.rule() == rule && c.running()).toList();
    }

    private String problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().toString();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aReferralWithin12MonthsOfThePreviousIsFlaggedAsAReReferral() {
        refer("2024-01-08");
        frontDoor.closeCase(child, new ClosureForm(on("2024-01-10"), "RC8"));
        refer("2025-03-03");
        frontDoor.closeCase(child, new ClosureForm(on("2025-03-10"), "RC8"));
        // 2 March 2026 is within 12 months of 3 March 2025; 3 March 2025 is 14 months after 8 January 2024.
        refer("2026-03-02");
        var referrals = frontDoor.referrals(child);
        assertThat(referrals).extracting(r -> r.reReferral()).containsExactly(true, false, false);
        assertThat(referrals.getFirst().open()).isTrue();
        assertThat(referrals.getLast().nfa()).isTrue();
    }

    @Test
    void assessmentsRefuseNoFactorsWithOthersAndOverlaps() {
        refer("2026-05-01");
        var id = assessments.start(child, new StartForm(on("2026-05-04")));
        assertThat(problemsOf(() -> assessments.save(child, id, new DetailsForm(on("2026-05-05"), "true", List.of("21", "3A"),
                "Analysis", "CIN_PLAN", null), true))).contains("\"No factors identified\" cannot be selected with other factors");
        assertThat(problemsOf(() -> assessments.start(child, new StartForm(on("2026-05-06")))))
                .contains("The assessment started on 4 May 2026 is not finished: assessments must not overlap");

        assessments.save(child, id, new DetailsForm(on("2026-05-05"), "true", List.of("3A", "4B"), "Analysis", "CIN_PLAN", null), true);
        TestStaff.signInAs(manager);
        assertThat(problemsOf(() -> assessments.authorise(child, id, new AuthoriseForm(on("2026-05-01")))))
                .contains("Date authorised (1 May 2026) must not be before the start of the assessment (4 May 2026)");
        assessments.authorise(child, id, new AuthoriseForm(on("2026-06-10")));
        var clock = timescales.clocksFor(child).stream().filter(c -> c.rule() == StatutoryRule.ASSESSMENT_DUE).findFirst().orElseThrow();
        assertThat(clock.metOn()).isEqualTo("2026-06-10");
        // 45 working days from Friday 1 May 2026, skipping the early May (4th) and spring (25th) bank holidays.
        assertThat(clock.dueOn()).isEqualTo("2026-07-07");
        assertThat(records.visible(child).caseStatus()).isEqualTo(CaseStatus.REFERRAL);
    }

    @Test
    void anIcpcBeforeItsStrategyDiscussionIsRefusedAndNothingIsSaved() {
        refer("2026-06-01");
        protection.recordStrategyDiscussion(child, new StrategyForm(on("2026-06-03"), "Police, health", "SECTION_47", "Unexplained injury", on("2026-06-03")));
        var enquiry = protection.forPerson(child).openEnquiry().orElseThrow();
        assertThat(enquiry.icpcTargetDate()).isEqualTo("2026-06-24");
        assertThat(problemsOf(() -> protection.holdInitialConference(child, enquiry.id(),
                new InitialConferenceForm(on("2026-06-02"), "Chair", "PLAN", "NEG"))))
                .contains("Date of the conference (2 June 2026) must not be before the strategy discussion (3 June 2026)");
        assertThat(jdbc.sql("select count(*) from cp_conference where person_id = :id").param("id", child).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cp_plan where person_id = :id").param("id", child).query(Long.class).single()).isZero();
        assertThat(protection.forPerson(child).openEnquiry()).isPresent();
    }

    @Test
    void movingAStrategyDiscussionReDerivesTheIcpcDueDate() {
        refer("2026-06-01");
        var id = protection.recordStrategyDiscussion(child, new StrategyForm(on("2026-06-10"), "Police", "SECTION_47", "Concerns", on("2026-06-11")));
        assertThat(running(StatutoryRule.ICPC_DUE)).extracting(StatutoryClock::dueOn).containsExactly(LocalDate.parse("2026-07-01"));
        assertThat(problemsOf(() -> protection.correctStrategyDiscussion(child, id, new StrategyForm(on("2026-06-12"), "Police", null, "Concerns", null))))
                .contains("The start of the section 47 enquiry (11 June 2026) must not be before the strategy discussion (12 June 2026)");
        protection.correctStrategyDiscussion(child, id, new StrategyForm(on("2026-06-08"), "Police", null, "Concerns", null));
        assertThat(running(StatutoryRule.ICPC_DUE)).extracting(StatutoryClock::dueOn).containsExactly(LocalDate.parse("2026-06-29"));
        assertThat(protection.forPerson(child).openEnquiry().orElseThrow().icpcTargetDate()).isEqualTo("2026-06-29");
    }

    @Test
    void plansDoNotOverlapCountPreviousPlansAndMustEndBeforeTheCaseCloses() {
        refer("2025-01-06");
        protection.recordStrategyDiscussion(child, new StrategyForm(on("2025-01-07"), "Police", "SECTION_47", "Concerns", on("2025-01-07")));
        var first = protection.forPerson(child).openEnquiry().orElseThrow();
        protection.holdInitialConference(child, first.id(), new InitialConferenceForm(on("2025-01-27"), "Chair", "PLAN", "NEG"));
        var plan = protection.forPerson(child).openPlan().orElseThrow();
        assertThat(plan.previousPlans()).isZero();
        assertThat(records.visible(child).caseStatus()).isEqualTo(CaseStatus.CHILD_PROTECTION);
        assertThat(problemsOf(() -> frontDoor.closeCase(child, new ClosureForm(on("2025-03-01"), "RC7"))))
                .contains("End the child protection plan that started on 27 January 2025 before closing the case");
        assertThat(problemsOf(() -> protection.holdReviewConference(child, plan.id(), new ReviewConferenceForm(on("2025-01-27"), "Chair", "END", null, "NO_LONGER_AT_RISK"))))
                .contains("Date of the review conference (27 January 2025) must be after the start of the plan (27 January 2025)");
        protection.holdReviewConference(child, plan.id(), new ReviewConferenceForm(on("2025-04-22"), "Chair", "END", null, "NO_LONGER_AT_RISK"));
        assertThat(running(StatutoryRule.CP_VISIT_DUE)).isEmpty();
        assertThat(records.visible(child).caseStatus()).isEqualTo(CaseStatus.REFERRAL);

        protection.recordStrategyDiscussion(child, new StrategyForm(on("2025-09-01"), "Police", "SECTION_47", "New concerns", on("2025-09-01")));
        var second = protection.forPerson(child).openEnquiry().orElseThrow();
        assertThat(problemsOf(() -> protection.holdInitialConference(child, second.id(), new InitialConferenceForm(on("2025-09-20"), "Chair", "PLAN", null))))
                .contains("Select a category of abuse");
        protection.holdInitialConference(child, second.id(), new InitialConferenceForm(on("2025-09-22"), "Chair", "PLAN", "EMO"));
        assertThat(protection.forPerson(child).openPlan().orElseThrow().previousPlans()).isEqualTo(1);
    }

    @Test
    void aCpPlanEndsTheChildInNeedPlanAndTheWorkListsShowWhatIsDue() {
        TestStaff.signInAs(manager);
        var team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Process team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id = :id").param("team", team).param("id", worker.id()).update();
        parts.allocate(child, new AllocationForm(team, worker.id(), on("2026-01-05")));
        TestStaff.signInAs(worker);
        refer("2026-01-05");
        cinPlans.start(child, new CinForms.PlanForm(on("2026-02-02"), "Attend school every day."));
        assertThat(running(StatutoryRule.CIN_VISIT_DUE)).hasSize(1);
        protection.recordStrategyDiscussion(child, new StrategyForm(on("2026-03-02"), "Police", "SECTION_47", "Escalation", on("2026-03-02")));
        protection.holdInitialConference(child, protection.forPerson(child).openEnquiry().orElseThrow().id(),
                new InitialConferenceForm(on("2026-03-20"), "Chair", "PLAN", "NEG"));
        assertThat(cinPlans.forPerson(child).getFirst().endDate()).isEqualTo("2026-03-20");
        assertThat(running(StatutoryRule.CIN_VISIT_DUE)).isEmpty();

        var mine = workLists.forWorker(worker.id());
        var line = mine.children().stream().filter(l -> l.child().personId() == child).findFirst().orElseThrow();
        assertThat(line.nextDue()).isNotNull();
        assertThat(line.overdue()).isPositive();
        TestStaff.signInAs(manager);
        var teamList = workLists.forTeam(team, 0);
        assertThat(teamList.overdue()).extracting(o -> o.clock().rule())
                .contains(StatutoryRule.ASSESSMENT_DUE, StatutoryRule.CP_VISIT_DUE, StatutoryRule.FIRST_CORE_GROUP_DUE);
        assertThat(teamList.overdueCount()).isEqualTo(teamList.overdue().size());

        TestStaff.signInAs(worker);
        var episode = missing.record(child, new org.opencsc.care.CareForms.MissingForm("M", on("2026-11-20"), "21:00", on("2026-11-21"), "07:30", "true"));
        TestStaff.signInAs(manager);
        assertThat(workLists.forTeam(team, 0).interviewsDue()).singleElement().satisfies(due -> {
            assertThat(due.child().personId()).isEqualTo(child);
            assertThat(due.episode().id()).isEqualTo(episode);
        });
        TestStaff.signInAs(worker);
        missing.recordInterview(child, episode, new org.opencsc.care.CareForms.InterviewForm(on("2026-11-21"), "10:00", "false", DateParts.EMPTY,
                "", null, null));
        TestStaff.signInAs(manager);
        assertThat(workLists.forTeam(team, 0).interviewsDue()).as("a declined interview is not waiting").isEmpty();
    }
}
