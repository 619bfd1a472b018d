package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What is kept of a form sent after the session ended: only for the person who was signed in, sent
 * from this site, within the cap, and shown again only to them. Anything else makes no session.
 */
@IntegrationTest
class FormRescueIT {

    private static final String SITE = "http://localhost";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;

    StaffUser worker;
    StaffUser colleague;

    @BeforeEach
    void staff() {
        worker = staff.create(Role.SOCIAL_WORKER);
        colleague = staff.create(Role.SOCIAL_WORKER);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    /** The browser still presents the id of a session the server has dropped (timed out). */
    private static RequestPostProcessor endedSession() {
        return request -> {
            request.setRequestedSessionId("ended-session-id");
            request.setRequestedSessionIdValid(false);
            return request;
        };
    }

    /** Signs in through the sign-in form and gives back the cookie that proves it. */
    private Cookie signInProof(StaffUser user) throws Exception {
        var response = mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", TestStaff.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse();
        var cookie = response.getCookie(SignedInProof.COOKIE);
        assertThat(cookie).as("sign-in sets the proof cookie").isNotNull();
        assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict");
        return cookie;
    }

    private static MockHttpServletRequestBuilder typedForm() {
        return post("/children/new").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("kind", "CHILD").param("givenName", "Typed").param("familyName", "Before timeout");
    }

    @Test
    void anAnonymousPostMakesNoSessionAndGoesToSignIn() throws Exception {
        var result = mvc.perform(typedForm().header("Origin", SITE))
                .andExpect(redirectedUrl("/login"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        // Nor with the id of a session that ended, when nothing proves who was signed in.
        result = mvc.perform(typedForm().header("Origin", SITE).with(endedSession()))
                .andExpect(redirectedUrl("/login"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aForgedProofKeepsNothing() throws Exception {
        var forged = new Cookie(SignedInProof.COOKIE, "c3cx.AAAA");
        var result = mvc.perform(typedForm().header("Origin", SITE).with(endedSession()).cookie(forged))
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aFormSentAfterTheSessionEndedIsRestoredToTheSamePersonSayingItIsNotSaved() throws Exception {
        var proof = signInProof(worker);
        var kept = mvc.perform(typedForm().header("Origin", SITE).with(endedSession()).cookie(proof))
                .andExpect(redirectedUrl("/login?timedOut"))
                .andReturn();
        var session = (MockHttpSession) kept.getRequest().getSession(false);
        assertThat(session).isNotNull();

        mvc.perform(post("/login").session(session).with(csrf()).param("username", worker.username()).param("password", TestStaff.PASSWORD))
                .andExpect(redirectedUrl("/children/new?restored"));
        mvc.perform(get("/children/new?restored").session(session).with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Typed\"")))
                .andExpect(content().string(containsString("We restored what you typed before you were signed out")))
                .andExpect(content().string(containsString("It has not been saved yet")));
    }

    @Test
    void aFormKeptForOnePersonIsNotShownToSomeoneElseWhoSignsInNext() throws Exception {
        var proof = signInProof(worker);
        var session = (MockHttpSession) mvc.perform(typedForm().header("Origin", SITE).with(endedSession()).cookie(proof))
                .andExpect(redirectedUrl("/login?timedOut"))
                .andReturn().getRequest().getSession(false);

        mvc.perform(post("/login").session(session).with(csrf()).param("username", colleague.username()).param("password", TestStaff.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/children/new?restored").session(session).with(TestStaff.as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Before timeout"))))
                .andExpect(content().string(not(containsString("We restored what you typed"))));
        assertThat(session.getAttribute(FormRescue.SESSION_KEY)).isNull();
    }

    @Test
    void aCrossSitePostIsRefusedAndKeepsNothing() throws Exception {
        var proof = signInProof(worker);
        var result = mvc.perform(typedForm().header("Origin", "https://elsewhere.example").with(endedSession()).cookie(proof))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        // Without Origin, the Referer decides.
        result = mvc.perform(typedForm().header("Referer", "https://elsewhere.example/form").with(endedSession()).cookie(proof))
                .andExpect(status().isForbidden())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        // A signed-in person's stale-token form from another site is refused, not kept for them.
        var session = new MockHttpSession();
        mvc.perform(typedForm().header("Origin", "https://elsewhere.example").session(session).with(TestStaff.as(worker)))
                .andExpect(status().isForbidden());
        assertThat(session.getAttribute(FormRescue.SESSION_KEY)).isNull();
    }

    @Test
    void aFormOverTheCapIsNotKeptAndThePersonIsTold() throws Exception {
        var proof = signInProof(worker);
        var result = mvc.perform(typedForm().param("body", "x".repeat(FormRescue.MAX_CHARACTERS + 1))
                        .header("Origin", SITE).with(endedSession()).cookie(proof))
                .andExpect(redirectedUrl("/login?tooLong"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        var many = typedForm().header("Origin", SITE).with(endedSession()).cookie(proof);
        for (int i = 0; i <= FormRescue.MAX_VALUES; i++) {
            many.param("field" + i, "v");
        }
        result = mvc.perform(many).andExpect(redirectedUrl("/login?tooLong")).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        mvc.perform(get("/login?tooLong"))
                .andExpect(content().string(containsString("What you typed was too long to keep, so nothing was kept or saved")));

        // Signed in with a stale token: the same cap, and the form page says so.
        var session = new MockHttpSession();
        mvc.perform(typedForm().param("body", "x".repeat(FormRescue.MAX_CHARACTERS + 1)).header("Origin", SITE)
                        .session(session).with(TestStaff.as(worker)))
                .andExpect(redirectedUrl("/children/new?notKept"));
        assertThat(session.getAttribute(FormRescue.SESSION_KEY)).isNull();
        mvc.perform(get("/children/new?notKept").session(session).with(TestStaff.as(worker)))
                .andExpect(content().string(containsString("What you typed was too long to keep, so nothing was kept or saved")));
    }

    @Test
    void aBackgroundAutosaveAfterTheSessionEndedIsToldItWasNotSaved() throws Exception {
        var result = mvc.perform(typedForm().header("X-Requested-With", "fetch").header("Origin", SITE).with(endedSession()))
                .andExpect(status().isUnauthorized())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void signingOutForgetsTheProof() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", worker.username()).param("password", TestStaff.PASSWORD));
        var response = mvc.perform(post("/logout").session(session).with(csrf())).andReturn().getResponse();
        assertThat(response.getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith(SignedInProof.COOKIE + "=") && c.contains("Max-Age=0"));
    }
}
