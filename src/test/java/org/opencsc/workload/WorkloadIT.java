package org.opencsc.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AllocationForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.workload.WorkloadForms.ComplexityForm;
import org.opencsc.workload.WorkloadForms.SettingsForm;
import org.opencsc.workload.WorkloadForms.WorkingPatternForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Caseloads and weighted workloads on the real database: the weighting, the threshold, the settings and who sees which child. */
@IntegrationTest
class WorkloadIT {

    private static final SettingsForm DEFAULTS = new SettingsForm("1", "1", "1.5", "1.2", "0.7", "0.5", "0.5", "1", "0.5", "20");

    @Autowired
    WorkloadService workload;
    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    StaffUser manager;
    StaffUser analyst;
    StaffUser worker;
    long team;

    @BeforeEach
    void aTeamWithAWorker() {
        manager = staff.create(Role.TEAM_MANAGER);
        analyst = staff.create(Role.PERFORMANCE_ANALYST);
        worker = staff.create(Role.SOCIAL_WORKER);
        team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Workload team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id in (:ids)").param("team", team).param("ids", List.of(worker.id(), manager.id())).update();
        TestStaff.signInAs(manager);
    }

    @AfterEach
    void backToTheDefaults() {
        TestStaff.signInAs(analyst);
        workload.saveSettings(DEFAULTS);
        TestStaff.signOut();
    }

    /** A child with the given status, allocated to the worker. */
    private long child(CaseEventKind opening) {
        var child = records.create(PersonForms.child("Held", "Child" + System.nanoTime() % 100000, "4", "4", "2015"));
        records.recordEvent(child, opening, LocalDate.parse("2026-01-12"), "test");
        parts.allocate(child, new AllocationForm(team, worker.id(), DateParts.of(LocalDate.parse("2026-01-05"))));
        return child;
    }

    private void inPreProceedings(long child) {
        jdbc.sql("""
                        insert into pre_proceedings (authority_id, person_id, gateway_date, letter_date, recorded_by)
                        select authority_id, id, date '2026-02-01', date '2026-02-03', 'test' from person where id = :id
                        """).param("id", child).update();
    }

    private WorkerLoad load() {
        return workload.team(team).workers().stream().filter(w -> w.workerId() == worker.id()).findFirst().orElseThrow();
    }

    private static String problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().toString();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void eachChildWeighsTheirCaseStatusPlusProceedingsPlusHighComplexity() {
        child(CaseEventKind.CIN_PLAN_STARTED);
        child(CaseEventKind.CP_PLAN_STARTED);
        var inCourt = child(CaseEventKind.BECAME_LOOKED_AFTER);
        inPreProceedings(inCourt);
        var complex = child(CaseEventKind.CARE_LEAVER_SUPPORT_STARTED);
        workload.judgeComplexity(complex, new ComplexityForm("HIGH", "Three siblings placed apart."));
        child(CaseEventKind.ASSESSMENT_STARTED);

        var load = load();
        assertThat(load.children()).containsEntry(CaseStatus.CHILD_IN_NEED, 1).containsEntry(CaseStatus.CHILD_PROTECTION, 1)
                .containsEntry(CaseStatus.LOOKED_AFTER, 1).containsEntry(CaseStatus.CARE_LEAVER, 1).containsEntry(CaseStatus.ASSESSMENT, 1);
        assertThat(load.inProceedings()).isEqualTo(1);
        assertThat(load.highComplexity()).isEqualTo(1);
        assertThat(load.points()).as("1 + 1.5 + (1.2 + 1) + (0.7 + 0.5) + 1").isEqualByComparingTo("6.9");
        assertThat(load.threshold()).isEqualByComparingTo("20");
        assertThat(load.overThreshold()).isFalse();

        var page = workload.worker(worker.id());
        assertThat(page.children()).hasSize(5).allSatisfy(c -> assertThat(c.hidden()).isFalse());
        assertThat(page.children()).filteredOn(c -> c.personId() == inCourt).singleElement()
                .satisfies(c -> assertThat(c.points()).isEqualByComparingTo("2.2"));
        assertThat(page.children()).filteredOn(c -> c.personId() == complex).singleElement()
                .satisfies(c -> assertThat(c.points()).isEqualByComparingTo("1.2"));

        assertThat(workload.teams()).filteredOn(t -> t.teamId() == team).singleElement().satisfies(t -> {
            assertThat(t.children()).isEqualTo(5);
            assertThat(t.weightedPoints()).isEqualByComparingTo("6.9");
            assertThat(t.workers()).isEqualTo(1);
            assertThat(t.workersOverThreshold()).isZero();
        });
    }

