package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/** A social worker records a looked-after child's health assessment, school and PEP meeting from the care tab, in Chromium. */
class HealthBrowserIT extends BrowserJourney {

    @Autowired
    CareService care;

    long child;

    @BeforeAll
    void start() {
        StaffUser socialWorker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(socialWorker);
        child = records.create(PersonForms.child("Health", "Okonkwo-Price", "12", "7", "2013"));
        care.start(child, new StartForm(DateParts.of(LocalDate.of(2026, 9, 1)), "C2", "U4", "PR1", "Mr and Mrs Doyle", "HA8 7QT", null, null, "false"));
        TestStaff.signOut();
        signIn(socialWorker);
    }

    private void action(String label) {
        page.locator("#care-actions a", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    @Test
    void aHealthAssessmentASchoolAndAPepAreRecordedFromTheCareTab() {
        page.navigate(url("/children/" + child + "/care"));
        Browser.assertAccessible(page);
        assertThat(page.locator("main")).containsText("No health assessments recorded.");

        action("Record a health assessment");
        Browser.assertAccessible(page);
        page.getByLabel("Initial health assessment").check();
        date("assessmentDate", "20", "8", "2026");
        page.getByLabel("Assessor’s name and service").fill("Dr Okafor, children in care health team");
        page.getByLabel("Outcome and health plan").fill("Well; eczema cream; optician referral.");
        press("Save health assessment");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date of the health assessment (20 August 2026) must not be before the day the child became looked after (1 September 2026)");
        Browser.assertAccessible(page);
        assertThat(page.getByLabel("Assessor’s name and service")).hasValue("Dr Okafor, children in care health team");
        assertThat(page.locator("#assessmentDate-day")).hasValue("20");

        date("assessmentDate", "22", "9", "2026");
        press("Save health assessment");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Health assessment recorded");
        assertThat(page.locator("#health-assessments")).containsText("Initial health assessment");
        assertThat(page.locator("#health-assessments")).containsText("Dr Okafor");

        action("Record a school");
        Browser.assertAccessible(page);
        page.getByLabel("School name").fill("Park Academy");
        page.getByLabel("School URN (optional)").fill("137245");
        date("fromDate", "3", "9", "2026");
        press("Save school");
        assertThat(page.locator("#schools")).containsText("Park Academy");

        action("Record a PEP meeting");
        Browser.assertAccessible(page);
        assertThat(page.getByLabel("School", new Page.GetByLabelOptions().setExact(true))).hasValue("Park Academy");
        date("meetingDate", "29", "9", "2026");
        press("Save PEP meeting");
        assertThat(page.locator("#targets-error")).containsText("Enter a description of the targets agreed");
        Browser.assertAccessible(page);
        assertThat(page.locator("#meetingDate-day")).hasValue("29");
        page.getByLabel("Targets agreed").fill("Reading age up a year by July; 1:1 maths tutor funded by the virtual school.");
        press("Save PEP meeting");
        assertThat(page.locator("#peps")).containsText("Reading age up a year");

        // The PEP met the first-PEP clock and started the review; the health assessment started the 12-monthly review.
        page.navigate(url("/children/" + child + "/journey"));
        assertThat(page.locator("main")).containsText("Review health assessment");
        assertThat(page.locator("main")).containsText("Personal education plan review");
    }
}
