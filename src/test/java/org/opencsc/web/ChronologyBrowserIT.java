package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/** A worker reads, filters and adds to a child's chronology; a head of service downloads the subject access export, in Chromium. */
class ChronologyBrowserIT extends BrowserJourney {

    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    RecordPartsService parts;

    StaffUser worker;
    StaffUser headOfService;
    long child;

    @BeforeAll
    void aChildWithAContactAndAReferral() {
        worker = staff.create(Role.SOCIAL_WORKER);
        headOfService = staff.create(Role.HEAD_OF_SERVICE);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Lena", "Marsh-Okoye", "12", "6", "2015"));
        parts.addRelationship(child, new RecordPartsService.RelationshipForm("MOTHER", null, "Grace", "Marsh", DateParts.of(LocalDate.of(1990, 1, 1)),
                "FAMILY_MEMBER", true, DateParts.EMPTY));
        var contact = frontDoor.recordContact(child, new ContactForm(DateParts.of(LocalDate.of(2025, 1, 6)), "2A", "School: bruising on arm."));
        frontDoor.decide(child, contact, new DecisionForm(DateParts.of(LocalDate.of(2025, 1, 7)), "REFERRAL", "Threshold met.", "N1"));
        records.recordEvent(child, org.opencsc.child.CaseEventKind.DENTAL_CHECK, LocalDate.of(2025, 3, 1), "dental_check");
        TestStaff.signOut();
    }

    @Test
    void aWorkerFiltersTheChronologyAndAddsAnEventThenAHeadOfServiceDownloadsTheSubjectAccessExport() throws Exception {
        signIn(worker);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chronology")).click();
        assertThat(page.locator("#chronology")).containsText("Contact received");
        assertThat(page.locator("#chronology")).containsText("From Schools; MASH+ decision on 7 Jan 2025: Referral to children's social care");
        Browser.assertAccessible(page);

        page.locator(".govuk-details__summary").click();
        page.getByLabel("Contacts, referrals and case closure").check();
        date("from", "1", "1", "2025");
        date("to", "31", "1", "2025");
        press("Apply filter");
        assertThat(page.locator("#chronology-count")).containsText("2 of 3 events shown");
        assertThat(page.locator("#chronology")).containsText("Referral received");
        assertThat(page.locator("#chronology")).not().containsText("Dental check");

        page.locator("#chronology-actions a", new Page.LocatorOptions().setHasText("Add a significant event")).click();
        date("eventDate", "20", "11", "2024");
        page.getByLabel("Category").selectOption("FAMILY");
        page.getByLabel("Impact on the child").fill("Lost the adult she spent weekends with.");
        page.getByLabel("Source of the information").fill("Mother");
        press("Add significant event");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what happened");
        assertThat(page.getByLabel("Source of the information")).hasValue("Mother");
        Browser.assertAccessible(page);
        page.getByLabel("What happened").fill("Maternal grandmother died.");
        press("Add significant event");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Significant event added");
        assertThat(page.locator("#chronology")).containsText("Maternal grandmother died.");
        assertThat(page.locator("#chronology")).containsText("Added by hand");
        browser.close();

        signIn(headOfService);
        page.navigate(url("/children/" + child + "/chronology"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subject access request: export the full record")).click();
        Browser.assertAccessible(page);
        var download = page.waitForDownload(() -> page.locator("#export-link").click());
        assertThat(download.suggestedFilename()).startsWith("subject-access-").endsWith(".html");
        var export = Files.readString(download.path());
        assertThat(export).contains("OFFICIAL-SENSITIVE", "Lena Marsh-Okoye", "Maternal grandmother died.", "[Redact: third party: mother]",
                "Grace Marsh");
    }
}
