package org.opencsc.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AllocationForm;
import org.opencsc.oversight.OversightForms.EntryForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Management oversight on the real database: what a manager must enter, what is kept and audited,
 * when the next oversight falls due, and who appears on the late and drift lists and why.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightIT {

    @Autowired
    OversightService oversight;
    @Autowired
    OversightLists lists;
    @Autowired
    OversightApi api;
    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    StaffUser manager;
    StaffUser worker;
    long team;
    LocalDate today;

    @BeforeAll
    void aTeam() {
        manager = staff.create(Role.TEAM_MANAGER);
        worker = staff.create(Role.SOCIAL_WORKER);
        today = oversight.today();
    }

    @BeforeEach
    void signIn() {
        // Each test has a team of its own, so its lists hold only its children.
        team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Oversight team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id in (:ids)").param("team", team).param("ids", List.of(manager.id(), worker.id())).update();
        TestStaff.signInAs(manager);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private long child(String given) {
        var id = records.create(PersonForms.child(given, "Oversight" + System.nanoTime() % 100000, "4", "4", "2014"));
        parts.allocate(id, new AllocationForm(team, worker.id(), DateParts.of(today.minusYears(4))));
        return id;
    }

    private void on(long child, LocalDate date, CaseEventKind kind) {
        records.recordEvent(child, kind, date, "test");
    }

    private static EntryForm oversightOn(LocalDate heldOn, String progress) {
        return new EntryForm("OVERSIGHT", DateParts.of(heldOn), "", "Neglect: school attendance and home conditions.", "Continue the plan.",
                progress, "Visit with the health visitor", "Social worker", DateParts.of(heldOn.plusDays(10)), "", "", DateParts.EMPTY,
                "", "", DateParts.EMPTY);
    }

    private static List<String> fieldsWithProblems(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().stream().map(FieldProblems.Problem::field).toList();
        }
        throw new AssertionError("the entry was accepted");
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldAndNothingIsKept() {
        var child = child("Empty");
        var empty = new EntryForm("", DateParts.EMPTY, "", "", "", "", "", "", DateParts.EMPTY, "", "", DateParts.EMPTY, "", "", DateParts.EMPTY);
        assertThat(fieldsWithProblems(() -> oversight.record(child, empty)))
                .containsExactlyInAnyOrder("kind", "heldOn", "considered", "decisions", "progress", "action1");
        assertThat(oversight.view(child).entries()).isEmpty();
    }

    @Test
    void supervisionNeedsTheWorkerAndEveryActionWhoAndWhenOnOrAfterTheDayHeld() {
        var child = child("Partial");
        var held = today.minusDays(3);
        var form = new EntryForm("SUPERVISION", DateParts.of(held), "", "Risks at home", "Step up visits", "PARTLY",
                "Visit weekly", "", DateParts.of(held.minusDays(1)), "", "Family group conference", DateParts.EMPTY, "", "", DateParts.EMPTY);
        assertThat(fieldsWithProblems(() -> oversight.record(child, form)))
                .containsExactlyInAnyOrder("workerId", "owner1", "dueBy1", "action2", "dueBy2");
        var future = new EntryForm("OVERSIGHT", DateParts.of(today.plusDays(1)), String.valueOf(worker.id()), "Risks", "Decisions", "YES",
                "Visit", "Worker", DateParts.of(today.plusDays(5)), "", "", DateParts.EMPTY, "", "", DateParts.EMPTY);
        assertThat(fieldsWithProblems(() -> oversight.record(child, future)))
                .as("held in the future, and a worker named on management oversight").containsExactlyInAnyOrder("heldOn", "workerId");
        assertThat(oversight.view(child).entries()).isEmpty();
    }

    @Test
    void anEntryIsKeptAsWrittenAuditedAndTheNextOversightFallsDueFromIt() {
        var child = child("Kept");
        on(child, today.minusDays(90), CaseEventKind.REFERRAL_RECEIVED);
        assertThat(oversight.view(child).nextDue().overdueOn(today)).as("no oversight since the referral 90 days ago").isTrue();

        var held = today.minusDays(2);
        var supervision = new EntryForm("SUPERVISION", DateParts.of(held), String.valueOf(worker.id()), "Home conditions; school attendance 82%.",
                "Step the plan up; ask for a family group conference.", "NO", "Refer to family group conference", "Social worker",
                DateParts.of(held.plusDays(7)), "Check attendance with the school", "Team manager", DateParts.of(held.plusDays(14)), "", "",
                DateParts.EMPTY);
        var id = oversight.record(child, supervision);

        var record = oversight.view(child);
        assertThat(record.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.kind()).isEqualTo(EntryKind.SUPERVISION);
            assertThat(entry.heldBy()).isEqualTo(manager.username());
            assertThat(entry.workerId()).isEqualTo(worker.id());
            assertThat(entry.progress()).isEqualTo(PlanProgress.NO);
            assertThat(entry.actions()).extracting(OversightEntry.Action::owner).containsExactly("Social worker", "Team manager");
        });
        assertThat(record.nextDue().startedOn()).isEqualTo(held);
        assertThat(record.nextDue().dueOn()).as("30 working days for an open case not on a plan").isEqualTo(calendar.addWorkingDays(held, 30));
        assertThat(records.journey(child)).extracting(e -> e.kind()).contains(CaseEventKind.OVERSIGHT_RECORDED);

        assertThat(jdbc.sql("select action || ' ' || detail from audit_event where person_id = :child order by id").param("child", child)
                .query(String.class).list())
                .anyMatch(line -> line.startsWith("CREATE Case supervision held on " + held))
                .anyMatch(line -> line.equals("VIEW Viewed management oversight"));
        assertThatThrownBy(() -> jdbc.sql("update oversight_entry set progress = 'YES' where id = :id").param("id", id).update())
                .hasMessageContaining("kept as written");
        assertThatThrownBy(() -> jdbc.sql("delete from oversight_action where entry_id = :id").param("id", id).update())
                .hasMessageContaining("kept as written");
    }

    @Test
    void theLateListShowsTheTeamsChildrenPastTheirOversightWithTheLastOneAndNamesNoRestrictedChild() {
        var never = child("Never");
        on(never, today.minusDays(100), CaseEventKind.REFERRAL_RECEIVED);
        var lapsed = child("Lapsed");
        on(lapsed, today.minusDays(200), CaseEventKind.REFERRAL_RECEIVED);
        oversight.record(lapsed, oversightOn(today.minusDays(70), "YES"));
        var upToDate = child("Current");
        on(upToDate, today.minusDays(100), CaseEventKind.REFERRAL_RECEIVED);
        oversight.record(upToDate, oversightOn(today, "YES"));
        var closed = child("Closed");
        on(closed, today.minusDays(100), CaseEventKind.REFERRAL_RECEIVED);
        on(closed, today.minusDays(60), CaseEventKind.CASE_CLOSED);

        TestStaff.signInAs(worker);
        var hidden = child("Hidden");
        on(hidden, today.minusDays(150), CaseEventKind.REFERRAL_RECEIVED);
        records.restrict(hidden, "Child of a member of staff", List.of());
        TestStaff.signInAs(manager);

        var list = lists.late(team, 0);
        assertThat(list.total()).isEqualTo(3);
        assertThat(api.lateCount(team)).isEqualTo(3);
        assertThat(list.teams()).filteredOn(t -> Long.valueOf(team).equals(t.teamId())).singleElement()
                .satisfies(t -> assertThat(t.children()).isEqualTo(3));
        assertThat(list.lines()).hasSize(3);
        // The longest overdue, but restricted: counted, not named, and after every named child (masked before sorted).
        assertThat(list.lines().getLast().child()).as("the restricted child, last").isNull();
        assertThat(list.lines().getFirst().child()).as("the longest overdue of those named, first").isNotNull();
        var named = list.lines().stream().filter(l -> l.child() != null).toList();
        assertThat(named).extracting(l -> l.child().personId()).containsExactlyInAnyOrder(never, lapsed);
        assertThat(named).filteredOn(l -> l.child().personId() == lapsed).singleElement().satisfies(line -> {
            assertThat(line.lastHeldOn()).isEqualTo(today.minusDays(70));
            assertThat(line.dueOn()).isEqualTo(calendar.addWorkingDays(today.minusDays(70), 30));
            assertThat(line.daysOverdue()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(line.dueOn(), today));
        });
        assertThat(named).filteredOn(l -> l.child().personId() == never).singleElement()
                .satisfies(line -> assertThat(line.lastHeldOn()).isNull());
        assertThat(lists.late(null, 0).total()).as("the authority holds the team").isGreaterThanOrEqualTo(3);
    }

    private Set<DriftReason> reasonsOf(long child) {
        return lists.drift(team, null, 0).lines().stream().filter(l -> l.child() != null && l.child().personId() == child)
                .map(OversightLists.DriftLine::reasons).findFirst().orElse(Set.of());
    }

    private long onCpPlan(String name, LocalDate started) {
        var child = child(name);
        on(child, started.minusDays(30), CaseEventKind.REFERRAL_RECEIVED);
        on(child, started, CaseEventKind.CP_PLAN_STARTED);
        return child;
    }

    @Test
    void eachSignOfDriftFiresOnTheChildWhoseRecordShowsItAndNotOnOthers() {
        var sixteenMonths = onCpPlan("Sixteen", today.minusMonths(16));
        var fourteenMonths = onCpPlan("Fourteen", today.minusMonths(14));
        var twoYearsOn = onCpPlan("TwentyFive", today.minusMonths(25));
        var ended = onCpPlan("Ended", today.minusMonths(30));
        on(ended, today.minusMonths(20), CaseEventKind.CP_PLAN_ENDED);
        on(ended, today.minusMonths(20), CaseEventKind.CIN_PLAN_STARTED);
        var repeatPlan = onCpPlan("Repeat", today.minusYears(3));
        on(repeatPlan, today.minusYears(2), CaseEventKind.CP_PLAN_ENDED);
        on(repeatPlan, today.minusDays(10), CaseEventKind.CP_PLAN_STARTED);

        var referredThrice = child("Thrice");
        on(referredThrice, today.minusDays(300), CaseEventKind.REFERRAL_RECEIVED);
        on(referredThrice, today.minusDays(280), CaseEventKind.CASE_CLOSED);
        on(referredThrice, today.minusDays(200), CaseEventKind.REFERRAL_RECEIVED);
        on(referredThrice, today.minusDays(180), CaseEventKind.CASE_CLOSED);
        on(referredThrice, today.minusDays(20), CaseEventKind.REFERRAL_RECEIVED);
        var referredAgainLate = child("Again");
        on(referredAgainLate, today.minusDays(500), CaseEventKind.REFERRAL_RECEIVED);
        on(referredAgainLate, today.minusDays(480), CaseEventKind.CASE_CLOSED);
        on(referredAgainLate, today.minusDays(20), CaseEventKind.REFERRAL_RECEIVED);

        var longCin = child("LongCin");
        on(longCin, today.minusMonths(6), CaseEventKind.REFERRAL_RECEIVED);
        on(longCin, today.minusMonths(5), CaseEventKind.CIN_PLAN_STARTED);
        var newCin = child("NewCin");
        on(newCin, today.minusDays(30), CaseEventKind.REFERRAL_RECEIVED);
        on(newCin, today.minusDays(3), CaseEventKind.CIN_PLAN_STARTED);

        var stuck = child("Stuck");
        on(stuck, today.minusDays(40), CaseEventKind.REFERRAL_RECEIVED);
        oversight.record(stuck, oversightOn(today.minusDays(5), "NO"));
        var movingAgain = child("Moving");
        on(movingAgain, today.minusDays(40), CaseEventKind.REFERRAL_RECEIVED);
        oversight.record(movingAgain, oversightOn(today.minusDays(20), "NO"));
        oversight.record(movingAgain, oversightOn(today.minusDays(5), "PARTLY"));

        assertThat(reasonsOf(sixteenMonths)).contains(DriftReason.CP_PLAN_OVER_15_MONTHS).doesNotContain(DriftReason.CP_PLAN_OVER_2_YEARS,
                DriftReason.REPEAT_CP_PLAN);
        assertThat(reasonsOf(twoYearsOn)).contains(DriftReason.CP_PLAN_OVER_2_YEARS).doesNotContain(DriftReason.CP_PLAN_OVER_15_MONTHS);
        assertThat(reasonsOf(fourteenMonths)).doesNotContain(DriftReason.CP_PLAN_OVER_15_MONTHS, DriftReason.CP_PLAN_OVER_2_YEARS)
                .as("no review conference in 14 months").contains(DriftReason.REVIEW_OVERDUE, DriftReason.VISIT_OVERDUE);
        assertThat(reasonsOf(ended)).doesNotContain(DriftReason.CP_PLAN_OVER_15_MONTHS, DriftReason.CP_PLAN_OVER_2_YEARS, DriftReason.REPEAT_CP_PLAN);
        assertThat(reasonsOf(repeatPlan)).contains(DriftReason.REPEAT_CP_PLAN).doesNotContain(DriftReason.CP_PLAN_OVER_2_YEARS);
        assertThat(reasonsOf(referredThrice)).contains(DriftReason.REPEAT_REFERRALS, DriftReason.RE_REFERRAL);
        assertThat(reasonsOf(referredAgainLate)).doesNotContain(DriftReason.REPEAT_REFERRALS, DriftReason.RE_REFERRAL);
        assertThat(reasonsOf(longCin)).contains(DriftReason.REVIEW_OVERDUE, DriftReason.VISIT_OVERDUE);
        assertThat(reasonsOf(newCin)).doesNotContain(DriftReason.REVIEW_OVERDUE, DriftReason.VISIT_OVERDUE);
        assertThat(reasonsOf(stuck)).containsExactly(DriftReason.NOT_PROGRESSING);
        assertThat(reasonsOf(movingAgain)).doesNotContain(DriftReason.NOT_PROGRESSING);

        assertThat(lists.drift(team, DriftReason.REPEAT_CP_PLAN, 0).lines()).extracting(l -> l.child().personId()).containsExactly(repeatPlan);
        var counts = api.driftCounts(team);
        assertThat(counts.get("REPEAT_CP_PLAN")).isEqualTo(1);
        assertThat(counts.get("NOT_PROGRESSING")).isEqualTo(1);
        assertThat(counts.get("CP_PLAN_OVER_2_YEARS")).isEqualTo(1);
        assertThat(counts.get(OversightApi.ANY_REASON)).isEqualTo(lists.drift(team, null, 0).lines().size());
    }
}
