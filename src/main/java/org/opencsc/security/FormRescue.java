package org.opencsc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps what someone typed when their session has timed out or their form's token has gone
 * stale: the submitted fields are held in a fresh session, they sign in again, and the same
 * form comes back filled in for them to check and send. Nothing is saved on their behalf.
 *
 * <p>Pages show a kept form when the request has {@code ?restored}; this filter then serves
 * the kept fields as if they had been submitted, so the controller binds them as usual.
 */
@Component
public class FormRescue extends OncePerRequestFilter {

    static final String SESSION_KEY = "opencsc.rescuedForm";
    public static final String RESTORED_PARAMETER = "restored";

    record KeptForm(String path, Map<String, String[]> fields) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** True when the page is being shown again with fields kept from a timed-out session. */
    public static boolean isRestored(HttpServletRequest request) {
        return request.getParameterMap().containsKey(RESTORED_PARAMETER);
    }

    OncePerRequestFilter keepFormOfExpiredSession() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isFormPost(request) && !signedIn()) {
                    if ("fetch".equals(request.getHeader("X-Requested-With"))) {
                        // A background autosave: the page still holds the text and says it was not saved.
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                        return;
                    }
                    keep(request);
                    response.sendRedirect(request.getContextPath() + "/login?timedOut");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AccessDeniedHandler keepFormOnStaleToken() {
        var refuse = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && isFormPost(request)) {
                keep(request);
                response.sendRedirect(request.getContextPath() + pathOf(request) + "?" + RESTORED_PARAMETER);
                return;
            }
            refuse.handle(request, response, denied);
        };
    }

    AuthenticationSuccessHandler afterSignIn() {
        var usual = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            var session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) instanceof KeptForm kept) {
                response.sendRedirect(request.getContextPath() + kept.path() + "?" + RESTORED_PARAMETER);
                return;
            }
            usual.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if ("GET".equals(request.getMethod()) && isRestored(request) && session != null
                && session.getAttribute(SESSION_KEY) instanceof KeptForm kept
                && kept.path().equals(pathOf(request))) {
            session.removeAttribute(SESSION_KEY);
            chain.doFilter(withFields(request, kept.fields()), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path within the application, whatever the servlet mapping. */
    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isFormPost(HttpServletRequest request) {
        var path = pathOf(request);
        var contentType = request.getContentType();
        return "POST".equals(request.getMethod())
                && !path.equals("/login") && !path.equals("/logout") && !path.startsWith("/api/")
                && contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static void keep(HttpServletRequest request) {
        Map<String, String[]> fields = new LinkedHashMap<>(request.getParameterMap());
        fields.remove("_csrf");
        fields.remove(RESTORED_PARAMETER);
        request.getSession(true).setAttribute(SESSION_KEY, new KeptForm(pathOf(request), fields));
    }

    private static HttpServletRequest withFields(HttpServletRequest request, Map<String, String[]> kept) {
        Map<String, String[]> merged = new LinkedHashMap<>(kept);
        merged.putAll(request.getParameterMap());
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                var values = merged.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(merged);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(merged.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return merged.get(name);
            }
        };
    }
}