    @Test
    void aWorkerExactlyAtTheThresholdForTheirHoursIsNotOverAndOneAboveIs() {
        child(CaseEventKind.CP_PLAN_STARTED);
        child(CaseEventKind.CP_PLAN_STARTED);
        child(CaseEventKind.CIN_PLAN_STARTED);
        assertThat(load().points()).isEqualByComparingTo("4");

        workload.setWorkingPattern(worker.id(), new WorkingPatternForm("0.5"));
        TestStaff.signInAs(analyst);
        workload.saveSettings(new SettingsForm("1", "1", "1.5", "1.2", "0.7", "0.5", "0.5", "1", "0.5", "8"));
        assertThat(load().threshold()).as("half of 8").isEqualByComparingTo("4");
        assertThat(load().overThreshold()).as("exactly at the threshold").isFalse();

        workload.saveSettings(new SettingsForm("1", "1", "1.5", "1.2", "0.7", "0.5", "0.5", "1", "0.5", "7.98"));
        assertThat(load().threshold()).isEqualByComparingTo("3.99");
        assertThat(load().overThreshold()).isTrue();
        assertThat(workload.teams()).filteredOn(t -> t.teamId() == team).singleElement()
                .satisfies(t -> assertThat(t.workersOverThreshold()).isEqualTo(1));

        workload.saveSettings(new SettingsForm("1", "1", "1.25", "1.2", "0.7", "0.5", "0.5", "1", "0.5", "7.98"));
        assertThat(load().points()).as("a changed weight changes the load at once").isEqualByComparingTo("3.5");
        assertThat(load().overThreshold()).isFalse();
    }

    @Test
    void settingsAreAllSavedOrNoneWithMessagesNamingEachFieldAndTheChangeIsAudited() {
        TestStaff.signInAs(analyst);
        var refused = problemsOf(() -> workload.saveSettings(new SettingsForm("1", "", "one and a half", "11", "0.7", "-1", "0.5", "1.234", "0.5", "0")));
        assertThat(refused).contains("Enter the weight for child in need")
                .contains("Weight for child protection must be a number, like 1.5")
                .contains("Weight for looked after must be between 0 and 10")
                .contains("Weight for referral must be between 0 and 10")
                .contains("Points added for a child in proceedings must have no more than 2 decimal places")
                .contains("Threshold for a full-time worker must be more than 0 and at most 200");
        assertThat(workload.settings()).as("nothing half-saved").isEqualTo(WorkloadSettings.defaults());

        var before = jdbc.sql("select count(*) from audit_event where detail like 'Workload settings:%'").query(Long.class).single();
        workload.saveSettings(new SettingsForm("1", "1", "2", "1.2", "0.7", "0.5", "0.5", "1", "0.5", "22.5"));
        assertThat(workload.settings().weight(CaseStatus.CHILD_PROTECTION)).isEqualByComparingTo("2");
        assertThat(workload.settings().threshold()).isEqualByComparingTo("22.5");
        var detail = jdbc.sql("select detail from audit_event where detail like 'Workload settings:%' order by id desc limit 1").query(String.class).single();
        assertThat(detail).isEqualTo("Workload settings: child protection 1.5 to 2; threshold 20 to 22.5");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like 'Workload settings:%'").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(workload.settingsForm().childProtection()).isEqualTo("2");
    }

