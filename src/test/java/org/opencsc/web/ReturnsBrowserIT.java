package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.LaChildId;
import org.opencsc.child.PersonForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The performance team checks the CIN census in the browser, finds the child whose record breaks
 * a DfE rule, follows the link to that record, downloads the failures, then produces the return.
 */
class ReturnsBrowserIT extends BrowserJourney {

    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    JdbcClient jdbc;

    StaffUser analyst;
    long child;
    long restricted;
    String reference;

    @BeforeAll
    void aChildReferredWithNoEthnicityRecorded() {
        var worker = staff.create(Role.SOCIAL_WORKER);
        analyst = staff.create(Role.PERFORMANCE_ANALYST);
        TestStaff.signInAs(worker);
        child = records.create(new PersonForm("CHILD", null, "Returned", null, "Unrecorded", new DateParts("3", "3", "2015"),
                DateParts.EMPTY, "M", null, null, null, null, "UN2", null, "English", null, null, false, List.of("NONE"), null));
        var day = DateParts.of(LocalDate.of(2025, 6, 2));
        var contact = frontDoor.recordContact(child, new ContactForm(day, "6", "School worried about bruising."));
        frontDoor.decide(child, contact, new DecisionForm(day, "REFERRAL", "Threshold met.", "N1"));
        restricted = records.create(new PersonForm("CHILD", null, "Hidden", null, "Unrecorded", new DateParts("4", "4", "2015"),
                DateParts.EMPTY, "F", null, null, null, null, "UN2", null, "English", null, null, false, List.of("NONE"), null));
        var restrictedContact = frontDoor.recordContact(restricted, new ContactForm(day, "6", "Police report."));
        frontDoor.decide(restricted, restrictedContact, new DecisionForm(day, "REFERRAL", "Threshold met.", "N1"));
        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        records.restrict(restricted, "Child of a member of staff", List.of());
        TestStaff.signOut();
        reference = LaChildId.forRecord(child);
    }

    @Test
    void aRuleFailureIsFoundListedWithItsChildAndPutRightFromTheLink() {
        signIn(analyst);
        page.navigate(url("/performance/returns"));
        Browser.assertAccessible(page);

        press("Start");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select a return");
        Browser.assertAccessible(page);

        page.getByLabel("CIN census").check();
        page.getByLabel("Collection year").selectOption("2026");
        page.getByLabel("Check against the DfE rules").check();
        press("Start");
        var outcome = page.locator("#outcome");
        outcome.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(page.locator("h1")).hasText("CIN census 2025/26");
        Browser.assertAccessible(page);

        page.getByLabel("Child (LA child ID)").fill(reference);
        press("Show these");
        var row = page.locator("#failures tbody tr").filter(new Locator.FilterOptions().setHasText("4220"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Ethnicity is missing or invalid");
        assertThat(row).containsText("Error");
        assertThat(row).containsText(reference);

        var csv = page.request().get(page.locator("#failures-csv").getAttribute("href").startsWith("http")
                ? page.locator("#failures-csv").getAttribute("href") : url(page.locator("#failures-csv").getAttribute("href")));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("Return,Rule,Type,Child,Record,Message,Link")
                .contains("cin-census,4220,Error," + reference + ",Child's details,Ethnicity is missing or invalid (see Ethnicity table),/children/" + child);

        assertThat(csv.text()).doesNotContain(LaChildId.forRecord(restricted)).doesNotContain("/children/" + restricted + "\n")
                .contains("cin-census,4220,Error,Restricted record,Restricted record,");

        page.getByLabel("Child (LA child ID)").fill(LaChildId.forRecord(restricted));
        press("Show these");
        assertThat(page.locator("#failures")).hasCount(0);
        page.getByLabel("Child (LA child ID)").fill("");
        page.getByLabel("Rule code").fill("4220");
        press("Show these");
        assertThat(page.locator("#failures tbody tr").filter(new Locator.FilterOptions().setHasText("Restricted record")).first())
                .not().containsText(LaChildId.forRecord(restricted));
        assertThat(page.locator("#failures")).not().containsText(LaChildId.forRecord(restricted));

        page.getByLabel("Rule code").fill("");
        page.getByLabel("Child (LA child ID)").fill(reference);
        press("Show these");
        row.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(url("/children/" + child));
    }

    @Test
    void theReturnIsProducedAndItsFileDownloadedAndTheExportIsAudited() {
        signIn(analyst);
        page.navigate(url("/performance/returns"));
        page.getByLabel("CIN census").check();
        page.getByLabel("Produce the return").check();
        press("Start");
        page.locator("#outcome").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        var file = page.locator("#files a").first();
        assertThat(file).containsText("cin-census-");
        var download = page.request().get(url(file.getAttribute("href")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).startsWith("<?xml").contains("<LAchildID>" + reference + "</LAchildID>");

        page.navigate(url("/performance/returns"));
        assertThat(page.locator("#recent-runs")).containsText("CIN census: Produce the return");
        var exports = jdbc.sql("select count(*) from audit_event where username = :username and action = 'EXPORT' and detail like 'CIN census 2025/26%'")
                .param("username", analyst.username()).query(Long.class).single();
        assertThat(exports).isEqualTo(1);
    }

    @Test
    void aSocialWorkerCannotReachTheReturns() {
        signIn(staff.create(Role.SOCIAL_WORKER));
        page.navigate(url("/performance/returns"));
        assertThat(page.locator("h1")).hasText("You cannot do this");
        assertThat(page.locator("#navigation")).not().containsText("Returns");
    }
}
