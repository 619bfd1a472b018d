package org.opencsc.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.child.ChildRecordService;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the pages in Chromium, signed in as one member of staff: the application on a
 * random port, and the moves every such test makes (go to a page, fill a GOV.UK date, press a
 * button).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    ChildRecordService records;
    @Autowired
    org.opencsc.child.TestChildren children;

    Browser browser;
    Page page;

    /** Opens Chromium and signs in through the sign-in page. */
    void signIn(StaffUser user) {
        browser = new Browser();
        page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestStaff.PASSWORD);
        press("Sign in");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void date(String field, String day, String month, String year) {
        page.locator("#" + field + "-day").fill(day);
        page.locator("#" + field + "-month").fill(month);
        page.locator("#" + field + "-year").fill(year);
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }
}
