package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Wrong passwords lock a username from the address they came from, never from everywhere. */
@IntegrationTest
class SignInThrottleIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    PasswordEncoder passwords;

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse();
    }

    private static boolean signedIn(MockHttpServletResponse response) {
        return response.getStatus() == 302 && !String.valueOf(response.getRedirectedUrl()).contains("error");
    }

    @Test
    void tenWrongPasswordsFromOneAddressDoNotStopTheUserSigningInFromAnother() throws Exception {
        var target = staff.create(Role.ADMINISTRATOR);
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES; i++) {
            assertThat(signedIn(signIn(target.username(), "guess-" + i, "10.66.0.1"))).isFalse();
        }
        var checked = ((PasswordHashing.CountedPasswordEncoder) passwords).checked();
        var fromAttacker = signIn(target.username(), TestStaff.PASSWORD, "10.66.0.1");
        assertThat(signedIn(fromAttacker)).as("the address that guessed is locked out").isFalse();
        assertThat(fromAttacker.getRedirectedUrl()).contains("locked");
        assertThat(((PasswordHashing.CountedPasswordEncoder) passwords).checked()).as("no password checked for a locked address").isEqualTo(checked);

        var started = System.nanoTime();
        assertThat(signedIn(signIn(target.username(), TestStaff.PASSWORD, "10.66.0.2"))).as("the user's own machine still signs in").isTrue();
        assertThat((System.nanoTime() - started) / 1_000_000).as("after a short delay").isGreaterThanOrEqualTo(SignInAttempts.SLOW_DOWN.toMillis());
    }

    @Test
    void aRightPasswordClearsEarlierMistakesFromTheSameAddress() throws Exception {
        var target = staff.create(Role.SOCIAL_WORKER);
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES - 1; i++) {
            assertThat(signedIn(signIn(target.username(), "guess-" + i, "10.66.1.1"))).isFalse();
        }
        assertThat(signedIn(signIn(target.username(), TestStaff.PASSWORD, "10.66.1.1"))).isTrue();
        assertThat(signedIn(signIn(target.username(), "guess-again", "10.66.1.1"))).isFalse();
        assertThat(signedIn(signIn(target.username(), TestStaff.PASSWORD, "10.66.1.1"))).isTrue();
    }
}
