package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;

/** A social worker takes a child from the letter before proceedings to the final order, in Chromium. */
class CourtBrowserIT extends BrowserJourney {

    long child;

    @BeforeAll
    void start() {
        StaffUser worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Leo", "Marchetti", "12", "1", "2021"));
        TestStaff.signOut();
        signIn(worker);
    }

    private void follow(String link) {
        page.locator("main a", new Page.LocatorOptions().setHasText(link)).first().click();
    }

    @Test
    void fromTheLetterBeforeProceedingsToTheFinalOrder() {
        page.navigate(url("/children/" + child + "/journey"));
        follow("Court and pre-proceedings");
        Browser.assertAccessible(page);
        follow("Start pre-proceedings");
        date("gatewayDate", "6", "1", "2026");
        date("letterDate", "5", "1", "2026");
        press("Start pre-proceedings");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date of the letter before proceedings (5 January 2026) must not be before the legal gateway meeting (6 January 2026)");
        assertThat(page.locator("#letterDate-day")).hasValue("5");
        date("letterDate", "8", "1", "2026");
        press("Start pre-proceedings");
        assertThat(page.locator(".app-pre-proceedings")).containsText("8 January 2026");
        assertThat(page.locator(".app-pre-proceedings")).containsText("30 April 2026");

        follow("Record a meeting");
        date("meetingDate", "20", "1", "2026");
        page.getByLabel("Yes").check();
        page.getByLabel("What was agreed").fill("Parenting assessment and hair strand testing agreed.");
        press("Save meeting");
        follow("Commission an assessment");
        page.getByLabel("Assessment").selectOption("PARENTING");
        page.getByLabel("Who is assessed").fill("Mother");
        date("commissionedDate", "21", "1", "2026");
        date("dueDate", "20", "3", "2026");
        press("Save assessment");
        assertThat(page.locator(".app-pre-proceedings")).containsText("Parenting assessment: Mother");
        follow("End pre-proceedings with a decision");
        page.getByLabel("Issue care proceedings").check();
        date("endDate", "1", "4", "2026");
        press("Save decision");
        assertThat(page.locator(".app-pre-proceedings")).containsText("Issue care proceedings on 1 April 2026");

        follow("Record an application to court");
        page.getByLabel("Application").selectOption("CARE_ORDER");
        date("issuedDate", "6", "4", "2026");
        page.getByLabel("Court", new Page.GetByLabelOptions().setExact(true)).fill("Northwold Family Court");
        page.getByLabel("Case number").fill("NW26C00777");
        press("Save application");
        assertThat(page.locator(".app-proceedings .app-due-date")).hasText("5 October 2026");

        follow("Record an extension");
        date("grantedDate", "28", "9", "2026");
        page.getByLabel("Weeks of the extension").fill("9");
        page.getByLabel("Why the court extended the timetable").fill("Psychological report delayed.");
        press("Save extension");
        assertThat(page.locator(".govuk-error-summary")).containsText("from 1 to 8");
        page.getByLabel("Weeks of the extension").fill("8");
        press("Save extension");
        assertThat(page.locator(".app-proceedings .app-due-date")).hasText("30 November 2026");

        follow("Record an order");
        page.getByLabel("Proceedings").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("Order", new Page.GetByLabelOptions().setExact(true)).selectOption("CARE_ORDER");
        date("orderDate", "16", "11", "2026");
        press("Save order");
        assertThat(page.locator(".app-proceedings")).containsText("16 November 2026: on time");
        assertThat(page.locator(".app-court-warning")).containsText("Care order made on 16 November 2026, but the child is not looked after");
        Browser.assertAccessible(page);

        page.navigate(url("/work/court"));
        assertThat(page.locator("#proceedings-concluded")).containsText("Leo Marchetti");
        assertThat(page.locator("#pre-proceedings-ended")).containsText("Issue care proceedings");
    }
}
