package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/** A personal adviser's work with a young person who left care at 18, in Chromium. */
class LeavingCareBrowserIT extends BrowserJourney {

    @Autowired
    CareService care;

    long youngPerson;

    @BeforeAll
    void start() {
        StaffUser worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        youngPerson = records.create(PersonForms.child("Amira", "Haddad-Jones", "20", "3", "2008"));
        var period = care.start(youngPerson, new StartForm(DateParts.of(LocalDate.of(2023, 6, 5)), "C2", "U4", "PR1", "Mr and Mrs Kaur", null, null, null,
                "false"));
        care.end(youngPerson, period, new EndForm(DateParts.of(LocalDate.of(2026, 3, 20)), "E17"));
        TestStaff.signOut();
        signIn(worker);
    }

    @Test
    void supportPathwayPlanAndTheEighteenthBirthdayContact() {
        page.navigate(url("/children/" + youngPerson + "/care"));
        page.locator("#leaving-care-link").click();
        Browser.assertAccessible(page);
        assertThat(page.locator("#care-leaver")).containsText("Former relevant");
        assertThat(page.locator("#care-leaver")).containsText("20 March 2024");
        assertThat(page.locator("#birthday-contacts")).containsText("18th: 20 Mar 2026");

        page.locator("#leaving-care-actions a", new Page.LocatorOptions().setHasText("Start leaving care support")).click();
        date("startDate", "20", "3", "2026");
        page.getByLabel("Personal adviser").fill("P. Okafor");
        press("Start support");
        assertThat(page.locator("#care-leaver")).containsText("P. Okafor");
        assertThat(page.locator(".app-record-header")).containsText("Care leaver");

        page.locator("#leaving-care-actions a", new Page.LocatorOptions().setHasText("Record a birthday contact")).click();
        page.getByLabel("Birthday").selectOption("18");
        date("contactDate", "25", "3", "2026");
        page.getByLabel("In touch").selectOption("NO");
        page.getByLabel("Activity").selectOption("F2");
        page.getByLabel("Accommodation").selectOption("0");
        press("Save contact");
        assertThat(page.locator(".govuk-error-summary")).containsText("The young person is not in touch: the activity is 0 (not known)");
        Browser.assertAccessible(page);
        page.getByLabel("In touch").selectOption("YES");
        page.getByLabel("Accommodation").selectOption("Z1");
        press("Save contact");
        assertThat(page.locator("#birthday-contacts")).containsText("Recorded");
        assertThat(page.locator("#birthday-contacts")).containsText("With former foster carers (staying put): suitable");

        page.locator("#leaving-care-actions a", new Page.LocatorOptions().setHasText("Record a pathway plan")).click();
        date("planDate", "15", "4", "2026");
        page.getByLabel("What the plan says").fill("Staying put; college course in September.");
        press("Save pathway plan");
        assertThat(page.locator("#pathway-plans")).containsText("15 April 2026");
        page.navigate(url("/children/" + youngPerson + "/journey"));
        assertThat(page.locator("#due-dates")).containsText("Pathway plan review");
        assertThat(page.locator("#due-dates")).containsText("Thu 15 Oct 2026");
    }
}
