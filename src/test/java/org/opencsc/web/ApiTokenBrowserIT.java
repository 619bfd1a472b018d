package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator issues an API token in the browser, copies it once, the API takes it, and then they revoke it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;

    Browser browser;
    StaffUser administrator;
    StaffUser integration;

    @BeforeAll
    void start() {
        browser = new Browser();
        administrator = staff.create(Role.ADMINISTRATOR);
        integration = staff.create(Role.SOCIAL_WORKER);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private int apiStatus(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/children?q=smith"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anAdministratorIssuesCopiesAndRevokesAToken() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(administrator.username());
        page.getByLabel("Password").fill(TestStaff.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
        assertThat(page.locator("h1")).hasText("API tokens");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Issue an API token")).click();
        page.getByLabel("Days until it expires").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue token")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what the token is for");
        Browser.assertAccessible(page);

        page.getByLabel("Username of the staff account").fill(integration.username());
        page.getByLabel("What the token is for").fill("Nightly copy to the data warehouse");
        page.getByLabel("Days until it expires").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue token")).click();
        assertThat(page.locator("h1")).hasText("API token issued");
        Browser.assertAccessible(page);
        var token = page.getByLabel("The token").inputValue();
        assertThat(token).startsWith("ocsc_");
        assertThat(apiStatus(token)).isEqualTo(200);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to API tokens")).click();
        assertThat(page.locator("main")).containsText("Nightly copy to the data warehouse");
        assertThat(page.locator("main")).not().containsText(token);
        page.locator("tr", new Page.LocatorOptions().setHasText("Nightly copy to the data warehouse"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("revoked");
        Browser.assertAccessible(page);
        assertThat(apiStatus(token)).isEqualTo(401);
    }
}
