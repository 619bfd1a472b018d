package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A team manager finds a child whose oversight is late and records it, mending one mistake on the way, in Chromium. */
class OversightBrowserIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordPartsService parts;

    long child;
    LocalDate today = LocalDate.now();

    @BeforeAll
    void start() {
        StaffUser manager = staff.create(Role.TEAM_MANAGER);
        var team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Oversight journey team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id = :id").param("team", team).param("id", manager.id()).update();
        TestStaff.signInAs(manager);
        child = records.create(PersonForms.child("Kacey", "Brennan-Oduya", "9", "9", "2015"));
        parts.allocate(child, new AllocationForm(team, null, DateParts.of(today.minusDays(120))));
        records.recordEvent(child, CaseEventKind.REFERRAL_RECEIVED, today.minusDays(100), "test");
        TestStaff.signOut();
        signIn(manager);
    }

    @Test
    void aManagerFindsAChildWhoseOversightIsLateAndRecordsIt() {
        page.navigate(url("/performance/oversight"));
        Browser.assertAccessible(page);
        assertThat(page.locator("#late-total")).containsText("1 child with oversight late in the team");
        page.locator("#late-oversight a", new Page.LocatorOptions().setHasText("Kacey Brennan-Oduya")).click();
        assertThat(page.locator("#oversight-due")).containsText("Late");

        page.locator("#record-oversight-link").click();
        page.getByLabel("Management oversight").check();
        date("heldOn", String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
        page.getByLabel("What was considered").fill("Neglect: home conditions and school attendance since the referral.");
        page.getByLabel("Decisions").fill("Assessment to finish this week; consider a child in need plan.");
        page.getByLabel("Partly progressing").check();
        page.getByLabel("What is to be done (action 1)").fill("See Kacey alone at school");
        var due = today.plusDays(7);
        date("dueBy1", String.valueOf(due.getDayOfMonth()), String.valueOf(due.getMonthValue()), String.valueOf(due.getYear()));
        press("Save oversight");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter who will do it (action 1)");
        Browser.assertAccessible(page);
        assertThat(page.getByLabel("Decisions")).hasValue("Assessment to finish this week; consider a child in need plan.");

        page.getByLabel("Who will do it (action 1)").fill("Allocated social worker");
        press("Save oversight");
        assertThat(page.locator("#oversight-entries")).containsText("Management oversight");
        assertThat(page.locator("#oversight-entries")).containsText("Partly progressing");
        assertThat(page.locator("#oversight-entries")).containsText("See Kacey alone at school (Allocated social worker");
        assertThat(page.locator("#oversight-due")).containsText("On time");
        Browser.assertAccessible(page);

        page.navigate(url("/performance/oversight"));
        assertThat(page.locator("#late-total")).containsText("0 children with oversight late in the team");
        page.navigate(url("/performance/drift"));
        Browser.assertAccessible(page);
        assertThat(page.locator("#drift-definitions")).containsText("The latest management oversight or supervision entry recorded that the plan is not progressing.");
    }
}
