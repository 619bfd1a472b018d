package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Staff change their own passwords; administrators reset, unlock and re-enable accounts. All audited. */
@IntegrationTest
class StaffPasswordIT {

    private static final String NEW_PASSWORD = "plum kettle orbit sunday";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInAttempts attempts;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private ResultActions signIn(String username, String password) throws Exception {
        // From an address of this test's own, so that its wrong passwords count against no other test's.
        return mvc.perform(post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr("10.79.0.1");
            return request;
        }).param("username", username).param("password", password));
    }

    private long audited(String username, String detail) {
        return jdbc.sql("select count(*) from audit_event where username = :u and detail like :d")
                .param("u", username).param("d", "%" + detail + "%").query(Long.class).single();
    }

    @Test
    void aMemberOfStaffChangesTheirOwnPassword() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        mvc.perform(get("/account/password").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Current password")))
                .andExpect(content().string(containsString("Confirm new password")));

        mvc.perform(post("/account/password").with(TestStaff.as(worker)).with(csrf())
                        .param("currentPassword", "not my password").param("newPassword", "short").param("confirmPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#currentPassword\"")))
                .andExpect(content().string(containsString("Your current password is not right")))
                .andExpect(content().string(containsString("Password must be 12 characters or more")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("not my password"))));
        mvc.perform(post("/account/password").with(TestStaff.as(worker)).with(csrf())
                        .param("currentPassword", TestStaff.PASSWORD).param("newPassword", "my " + worker.username() + " password")
                        .param("confirmPassword", "my " + worker.username() + " password"))
                .andExpect(content().string(containsString("Password must not contain your username")));
        mvc.perform(post("/account/password").with(TestStaff.as(worker)).with(csrf())
                        .param("currentPassword", TestStaff.PASSWORD).param("newPassword", NEW_PASSWORD).param("confirmPassword", "different words here"))
                .andExpect(content().string(containsString("Passwords must match")));

        mvc.perform(post("/account/password").with(TestStaff.as(worker)).with(csrf())
                        .param("currentPassword", TestStaff.PASSWORD).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"));
        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/login?error"));
        signIn(worker.username(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(audited(worker.username(), "Changed own password")).isEqualTo(1);
    }

    @Test
    void anAdministratorResetsAPasswordToATemporaryOneThatMustBeChanged() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        var administrator = staff.create(Role.ADMINISTRATOR);
        var page = mvc.perform(post("/admin/staff/" + worker.id() + "/reset-password").with(TestStaff.as(administrator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("app-temporary-password\">([A-Za-z0-9]{16})<").matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        var temporary = matcher.group(1);
        assertThat(audited(administrator.username(), "Reset the password of staff account " + worker.username())).isEqualTo(1);

        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/login?error"));
        var session = (MockHttpSession) signIn(worker.username(), temporary).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/children").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(containsString("You were given a temporary password")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", temporary).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/children").session(session)).andExpect(status().isOk());
    }

    @Test
    void anAdministratorUnlocksAnAccountLockedByWrongPasswords() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        var administrator = staff.create(Role.ADMINISTRATOR);
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES; i++) {
            signIn(worker.username(), "wrong password " + i);
        }
        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/login?error&locked"));
        assertThat(attempts.isLockedSomewhere(worker.username())).isTrue();

        mvc.perform(post("/admin/staff/" + worker.id() + "/unlock").with(TestStaff.as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));
        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(audited(administrator.username(), "Unlocked staff account " + worker.username())).isEqualTo(1);
    }

    @Test
    void anAdministratorReEnablesADisabledAccount() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        var administrator = staff.create(Role.ADMINISTRATOR);
        mvc.perform(post("/admin/staff/" + worker.id() + "/disable").with(TestStaff.as(administrator)).with(csrf()));
        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/staff/" + worker.id() + "/enable").with(TestStaff.as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));
        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(audited(administrator.username(), "Re-enabled staff account " + worker.username())).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorMayResetUnlockOrReEnable() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        var manager = staff.create(Role.TEAM_MANAGER);
        for (var action : new String[] {"reset-password", "unlock", "enable"}) {
            mvc.perform(post("/admin/staff/" + worker.id() + "/" + action).with(TestStaff.as(manager)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        signIn(worker.username(), TestStaff.PASSWORD).andExpect(redirectedUrl("/"));
    }
}
