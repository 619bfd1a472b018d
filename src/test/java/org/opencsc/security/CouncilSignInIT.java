package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in through the council's identity provider, configured by properties only. */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.council.client-id=opencsc",
        "spring.security.oauth2.client.registration.council.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.council.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.council.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.council.scope=openid,profile,email",
        "spring.security.oauth2.client.provider.council.authorization-uri=https://login.council.test/authorize",
        "spring.security.oauth2.client.provider.council.token-uri=https://login.council.test/token",
        "spring.security.oauth2.client.provider.council.jwk-set-uri=https://login.council.test/keys",
        "spring.security.oauth2.client.provider.council.user-name-attribute=sub"})
@AutoConfigureMockMvc
class CouncilSignInIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestStaff staff;
    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void theSignInPageOffersTheCouncilAccountAndSendsPeopleToTheProvider() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Sign in with your council account")));
        mvc.perform(get("/oauth2/authorization/council"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://login.council.test/authorize?response_type=code&client_id=opencsc")));
    }

    private OidcUserRequest signInAs(String email) {
        var now = Instant.now();
        var idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", "entra-" + email, "email", email, "iss", "https://login.council.test", "aud", "opencsc"));
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
        return new OidcUserRequest(registrations.findByRegistrationId("council"), accessToken, idToken);
    }

    @Test
    void aKnownMemberOfStaffGetsTheirRoleHere() {
        var manager = staff.create(Role.TEAM_MANAGER);
        var user = (SignedInUser) accounts.loadFederatedUser(signInAs(manager.email()));
        assertThat(user.getUsername()).isEqualTo(manager.username());
        assertThat(user.can(Permission.ALLOCATE)).isTrue();
    }

    @Test
    void someoneWithNoAccountHereIsTurnedAway() {
        assertThatThrownBy(() -> accounts.loadFederatedUser(signInAs("stranger@elsewhere.test")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("no account here");
    }
}
