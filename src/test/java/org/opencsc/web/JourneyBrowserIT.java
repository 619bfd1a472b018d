package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;

/** A social worker takes a child from contact to a CP plan and its first review conference, in Chromium. */
class JourneyBrowserIT extends BrowserJourney {


    StaffUser socialWorker;
    long child;

    @BeforeAll
    void start() {
        socialWorker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(socialWorker);
        child = records.create(PersonForms.child("Journey", "Okonkwo-Brant", "3", "3", "2016"));
        TestStaff.signOut();
        signIn(socialWorker);
    }

    private void step(String startOfLabel) {
        page.locator("#next-steps a", new Page.LocatorOptions().setHasText(startOfLabel)).first().click();
    }

    @Test
    void fromContactToTheFirstReviewConference() {
        page.navigate(url("/children/" + child + "/journey"));
        Browser.assertAccessible(page);
        step("Record a contact");
        Browser.assertAccessible(page);
        date("contactDate", "1", "9", "2026");
        page.getByLabel("Source of the contact").selectOption("2A");
        page.getByLabel("Reason for the contact").fill("School saw bruising on the child's arm.");
        press("Save contact");
        assertThat(page.locator("#due-dates")).containsText("MASH+ decision");

        step("Record the MASH+ decision");
        Browser.assertAccessible(page);
        date("decisionDate", "2", "9", "2026");
        page.getByLabel("Referral and strategy discussion").check();
        page.getByLabel("Primary need").selectOption("N1");
        page.getByLabel("Reason for the decision").fill("Possible physical abuse: police and health agree a strategy discussion is needed.");
        press("Save decision");
        assertThat(page.locator("#due-dates")).containsText("Assessment authorised");
        assertThat(page.locator(".app-record-header")).containsText("Referral");

        step("Record a strategy discussion");
        date("discussionDate", "3", "9", "2026");
        page.getByLabel("Who took part").fill("DS Patel (police), Dr Young (health), A. Social Worker");
        page.getByLabel("Start a section 47 enquiry").check();
        date("s47StartDate", "3", "9", "2026");
        page.getByLabel("Reasons for the decision").fill("Injury unexplained; sibling previously on a plan.");
        press("Save strategy discussion");
        // 15 working days from Thursday 3 September 2026.
        assertThat(page.locator("#due-dates")).containsText("Initial child protection conference");
        assertThat(page.locator("#due-dates")).containsText(java.util.regex.Pattern.compile("Thu 24 Sept? 2026"));

        step("Record the initial child protection conference");
        Browser.assertAccessible(page);
        date("conferenceDate", "2", "9", "2026");
        page.getByLabel("Chair").fill("R. Mensah");
        page.getByLabel("Child protection plan", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Category of abuse").selectOption("PHY");
        press("Save conference");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date of the conference (2 September 2026) must not be before the strategy discussion (3 September 2026)");
        Browser.assertAccessible(page);
        assertThat(page.getByLabel("Chair")).hasValue("R. Mensah");

        date("conferenceDate", "22", "9", "2026");
        press("Save conference");
        assertThat(page.locator(".app-record-header")).containsText("Child protection");
        assertThat(page.locator("#due-dates")).containsText("First review conference");
        assertThat(page.locator("#due-dates")).containsText("Tue 22 Dec 2026");
        assertThat(page.locator("#due-dates")).containsText("First core group");

        step("Record a core group meeting");
        date("meetingDate", "2", "10", "2026");
        page.getByLabel("Who took part").fill("Mother, school, health visitor");
        page.getByLabel("Progress against the plan").fill("Safety plan agreed.");
        press("Save core group");

        step("Record a child protection visit");
        date("visitDate", "5", "10", "2026");
        page.locator("#childSeen").check();
        page.locator("#seenAlone").check();
        page.getByLabel("What you saw and heard").fill("Seen alone in her room; said she feels safe.");
        press("Save visit");
        assertThat(page.locator("#timeline")).containsText("Child protection visit: child seen");

        step("Record a review conference");
        Browser.assertAccessible(page);
        date("conferenceDate", "20", "11", "2026");
        page.getByLabel("Chair").fill("R. Mensah");
        page.getByLabel("Continue the plan").check();
        press("Save review conference");
        assertThat(page.locator("#due-dates")).containsText("Review conference");
        // Six months from 20 November 2026.
        assertThat(page.locator("#due-dates")).containsText("Thu 20 May 2027");
        assertThat(page.locator("#due-dates")).not().containsText("First review conference");
        assertThat(page.locator("#timeline")).containsText("Review child protection conference held");
    }
}
