package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;

/** A manager audits a child's case in Chromium, corrects what the page refused, finalises; a second auditor moderates it. */
class CaseAuditBrowserIT extends BrowserJourney {

    StaffUser manager;
    StaffUser auditor;
    long child;

    @BeforeAll
    void start() {
        manager = staff.create(Role.TEAM_MANAGER);
        auditor = staff.create(Role.AUDITOR);
        TestStaff.signInAs(manager);
        child = records.create(PersonForms.child("Kayden", "Oyelaran-Price", "14", "6", "2015"));
        TestStaff.signOut();
    }

    private static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void aManagerAuditsACaseCorrectsARefusedFinaliseAndASecondAuditorModeratesIt() {
        signIn(manager);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case audits")).click();
        assertThat(page.locator("main")).containsText("This case has not been audited.");
        press("Start a case audit");
        assertThat(page.locator("h1")).containsText("Case audit");
        Browser.assertAccessible(page);

        var grades = page.locator("select[id$='.grade']");
        for (int i = 0; i < grades.count(); i++) {
            grades.nth(i).selectOption("GOOD");
        }
        page.locator("[id='answers[1].grade']").selectOption("INADEQUATE");
        page.getByLabel("Strengths", exactly()).fill("Kayden is seen alone and his wishes are written in his words.");
        press("Save draft");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Draft saved");
        assertThat(page.getByLabel("Strengths", exactly())).hasValue("Kayden is seen alone and his wishes are written in his words.");

        page.getByLabel("Overall grade").selectOption("REQUIRES_IMPROVEMENT");
        page.getByLabel("Areas for improvement").fill("The plan has no dates; oversight is not recorded.");
        page.getByLabel("Actions for the worker and manager").fill("Manager to add owners and dates to the plan by 14 December.");
        page.getByLabel("Neglect", exactly()).check();
        press("Finalise audit");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Enter a comment on question 2 (Voice of the child): a grade below good needs its reason");
        Browser.assertAccessible(page);
        assertThat(page.getByLabel("Areas for improvement")).hasValue("The plan has no dates; oversight is not recorded.");
        assertThat(page.getByLabel("Neglect", exactly())).isChecked();
        page.locator(".govuk-error-summary a").first().click();
        page.locator("[id='answers[1].comment']").fill("His lived experience is not in the assessment or the plan.");
        press("Finalise audit");

        assertThat(page.locator(".govuk-notification-banner")).containsText("Audit finalised");
        assertThat(page.locator("#grade-counted")).hasText("Requires improvement");
        assertThat(page.locator("#moderate-link")).hasCount(0);
        assertThat(page.locator("main")).containsText("His lived experience is not in the assessment or the plan.");
        var auditPage = page.url();
        browser.close();

        signIn(auditor);
        page.navigate(auditPage);
        page.locator("#moderate-link").click();
        Browser.assertAccessible(page);
        page.getByLabel("No", exactly()).check();
        page.getByLabel("Moderated grade", exactly()).selectOption("INADEQUATE");
        press("Save moderation");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a reason for the moderated grade");
        assertThat(page.getByLabel("Moderated grade", exactly())).hasValue("INADEQUATE");
        page.getByLabel("Reason for the moderated grade").fill("No visit for ten weeks: the child is not safe enough to call this requiring improvement.");
        press("Save moderation");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Moderation recorded");
        assertThat(page.locator("#grade-counted")).hasText("Inadequate");
        assertThat(page.locator("#audit-summary")).containsText("Moderated: grade changed by Test Auditor");
    }
}
