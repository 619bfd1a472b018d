package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An account that may no longer be used loses its open sessions on their next request. */
@IntegrationTest
class AccountStandingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private MockHttpSession signedIn(StaffUser user) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", user.username()).param("password", TestStaff.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/children").session(session)).andExpect(status().isOk());
        return session;
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        var administrator = staff.create(Role.ADMINISTRATOR);
        var session = signedIn(worker);

        mvc.perform(post("/admin/staff/" + worker.id() + "/disable").with(TestStaff.as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));

        mvc.perform(get("/children").session(session)).andExpect(redirectedUrl("/login?accountEnded"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login?accountEnded"))
                .andExpect(content().string(containsString("You have been signed out because your account was disabled")));
    }

    @Test
    void aDisabledAccountIsRefusedOnTheApiAndOnWritesToo() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        var stillSignedIn = TestStaff.as(worker);
        jdbc.sql("update staff_user set enabled = false where id = :id").param("id", worker.id()).update();

        mvc.perform(get("/api/children").with(stillSignedIn)).andExpect(status().isUnauthorized());
        mvc.perform(post("/children/new").with(stillSignedIn).with(csrf()).param("givenName", "Not").param("familyName", "Saved"))
                .andExpect(redirectedUrl("/login?accountEnded"));
    }

    @Test
    void anInspectorsSessionEndsWhenTheirAccessEnds() throws Exception {
        var inspector = staff.create(Role.INSPECTOR, Instant.now().plus(1, ChronoUnit.DAYS));
        var session = signedIn(inspector);
        // Changed behind the application's back, as a command in another process would.
        jdbc.sql("update staff_user set access_expires_at = now() - interval '1 minute' where id = :id").param("id", inspector.id()).update();

        mvc.perform(get("/children").session(session)).andExpect(redirectedUrl("/login?accountEnded"));
        assertThat(session.isInvalid()).isTrue();
    }
}
