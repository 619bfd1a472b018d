package org.opencsc.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Finds the staff account behind a sign-in. Accounts signing in through the council's
 * identity provider must already exist here (matched by email or username): the provider
 * proves who someone is, this system decides what they may do.
 */
@Service
public class StaffAccounts implements UserDetailsService {

    private final StaffUserRepository users;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final OidcUserService oidcUsers = new OidcUserService();

    StaffAccounts(StaffUserRepository users, SignInAttempts attempts, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username.strip())
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account"));
        return SignedInUser.local(user, user.accessExpired(clock.instant()), attempts.isLocked(username));
    }

    public OidcUser loadFederatedUser(OidcUserRequest request) {
        var oidc = oidcUsers.loadUser(request);
        var user = (oidc.getEmail() == null ? java.util.Optional.<StaffUser>empty() : users.findByEmail(oidc.getEmail()))
                .or(() -> users.findByUsername(oidc.getPreferredUsername() == null ? "" : oidc.getPreferredUsername()))
                .filter(StaffUser::enabled)
                .filter(found -> !found.accessExpired(clock.instant()))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("unknown_staff", "You have no account here. Ask an administrator to add you.", null)));
        return SignedInUser.federated(user, oidc);
    }
}
