package org.opencsc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session as soon as its account may no longer be used: disabled by an administrator
 * (here or by a command in another process) or an inspector's access ended. The account is read
 * on every signed-in request by its primary key (one indexed row, well under a millisecond), so
 * there is no cache to fall out of step. A page request is signed out and sent to sign in with
 * a message; an API or background request gets 401.
 *
 * <p>An account given a temporary password by an administrator is sent to change it before
 * anything else.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class AccountStandingCheck extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private final StaffUserRepository users;
    private final SignedInProof proof;
    private final Clock clock;

    AccountStandingCheck(StaffUserRepository users, SignedInProof proof, Clock clock) {
        this.users = users;
        this.proof = proof;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = pathOf(request);
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/assets/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.find();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var standing = users.standing(user.get().id());
        var api = pathOf(request).startsWith("/api/");
        if (standing.isEmpty() || standing.get().ended(clock.instant())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            proof.forget(request, response);
            if (api || "fetch".equals(request.getHeader("X-Requested-With"))) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?accountEnded");
            }
            return;
        }
        if (standing.get().mustChangePassword() && !mayUseWithTemporaryPassword(pathOf(request))) {
            if (api || !"GET".equals(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Change your temporary password first");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayUseWithTemporaryPassword(String path) {
        return path.equals(CHANGE_PASSWORD_PATH) || path.equals("/logout") || path.equals("/login") || path.equals("/error");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
