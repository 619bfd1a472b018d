package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.adopters.AdoptersForms.ApprovalForm;
import org.opencsc.adopters.AdoptersForms.FamilyForm;
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.adopters.AdoptersService;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/** An adoption recorded from the decision to the order, and a special guardianship order ending care, in Chromium. */
class PermanenceBrowserIT extends BrowserJourney {

    @Autowired
    CareService care;
    @Autowired
    AdoptersService adopters;

    long toBeAdopted;
    long withGrandmother;
    String family;

    private static DateParts on(int year, int month, int day) {
        return DateParts.of(LocalDate.of(year, month, day));
    }

    @BeforeAll
    void start() {
        StaffUser worker = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        TestStaff.signInAs(worker);
        toBeAdopted = children.record(PersonForms.child("Lily", "Marsh", "14", "9", "2023"));
        var period = care.start(toBeAdopted, new StartForm(on(2024, 10, 7), "C1", "U6", "PR1", "Mr and Mrs Hale", "LU2 7QT", null, "3", "false"));
        care.changeLegalStatus(toBeAdopted, period, new LegalStatusForm(on(2025, 7, 14), "E1"));
        var familyId = adopters.addFamily(new FamilyForm(on(2024, 11, 4), null, "Grace", "Okonjo", "F", "BAFR", "NO", "Daniel", "Okonjo", "M", "BAFR",
                "NO"));
        adopters.startStageOne(familyId, new StepForm(on(2024, 11, 18)));
        adopters.endStageOne(familyId, new StepForm(on(2025, 1, 13)));
        adopters.receiveApplication(familyId, new StepForm(on(2025, 1, 27)));
        adopters.approve(familyId, new ApprovalForm(on(2025, 5, 12), on(2025, 5, 19)));
        family = adopters.family(familyId).family().name();
        withGrandmother = children.record(PersonForms.child("Theo", "Ellis", "2", "5", "2016"));
        care.start(withGrandmother, new StartForm(on(2025, 2, 3), "C2", "U1", "PR1", "Mrs Ellis (grandmother)", "LU3 1AB", null, "2", "false"));
        TestStaff.signOut();
        signIn(worker);
    }

    private void follow(String link) {
        page.locator("#adoption-actions a", new Page.LocatorOptions().setHasText(link)).click();
    }

    @Test
    void anAdoptionFromTheDecisionToTheOrder() {
        page.navigate(url("/children/" + toBeAdopted + "/care"));
        page.locator("#permanence-link").click();
        assertThat(page.locator("#no-adoption")).isVisible();
        Browser.assertAccessible(page);

        follow("Record the decision that the child should be placed for adoption");
        date("decisionDate", "2", "6", "2025");
        press("Save");
        follow("Record the authority to place");
        page.getByLabel("Placement order made by the court").check();
        date("authorityDate", "14", "7", "2025");
        press("Save");

        follow("Record the match with adopters");
        date("matchDate", "30", "6", "2025");
        page.getByLabel("Adoptive family").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                page.locator("#family option", new Page.LocatorOptions().setHasText(family)).textContent()));
        page.locator("#fosterCarers-2").check();
        press("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Date of the match (30 June 2025) must not be before the authority to place (14 July 2025)");
        Browser.assertAccessible(page);
        assertThat(page.locator("#fosterCarers-2")).isChecked();
        date("matchDate", "8", "9", "2025");
        press("Save");

        follow("Record the child moving in with the adopters");
        assertThat(page.locator("#adoptive-placement")).containsText("A6");
        date("moveDate", "6", "10", "2025");
        page.getByLabel("Reason the current placement ended").selectOption("CARPL");
        page.getByLabel("Placement provider").selectOption("PR1");
        page.getByLabel("Postcode of the adopters’ home").fill("MK4 2DD");
        press("Save");

        follow("Record the adoption order");
        date("orderDate", "20", "4", "2026");
        page.locator("#consentDispensed-2").check();
        press("Save");
        var plan = page.locator("[id^=measures-]");
        assertThat(page.locator("[id^=stage-]")).hasText("Adopted");
        // 7 October 2024 to 6 October 2025 is 364 days; 14 July to 8 September 2025 is 56.
        assertThat(plan).containsText("A1: entering care to moving in with the adoptive family 364 Within 426 days");
        assertThat(plan).containsText("A2: authority to place to the match 56 Within 121 days");

        page.locator("a", new Page.LocatorOptions().setHasText("Back to the care record")).click();
        assertThat(page.locator("#care-status")).containsText("The child is not looked after now.");
        assertThat(page.locator("body")).containsText("E11: Adopted: application for an adoption order unopposed");
    }

    @Test
    void aSpecialGuardianshipOrderEndsCareWithTheReasonItsGuardiansGive() {
        page.navigate(url("/children/" + withGrandmother + "/permanence"));
        page.locator("#order-link").click();
        page.getByLabel("Special guardianship order").check();
        date("orderDate", "3", "11", "2026");
        page.getByLabel("Who the child lives with under the order").fill("Mrs Ellis (grandmother)");
        page.getByLabel("The child's foster carers, who are not relatives or friends").check();
        page.locator("#supportPlan").check();
        press("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("care for the child in a U4 to U6 placement");
        Browser.assertAccessible(page);
        page.getByLabel("The child's foster carers, who are relatives or friends").check();
        press("Save");
        assertThat(page.locator("#permanence-orders")).containsText("E45: Special guardianship order to former foster carers who are relatives or friends");
        page.navigate(url("/children/" + withGrandmother + "/care"));
        assertThat(page.locator("#care-status")).containsText("The child is not looked after now.");
    }
}
