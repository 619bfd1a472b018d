package org.opencsc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's only way in: {@code Authorization: Bearer <token>}. A good token signs the request in
 * as its member of staff, with their role's permissions, for this request only. Anything else
 * sent in the header is refused at once (a password sent with HTTP Basic is not even looked at);
 * a request without the header goes on and is refused by the entry point if it needs signing in.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final SignInAttempts attempts;

    ApiTokenFilter(ApiTokenService tokens, SignInAttempts attempts) {
        this.tokens = tokens;
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        var space = header.indexOf(' ');
        var scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!scheme.equals("bearer")) {
            ApiRefusal.unauthorized(response, "The API takes an API token, sent as Authorization: Bearer <token>."
                    + " Ask an administrator for one; passwords are not accepted here.");
            return;
        }
        var address = request.getRemoteAddr();
        if (attempts.isAddressBlocked(address)) {
            ApiRefusal.tooManyFailures(response);
            return;
        }
        var outcome = tokens.authenticate(header.substring(space + 1).strip());
        if (outcome instanceof ApiTokenService.Outcome.Accepted(var tokenId, var user)) {
            var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            authentication.setDetails(new ApiTokenUse(tokenId, address));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
            return;
        }
        attempts.failedToken(address);
        ApiRefusal.unauthorized(response, "The API token is not valid: it is wrong, revoked or expired, or its account is disabled");
    }

    /** What the request was signed in with, kept on the authentication. */
    record ApiTokenUse(long tokenId, String remoteAddress) {
    }

    /** For requests that reach a rule needing a signed-in member of staff without any token. */
    static AuthenticationEntryPoint entryPoint() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) ->
                ApiRefusal.unauthorized(response, "Send an API token as Authorization: Bearer <token>");
    }
}
