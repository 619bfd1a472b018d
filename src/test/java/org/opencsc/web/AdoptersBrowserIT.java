package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;

/**
 * An adoption worker records a couple's enquiry, stage one from the registration of interest to
 * the decision to proceed, the application that starts stage two, then the panel and approval:
 * first with the decision before the panel, refused, then corrected, in Chromium.
 */
class AdoptersBrowserIT extends BrowserJourney {

    @BeforeAll
    void start() {
        StaffUser worker = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        signIn(worker);
    }

    private void action(String text) {
        page.locator("#family-actions a", new Page.LocatorOptions().setHasText(text)).click();
        Browser.assertAccessible(page);
    }

    @Test
    void aCoupleGoesFromEnquiryToApproval() {
        page.navigate(url("/"));
        page.locator(".govuk-service-navigation__link", new Page.LocatorOptions().setHasText("Adopters")).click();
        Browser.assertAccessible(page);
        page.locator("#adopters-actions a", new Page.LocatorOptions().setHasText("Record an enquiry")).click();
        Browser.assertAccessible(page);
        date("enquiryDate", "5", "1", "2026");
        page.getByLabel("First adopter’s given name").fill("Funmi");
        page.getByLabel("First adopter’s family name").fill("Adeyemi");
        page.locator("#firstSex-2").check();
        page.getByLabel("First adopter’s ethnicity").selectOption("BAFR");
        page.locator("#firstDisability-2").check();
        page.getByLabel("Second adopter’s given name").fill("Tunde");
        page.getByLabel("Second adopter’s family name").fill("Adeyemi");
        page.locator("#secondSex").check();
        page.getByLabel("Second adopter’s ethnicity").selectOption("BAFR");
        page.locator("#secondDisability-2").check();
        press("Save enquiry");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Enquiry recorded");
        assertThat(page.locator("h1")).hasText("Adeyemi family");
        assertThat(page.locator("#stage")).hasText("Enquiry");
        assertThat(page.locator("#family-summary")).containsText("Tunde Adeyemi: Male, African");

        action("Registration of interest accepted");
        date("date", "12", "1", "2026");
        press("Start stage one");
        assertThat(page.locator("#stage")).hasText("Stage one");
        assertThat(page.locator("#stage-one-clock")).containsText("due by 12 March 2026");

        action("Decision to proceed to stage two");
        date("date", "2", "3", "2026");
        press("Save decision");
        assertThat(page.locator("#stage-one-clock")).containsText("Ended in time");

        action("Application received");
        date("date", "16", "3", "2026");
        press("Start stage two");
        assertThat(page.locator("#stage-two-clock")).containsText("due by 16 July 2026");

        action("Panel and approval");
        date("panelDate", "2", "7", "2026");
        date("decisionDate", "30", "6", "2026");
        press("Save approval");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date of the agency decision maker’s approval (30 June 2026) must not be before the adoption panel (2 July 2026)");
        assertThat(page.locator("#decisionDate-error")).containsText("must not be before the adoption panel");
        assertThat(page.locator("#panelDate-day")).hasValue("2");
        Browser.assertAccessible(page);
        date("decisionDate", "10", "7", "2026");
        press("Save approval");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Approval recorded");
        assertThat(page.locator("#stage")).hasText("Approved, waiting for a match");
        assertThat(page.locator("#stage-two-clock")).containsText("Ended in time");
        assertThat(page.locator("#journey")).containsText("Approved by the agency decision maker");
        var family = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.locator(".govuk-back-link").click();
        assertThat(page.locator("#waiting a[href$='/adopters/" + family + "']")).hasText("Adeyemi family");
        page.getByLabel("Stage").selectOption("APPROVED");
        press("Show");
        assertThat(page.locator("#families")).containsText("Adeyemi family");
        Browser.assertAccessible(page);
    }
}