    @Test
    void aChildsComplexityIsJudgedWithAReasonAuditedAgainstTheChildAndKeptAsHistory() {
        var child = child(CaseEventKind.CIN_PLAN_STARTED);
        assertThat(problemsOf(() -> workload.judgeComplexity(child, new ComplexityForm("", " "))))
                .contains("Select how complex the case is").contains("Enter why");
        assertThat(problemsOf(() -> workload.judgeComplexity(child, new ComplexityForm("EXTREME", "Because."))))
                .contains("How complex the case is must be one of the listed options");
        workload.judgeComplexity(child, new ComplexityForm("HIGH", "Parents in dispute over contact."));
        assertThat(load().points()).isEqualByComparingTo("1.5");
        workload.judgeComplexity(child, new ComplexityForm("STANDARD", "Contact settled by the court."));
        assertThat(load().points()).isEqualByComparingTo("1");
        assertThat(workload.complexity(child)).extracting(ComplexityJudgement::level).containsExactly(Complexity.STANDARD, Complexity.HIGH);
        assertThat(workload.complexity(child).getFirst().supersededAt()).isNull();
        assertThat(workload.complexity(child).getLast().supersededAt()).isNotNull();
        assertThat(jdbc.sql("select detail from audit_event where person_id = :p and action = 'UPDATE' and detail like 'Case complexity%' order by id")
                .param("p", child).query(String.class).list())
                .as("the reason typed stays on the judgement, out of the audit log's words")
                .containsExactly("Case complexity for workload: High", "Case complexity for workload: Standard");
    }

    @Test
    void aWorkingPatternIsAShareOfFullTimeAndIsAudited() {
        assertThat(problemsOf(() -> workload.setWorkingPattern(worker.id(), new WorkingPatternForm("1.2"))))
                .contains("Share of full time must be more than 0 and at most 1");
        assertThat(problemsOf(() -> workload.setWorkingPattern(worker.id(), new WorkingPatternForm("three days"))))
                .contains("Share of full time must be a number, like 0.6");
        workload.setWorkingPattern(worker.id(), new WorkingPatternForm("0.6"));
        assertThat(load().fte()).isEqualByComparingTo("0.6");
        assertThat(load().threshold()).isEqualByComparingTo("12");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like :d").param("d", "Working pattern of staff " + worker.id() + ": 1 to 0.6 of full time")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRestrictedChildIsCountedButNeitherNamedNorLinkedForAReaderNotNamedOnIt() throws Exception {
        var open = child(CaseEventKind.CIN_PLAN_STARTED);
        var secret = child(CaseEventKind.CP_PLAN_STARTED);
        var openName = records.visible(open).fullName();
        var secretName = records.visible(secret).fullName();
        records.restrict(secret, "Family member works here", List.of());
        var otherManager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(otherManager);
        var page = workload.worker(worker.id());
        assertThat(page.children()).hasSize(2);
        assertThat(page.hidden()).isEqualTo(1);
        assertThat(page.load().points()).as("the restricted child still weighs").isEqualByComparingTo("2.5");

        mvc.perform(get("/performance/workload/workers/" + worker.id()).with(TestStaff.as(otherManager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(openName)))
                .andExpect(content().string(not(containsString(secretName))))
                .andExpect(content().string(not(containsString("/children/" + secret + "\""))))
                .andExpect(content().string(containsString("1 child with a restricted record is counted in these figures but not shown.")));
        mvc.perform(get("/performance/workload/workers/" + worker.id()).with(TestStaff.as(manager)))
                .andExpect(content().string(containsString(secretName)));
    }

    @Test
    void managersAndAnalystsSeeThePagesAndOnlyAnalystsChangeTheSettings() throws Exception {
        child(CaseEventKind.CP_PLAN_STARTED);
        workload.setWorkingPattern(worker.id(), new WorkingPatternForm("0.05"));
        mvc.perform(get("/performance/workload").with(TestStaff.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/performance/workload/teams/" + team)));
        mvc.perform(get("/performance/workload/teams/" + team).with(TestStaff.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 worker is over their workload threshold")))
                .andExpect(content().string(containsString("Over threshold (150%)")));
        mvc.perform(get("/performance/workload/settings").with(TestStaff.as(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/performance/workload/settings").with(TestStaff.as(analyst))).andExpect(status().isOk());
        mvc.perform(get("/performance/workload").with(TestStaff.as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/performance/workload/workers/" + worker.id() + "/working-pattern").with(TestStaff.as(analyst))).andExpect(status().isOk());
        mvc.perform(get("/performance/workload/workers/" + worker.id() + "/working-pattern").with(TestStaff.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"0.05\"")));
        mvc.perform(get("/performance/workload/workers/" + worker.id() + "/working-pattern").with(TestStaff.as(worker))).andExpect(status().isForbidden());
    }
}
