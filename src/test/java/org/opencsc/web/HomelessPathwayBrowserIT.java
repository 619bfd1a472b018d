package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;

/**
 * A 17-year-old presents to housing, is referred to children's services, stays in supported
 * lodgings that night, is assessed jointly, advised, accepts section 20 and becomes looked after:
 * the whole pathway in Chromium, from the journey tab to the care record.
 */
class HomelessPathwayBrowserIT extends BrowserJourney {

    long youngPerson;

    @BeforeAll
    void start() {
        StaffUser worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        youngPerson = records.create(PersonForms.child("Tyler", "Brennan-Okafor", "3", "1", "2009"));
        TestStaff.signOut();
        signIn(worker);
    }

    private void step(String link) {
        page.locator("#pathway-steps a", new Page.LocatorOptions().setHasText(link)).click();
    }

    @Test
    void aWholePathwayFromPresentingToHousingToBecomingLookedAfter() {
        page.navigate(url("/children/" + youngPerson + "/journey"));
        page.locator("#next-steps a", new Page.LocatorOptions().setHasText("Homeless pathway")).click();
        assertThat(page.locator("main")).containsText("The young person has not presented as homeless.");
        page.locator("#present-link").click();

        date("presentedDate", "2", "11", "2026");
        page.getByLabel("Time presented").fill("15:20");
        page.getByLabel("The housing service").check();
        page.getByLabel("Housing officer or authority who referred").fill("Northwold housing options: J. Patel");
        date("referredDate", "30", "10", "2026");
        page.locator("#emergencyNeeded").check();
        page.getByLabel("Where the young person stayed that night").selectOption("SUPPORTED_LODGINGS");
        date("emergencyDate", "2", "11", "2026");
        press("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date referred to children's services (30 October 2026) must not be before the day the young person presented (2 November 2026)");
        assertThat(page.getByLabel("Time presented")).hasValue("15:20");
        Browser.assertAccessible(page);
        date("referredDate", "2", "11", "2026");
        press("Save");

        assertThat(page.locator(".govuk-notification-banner")).containsText("Homeless pathway started");
        assertThat(page.locator("#pathway-timeline")).containsText("Mon 16 Nov 2026");
        assertThat(page.locator("#pathway-presentation")).containsText("Supported lodgings from 2 November 2026");

        step("joint assessment");
        date("seenDate", "2", "11", "2026");
        date("assessmentStarted", "3", "11", "2026");
        page.getByLabel("Lead worker").fill("S. Okoro");
        page.getByLabel("Housing officer").fill("J. Patel");
        press("Save");
        assertThat(page.locator("#pathway-assessment")).containsText("3 November 2026, led by S. Okoro with J. Patel (housing)");

        step("independent advice");
        date("adviceDate", "4", "11", "2026");
        page.getByLabel("Who gave the independent advice").fill("Children's rights advocate");
        page.getByLabel("Accepted section 20 accommodation").check();
        date("decisionDate", "5", "11", "2026");
        press("Save");

        step("outcome");
        date("assessmentCompleted", "12", "11", "2026");
        page.getByLabel("Accommodated under section 20: looked after").check();
        press("Save");
        assertThat(page.locator("#pathway-outcome")).containsText("Accommodated under section 20");
        assertThat(page.locator("#assessment-standing")).hasText("Completed on time");
        assertThat(page.locator("#looked-after")).containsText("no period of care has started");

        page.locator("#start-care-link").click();
        assertThat(page.locator("#startDate-day")).hasValue("5");
        assertThat(page.getByLabel("Legal status")).hasValue("V2");
        page.getByLabel("Placement type").selectOption("U4");
        page.getByLabel("Placement provider").selectOption("PR1");
        page.getByLabel("Carer or setting").fill("Mr and Mrs Ahmed");
        press("Save");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The child is now looked after");

        page.navigate(url("/children/" + youngPerson + "/homeless-pathways"));
        page.locator("#homeless-pathways a").first().click();
        assertThat(page.locator("#looked-after")).containsText("became looked after on 5 November 2026");
        Browser.assertAccessible(page);
    }
}
