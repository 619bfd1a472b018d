package org.opencsc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A social worker's day in real headless Chromium against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseRecordBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    ChildRecordService records;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    Page page;
    StaffUser socialWorker;
    StaffUser nextWorker;
    long child;
    long restrictedChild;

    @BeforeAll
    void startBrowserAndMakeRecords() {
        browser = new Browser();
        socialWorker = staff.create(Role.SOCIAL_WORKER);
        nextWorker = staff.create(Role.SOCIAL_WORKER);
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(socialWorker);
        child = records.create(PersonForms.child("Amélie", "Hartley-Jones", "14", "7", "2014"));
        TestStaff.signInAs(manager);
        restrictedChild = records.create(PersonForms.child("Private", "Hartley-Jones", "1", "1", "2013"));
        records.restrict(restrictedChild, "Child of a member of staff", List.of());
        TestStaff.signOut();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshPage() {
        page = browser.newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn() {
        page.navigate(url("/login"));
        Browser.assertAccessible(page);
        page.getByLabel("Username").fill(socialWorker.username());
        page.getByLabel("Password").fill(TestStaff.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find a child"))).isVisible();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where username = :u and action = :a and (person_id = :p or person_id is null)")
                .param("u", socialWorker.username()).param("a", action).param("p", child).query(Long.class).single();
    }

    @Test
    void aSocialWorkerFindsAChildReadsTheRecordAndAddsACaseNote() {
        signIn();
        Browser.assertAccessible(page);

        page.getByLabel("Name, date of birth, ID, UPN or NHS number").fill("amelie hartley");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Browser.assertAccessible(page);
        assertThat(page.getByText("Private Hartley-Jones")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amélie Hartley-Jones")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Amélie Hartley-Jones"))).isVisible();
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case notes")).click();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a case note")).click();
        Browser.assertAccessible(page);

        var today = LocalDate.now();
        page.getByLabel("Type of note").selectOption("HOME_VISIT");
        page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(today.getYear()));
        page.getByLabel("Subject").fill("Home visit after school");
        page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("Saw Amélie alone in her room. She showed me her drawings.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and finalise")).click();

        assertThat(page.getByText("Case note saved")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home visit after school"))).isVisible();
        Browser.assertAccessible(page);

        assertThat(audited("SEARCH")).isPositive();
        assertThat(audited("VIEW")).isGreaterThanOrEqualTo(3);
        assertThat(audited("CREATE")).isPositive();
    }

    @Test
    void aMistakeInTheFormIsExplainedAndNothingTypedIsLost() {
        signIn();
        page.navigate(url("/children/" + child + "/notes/new"));
        page.getByLabel("Subject").fill("Phone call with school");
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and finalise")).click();

        assertThat(page.getByText("There is a problem")).isVisible();
        assertThat(page.locator(".govuk-error-summary").getByText("Date of the event must be a real date")).isVisible();
        assertThat(page.locator(".govuk-error-summary").getByText("Select a type of note")).isVisible();
        assertThat(page.getByLabel("Subject")).hasValue("Phone call with school");
        assertThat(page.getByLabel("Day")).hasValue("31");
        Browser.assertAccessible(page);
    }

    @Test
    void aTimedOutSessionKeepsTheTypedFormUntilTheWorkerSignsInAgain() {
        signIn();
        page.navigate(url("/children/" + child + "/notes/new"));
        page.getByLabel("Subject").fill("Typed before lunch");
        page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("A long note that must not be lost.");
        sessionTimesOut();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and finalise")).click();
        assertThat(page.getByText("Your session timed out")).isVisible();
        page.getByLabel("Username").fill(socialWorker.username());
        page.getByLabel("Password").fill(TestStaff.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByLabel("Subject")).hasValue("Typed before lunch");
        assertThat(page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true))).hasValue("A long note that must not be lost.");
        assertThat(page.getByText("We restored what you typed before you were signed out")).isVisible();
        assertThat(page.getByText("It has not been saved yet")).isVisible();
        Browser.assertAccessible(page);
    }

    @Test
    void aFormKeptForOneWorkerIsNotShownToTheNextWhoSignsInInTheSameBrowser() {
        signIn();
        page.navigate(url("/children/" + child + "/notes/new"));
        page.getByLabel("Subject").fill("Private words of the first worker");
        page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("Typed by the first worker only.");
        sessionTimesOut();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and finalise")).click();
        assertThat(page.getByText("Your session timed out")).isVisible();

        page.getByLabel("Username").fill(nextWorker.username());
        page.getByLabel("Password").fill(TestStaff.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find a child"))).isVisible();

        for (var path : List.of("/children/" + child + "/notes/new", "/children/" + child + "/notes/new?restored")) {
            page.navigate(url(path));
            assertThat(page.getByLabel("Subject")).hasValue("");
            assertThat(page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true))).hasValue("");
            assertThat(page.getByText("We restored what you typed")).hasCount(0);
        }
    }

    /**
     * The server forgets the session while the browser still holds its cookie, as after 30 minutes
     * of nothing: the cookie now names a session that no longer exists.
     */
    private void sessionTimesOut() {
        page.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie("OPENCSC_SESSION", "0000000000000000000000000000DEAD")
                .setUrl(url("/"))));
    }

    @Test
    void aRestrictedRecordIsNotThereForSomeoneNotNamedOnIt() {
        signIn();
        var response = page.navigate(url("/children/" + restrictedChild));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        Browser.assertAccessible(page);
        var refusals = jdbc.sql("select count(*) from audit_event where username = :u and action = 'REFUSED' and person_id = :p")
                .param("u", socialWorker.username()).param("p", restrictedChild).query(Long.class).single();
        assertThat(refusals).isPositive();
    }
}
