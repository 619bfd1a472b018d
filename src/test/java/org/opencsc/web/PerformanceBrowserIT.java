package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.child.PersonForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.performance.IndicatorFacts;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A head of service reads every finding as a trend with each team's figure, and follows a figure
 * to the children behind it; an administrator enters a national value, checked field by field, and
 * the director's page shows it beside the authority's figure; a social worker cannot get in.
 */
class PerformanceBrowserIT extends BrowserJourney {

    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    IndicatorFacts indicators;

    String surname;

    @BeforeAll
    void aChildReferredThisMonth() {
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        surname = "Counted" + System.nanoTime() % 100000;
        var child = records.create(new PersonForm("CHILD", null, "Figure", null, surname, new DateParts("3", "3", "2015"),
                DateParts.EMPTY, "M", null, "WBRI", null, null, "UN2", null, "English", null, null, false, List.of("NONE"), null));
        var today = DateParts.of(LocalDate.now(ClockZone.UK));
        var contact = frontDoor.recordContact(child, new ContactForm(today, "6", "School worried about bruising."));
        frontDoor.decide(child, contact, new DecisionForm(today, "REFERRAL", "Threshold met.", "N1"));
        TestStaff.signOut();
        indicators.bringUpToDate();
    }

    @Test
    void aHeadOfServiceSeesEveryFindingByTeamAndTheChildrenBehindAFigure() {
        signIn(staff.create(Role.HEAD_OF_SERVICE));
        page.navigate(url("/performance"));
        Browser.assertAccessible(page);
        page.getByText("Head of service: every finding, for the authority and each team").click();
        assertThat(page.locator("h1")).hasText("Every finding, by team");
        for (var finding : List.of("Families tell their story once", "Help without delay", "Children seen often enough",
                "Child protection plans that work", "Children in care", "Children missing from care", "Foster and family carers",
                "Help with mental health", "Records kept up to date", "Children waiting for adoption", "Care leavers")) {
            assertThat(page.locator("section h2").filter(new Locator.FilterOptions().setHasText(finding))).hasCount(1);
        }
        assertThat(page.locator("#chart-referrals")).isVisible();
        assertThat(page.locator("section#front_door")).containsText("Referrals received in the month, by the referral date");
        Browser.assertAccessible(page);

        var referrals = page.locator("section#front_door table").filter(new Locator.FilterOptions().setHasText("Referrals by team"));
        referrals.locator("tr").filter(new Locator.FilterOptions().setHasText("The authority")).getByRole(
                com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Referrals");
        assertThat(page.locator("#counted")).containsText(surname);
        Browser.assertAccessible(page);

        page.navigate(url("/performance/service?print=true"));
        assertThat(page.getByText("Print view for a board meeting")).hasCount(0);
        assertThat(page.locator("#chart-cp-visits-on-time")).isVisible();
    }

    @Test
    void anAdministratorEntersANationalValueThatTheDirectorSeesBesideTheFigure() {
        signIn(staff.create(Role.ADMINISTRATOR));
        page.navigate(url("/performance/comparisons"));
        Browser.assertAccessible(page);
        page.getByLabel("Indicator").selectOption("re-referrals");
        page.getByLabel("Period").fill("2024/25");
        page.getByLabel("National value").fill("122");
        press("Save values");
        assertThat(page.locator(".govuk-error-summary")).containsText("National value: a percentage cannot be more than 100");
        assertThat(page.getByLabel("Period")).hasValue("2024/25");
        Browser.assertAccessible(page);

        page.getByLabel("National value").fill("22.4");
        page.getByLabel("Comparator value", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("21.0");
        page.getByLabel("Comparator", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Statistical neighbours");
        press("Save values");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved");

        signIn(staff.create(Role.HEAD_OF_SERVICE));
        page.navigate(url("/performance/director"));
        assertThat(page.locator("h1")).hasText("The authority at a glance");
        assertThat(page.locator("body")).containsText("National 22.4%, Statistical neighbours 21.0% (2024/25)");
        Browser.assertAccessible(page);
    }

    @Test
    void aSocialWorkerCannotReachThePerformancePages() {
        signIn(staff.create(Role.SOCIAL_WORKER));
        page.navigate(url("/performance/service"));
        assertThat(page.locator("h1")).hasText("You cannot do this");
        assertThat(page.locator("#navigation")).not().containsText("Performance");
    }
}
