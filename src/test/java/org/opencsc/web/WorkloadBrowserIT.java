package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AllocationForm;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.workload.WorkloadForms.SettingsForm;
import org.opencsc.workload.WorkloadForms.WorkingPatternForm;
import org.opencsc.workload.WorkloadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An analyst corrects a workload weight; a manager sees a worker over the threshold and follows to their children, in Chromium. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class WorkloadBrowserIT extends BrowserJourney {

    @Autowired
    RecordPartsService parts;
    @Autowired
    WorkloadService workload;
    @Autowired
    JdbcClient jdbc;

    StaffUser manager;
    StaffUser analyst;
    StaffUser stretched;
    StaffUser comfortable;
    long team;
    long firstChild;

    @BeforeAll
    void aTeamWithOneWorkerOverTheThreshold() {
        manager = staff.create(Role.TEAM_MANAGER);
        analyst = staff.create(Role.PERFORMANCE_ANALYST);
        stretched = staff.create(Role.SOCIAL_WORKER);
        comfortable = staff.create(Role.SOCIAL_WORKER);
        team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Protection team ' || :n, 'protection' from authority limit 1 returning id")
                .param("n", System.nanoTime() % 100000).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id in (:ids)").param("team", team)
                .param("ids", List.of(manager.id(), stretched.id(), comfortable.id())).update();
        TestStaff.signInAs(manager);
        for (var given : List.of("Ava", "Ben", "Cara")) {
            var child = child(given, CaseEventKind.CP_PLAN_STARTED, stretched);
            if (firstChild == 0) {
                firstChild = child;
            }
        }
        child("Dev", CaseEventKind.CIN_PLAN_STARTED, comfortable);
        // Three children on CP plans (4.5 points) for a worker on a tenth of full time (a threshold of 2).
        workload.setWorkingPattern(stretched.id(), new WorkingPatternForm("0.1"));
        TestStaff.signOut();
    }

    private long child(String given, CaseEventKind opening, StaffUser worker) {
        var child = records.create(PersonForms.child(given, "Okonkwo-Hale", "6", "6", "2016"));
        records.recordEvent(child, opening, LocalDate.of(2026, 2, 2), "test");
        parts.allocate(child, new AllocationForm(team, worker.id(), DateParts.of(LocalDate.of(2026, 2, 2))));
        return child;
    }

    @AfterAll
    void backToTheDefaultWeights() {
        TestStaff.signInAs(analyst);
        workload.saveSettings(new SettingsForm("1", "1", "1.5", "1.2", "0.7", "0.5", "0.5", "1", "0.5", "20"));
        TestStaff.signOut();
    }

    private void signInAfresh(StaffUser user) {
        if (browser != null) {
            browser.close();
        }
        signIn(user);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void anAnalystChangesAWeightTypingItWronglyFirst() {
        signInAfresh(analyst);
        page.navigate(url("/performance/workload/settings"));
        assertThat(page.getByLabel("Child protection")).hasValue("1.5");
        page.getByLabel("Child protection").fill("1,75");
        press("Save weights and threshold");
        assertThat(page.locator(".govuk-error-summary")).containsText("Weight for child protection must be a number, like 1.5");
        assertThat(page.getByLabel("Child protection")).hasValue("1,75");
        Browser.assertAccessible(page);
        page.locator(".govuk-error-summary a").click();
        page.keyboard().press("Control+A");
        page.keyboard().type("1.75");
        press("Save weights and threshold");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Workload weights and threshold saved");
        assertThat(page.getByLabel("Child protection")).hasValue("1.75");
        page.navigate(url("/performance/workload/teams/" + team));
        assertThat(page.locator("#worker-" + stretched.id())).containsText("5.25");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aManagerSeesAWorkerOverTheThresholdAndFollowsToTheirChildren() {
        signInAfresh(manager);
        page.navigate(url("/performance/workload"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(jdbc.sql("select name from team where id = :id").param("id", team)
                .query(String.class).single())).click();
        assertThat(page.locator("#over-threshold-warning")).containsText("1 worker is over their workload threshold");
        assertThat(page.locator("#worker-" + stretched.id())).containsText("Over threshold");
        assertThat(page.locator("#worker-" + stretched.id())).containsText("2 (0.1 FTE)");
        assertThat(page.locator("#worker-" + comfortable.id())).containsText("Within threshold");
        Browser.assertAccessible(page);

        page.locator("#worker-" + stretched.id() + " a").click();
        assertThat(page.locator("#over-threshold-warning")).containsText("over the threshold of 2 for their hours");
        assertThat(page.locator("#worker-children tbody tr")).hasCount(3);
        assertThat(page.locator("#worker-children")).containsText("Cara Okonkwo-Hale");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Okonkwo-Hale")).click();
        assertThat(page.locator(".app-record-header")).containsText("Ava Okonkwo-Hale");
        assertThat(page.locator(".app-record-header")).containsText("Child protection");

        page.navigate(url("/children/" + firstChild + "/involvements"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case complexity for workload")).click();
        press("Save complexity");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select how complex the case is");
        page.getByLabel("High").check();
        page.getByLabel("Why").fill("Mother and father in separate proceedings in two courts.");
        press("Save complexity");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Case complexity saved");
        page.navigate(url("/performance/workload/workers/" + stretched.id()));
        assertThat(page.locator("#worker-children")).containsText("High");
    }
}
