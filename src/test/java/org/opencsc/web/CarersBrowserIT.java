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
 * A fostering worker approves a connected person temporarily, places a child with them, asks for
 * an extension that is too long and is refused, then records the one extension allowed and the
 * full approval, in Chromium.
 */
class CarersBrowserIT extends BrowserJourney {


    long child;

    @BeforeAll
    void start() {
        StaffUser worker = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        TestStaff.signInAs(worker);
        child = children.record(PersonForms.child("Kofi", "Asante-Browne", "2", "6", "2017"));
        TestStaff.signOut();
        signIn(worker);
    }

    @Test
    void aConnectedPersonIsApprovedTemporarilyAndTheApprovalExtendedOnce() {
        page.navigate(url("/"));
        page.locator(".govuk-service-navigation__link", new Page.LocatorOptions().setHasText("Carers")).click();
        Browser.assertAccessible(page);
        page.locator("#carers-actions a", new Page.LocatorOptions().setHasText("Approve a connected person temporarily")).click();
        Browser.assertAccessible(page);
        page.getByLabel("Household name").fill("Mrs Asante (grandmother)");
        page.getByLabel("Address", new Page.GetByLabelOptions().setExact(true)).fill("7 Willow Close, Northwold");
        date("approvalDate", "2", "3", "2026");
        page.getByLabel("Youngest age").fill("0");
        page.getByLabel("Oldest age").fill("12");
        page.getByLabel("Number of children").fill("two");
        press("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("Number of children must be a whole number from 1 to 6");
        assertThat(page.getByLabel("Household name")).hasValue("Mrs Asante (grandmother)");
        Browser.assertAccessible(page);
        page.getByLabel("Number of children").fill("2");
        press("Save");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Connected person temporarily approved");
        assertThat(page.locator("#legal-basis")).hasText("Connected person (temporary approval until 22 June 2026)");
        assertThat(page.locator("#vacancies")).hasText("2 of 2");
        var household = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.navigate(url("/children/" + child + "/care/new"));
        date("startDate", "9", "3", "2026");
        page.getByLabel("Legal status").selectOption("C2");
        page.getByLabel("Placement type").selectOption("U1");
        page.getByLabel("Placement provider").selectOption("PR1");
        page.getByLabel("Carer or setting").fill("Mrs Asante");
        page.getByLabel("Our fostering household (optional)").selectOption(household);
        page.locator("#temporaryApproval").check();
        press("Save");
        assertThat(page.locator("#placement-basis")).containsText("Connected person (temporary approval until 22 June 2026)");
        page.locator("#placement-basis a").click();
        assertThat(page.locator("#vacancies")).hasText("1 of 2");
        assertThat(page.locator("#children-placed")).containsText("Kofi Asante-Browne");

        page.locator("#household-actions a", new Page.LocatorOptions().setHasText("Extend the temporary approval")).click();
        Browser.assertAccessible(page);
        date("requestedDate", "1", "6", "2026");
        page.getByLabel("Length of the extension in weeks").fill("9");
        date("panelViewDate", "10", "6", "2026");
        page.getByLabel("The fostering panel’s view", new Page.GetByLabelOptions().setExact(true)).fill("The panel supports more time for the assessment.");
        date("decisionDate", "15", "6", "2026");
        page.getByLabel("Nominated officer").fill("R. Okonjo");
        page.locator("#agreed").check();
        press("Save decision");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "An extension of 9 weeks (to 24 August 2026) is longer than allowed: at most 8 weeks from the expiry on 22 June 2026, to 17 August 2026");
        assertThat(page.locator("#extensionWeeks-error")).containsText("An extension of 9 weeks");
        assertThat(page.getByLabel("Nominated officer")).hasValue("R. Okonjo");
        Browser.assertAccessible(page);

        page.getByLabel("Length of the extension in weeks").fill("8");
        press("Save decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Extension decision recorded");
        assertThat(page.locator("#legal-basis")).hasText("Connected person (temporary approval until 17 August 2026)");
        assertThat(page.locator("#extension")).containsText("Agreed by R. Okonjo on 15 June 2026, extended to 17 August 2026");
        assertThat(page.locator("#household-actions")).not().containsText("Extend the temporary approval");

        page.locator("#household-actions a", new Page.LocatorOptions().setHasText("Approve or refuse the connected person")).click();
        Browser.assertAccessible(page);
        date("decisionDate", "3", "8", "2026");
        page.getByLabel("Approved as foster carers for the child").check();
        press("Save decision");
        assertThat(page.locator("#legal-basis")).hasText("Connected person (approved foster carers)");
        assertThat(page.locator("#next-review")).containsText("3 August 2027");
    }
}
