package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;

/** A social worker records a child coming into care, a move, a review, a visit and a missing episode, in Chromium. */
class CareBrowserIT extends BrowserJourney {


    long child;

    @BeforeAll
    void start() {
        StaffUser socialWorker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(socialWorker);
        child = records.create(PersonForms.child("Care", "Ashworth-Lee", "9", "5", "2013"));
        TestStaff.signOut();
        signIn(socialWorker);
    }

    private void action(String label) {
        page.locator("#care-actions a", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    @Test
    void aLookedAfterChildsCareIsRecordedAndItsDueDatesFollow() {
        page.navigate(url("/children/" + child + "/care"));
        Browser.assertAccessible(page);
        assertThat(page.locator("#care-status")).containsText("not looked after");

        action("The child becomes looked after");
        Browser.assertAccessible(page);
        date("startDate", "5", "10", "2026");
        page.getByLabel("Legal status").selectOption("C2");
        page.getByLabel("Placement type").selectOption("A6");
        page.getByLabel("Placement provider").selectOption("PR1");
        page.getByLabel("Carer or setting").fill("Mr and Mrs Lee");
        page.getByLabel("Postcode of the placement (optional)").fill("nw3 2bb");
        press("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "A child placed for adoption with a placement order (A6) from 5 October 2026 needs the legal status E1 (placement order granted) or D1, not C2");
        Browser.assertAccessible(page);
        assertThat(page.getByLabel("Carer or setting")).hasValue("Mr and Mrs Lee");

        page.getByLabel("Placement type").selectOption("U6");
        press("Save");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The child is now looked after");
        assertThat(page.locator("#care-status")).containsText("C2: Full care order");
        assertThat(page.locator(".app-record-header")).containsText("Looked after");
        assertThat(page.locator("table[id^=episodes-]")).containsText("S");

        action("Move to a new placement");
        Browser.assertAccessible(page);
        date("moveDate", "16", "11", "2026");
        page.getByLabel("Why the placement ended").selectOption("CREQB");
        page.getByLabel("Placement type").selectOption("K2");
        page.getByLabel("Placement provider").selectOption("PR4");
        page.getByLabel("Carer or setting").fill("Oak House");
        press("Save move");
        assertThat(page.locator("#urn-error")).containsText("Enter the Ofsted unique reference number (URN)");
        page.getByLabel("Ofsted unique reference number (URN)").fill("SC654321");
        press("Save move");
        assertThat(page.locator("table[id^=placements-]")).containsText("Unplanned");
        assertThat(page.locator("table[id^=placements-]")).containsText("Disruption meeting needed");
        assertThat(page.locator("#placements-in-year")).containsText("2");

        page.locator("table[id^=placements-] a", new Page.LocatorOptions().setHasText("Record the disruption meeting")).click();
        Browser.assertAccessible(page);
        date("meetingDate", "12", "11", "2026");
        page.getByLabel("Who took part").fill("Foster carers, social worker, IRO");
        page.getByLabel("What was learned").fill("Carers needed respite earlier; the home was told about the triggers.");
        press("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date of the meeting (12 November 2026) must not be before the end of the placement (16 November 2026)");
        date("meetingDate", "23", "11", "2026");
        press("Save");
        assertThat(page.locator("table[id^=placements-]")).containsText("Disruption meeting 23 Nov 2026: Carers needed respite earlier");

        action("Record a looked-after review");
        Browser.assertAccessible(page);
        date("reviewDate", "30", "10", "2026");
        page.getByLabel("Independent reviewing officer").fill("J. Whitfield");
        page.getByLabel("How the child took part").selectOption("PN1");
        page.getByLabel("The IRO’s recommendations").fill("Keep contact with her brother fortnightly.");
        press("Save review");
        assertThat(page.locator("table[id^=reviews-]")).containsText("J. Whitfield");

        action("Record a statutory visit");
        date("visitDate", "19", "11", "2026");
        page.locator("#childSeen").check();
        page.locator("#seenAlone").check();
        page.getByLabel("What you saw and heard").fill("Settling in; has her own room.");
        press("Save visit");
        // Second review: 3 months after the first; next visit: 6 weeks after this one.
        assertThat(page.locator("#due-dates")).containsText("Review of a looked-after child");
        assertThat(page.locator("#due-dates")).containsText("Sat 30 Jan 2027");
        assertThat(page.locator("#due-dates")).containsText("Statutory visit to a looked-after child");
        assertThat(page.locator("#due-dates")).containsText("Thu 31 Dec 2026");

        page.navigate(url("/children/" + child + "/care"));
        action("Record a missing or away episode");
        Browser.assertAccessible(page);
        page.getByLabel("Missing: whereabouts not known").check();
        date("missingDate", "20", "11", "2026");
        page.getByLabel("Time the child went missing").fill("9pm");
        date("returnedDate", "21", "11", "2026");
        page.getByLabel("Time the child came back").fill("07:30");
        page.locator("#reportedToPolice").check();
        press("Save");
        assertThat(page.locator("#missingTime-error")).containsText("must be a time on the 24-hour clock");
        page.getByLabel("Time the child went missing").fill("21:00");
        press("Save");
        assertThat(page.locator("#missing-episodes")).containsText("Interview overdue");
        assertThat(page.locator("#missing-episodes")).containsText("24 Nov 2026, 07:30");

        page.locator("#missing-episodes a", new Page.LocatorOptions().setHasText("Record the interview")).click();
        Browser.assertAccessible(page);
        date("offeredDate", "21", "11", "2026");
        page.getByLabel("Time the interview was offered").fill("10:00");
        page.locator("#accepted").check();
        date("completedDate", "24", "11", "2026");
        page.getByLabel("Time the interview was done").fill("07:30");
        page.getByLabel("Who did the interview").fill("A. Rahman (independent)");
        page.getByLabel("What the child said and what happens next").fill("Went to a party; agreed to call her carer.");
        press("Save interview");
        assertThat(page.locator("#missing-episodes")).containsText("Interview within 72 hours");
    }
}
