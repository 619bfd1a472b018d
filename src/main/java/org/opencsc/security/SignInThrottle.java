package org.opencsc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's password check: a locked username (from this address) or a
 * blocked address is refused before any password is hashed; a username being guessed at from
 * elsewhere waits a moment first (on a virtual thread, so waiting costs next to nothing).
 */
final class SignInThrottle extends OncePerRequestFilter {

    private final SignInAttempts attempts;

    SignInThrottle(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().substring(request.getContextPath().length()).equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var username = request.getParameter("username");
        var address = request.getRemoteAddr();
        if (attempts.isLocked(username, address)) {
            response.sendRedirect(request.getContextPath() + "/login?error&locked");
            return;
        }
        var wait = attempts.slowDown(username);
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
