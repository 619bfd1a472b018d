package org.opencsc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * stale: they sign in again, and the same form comes back filled in for them to check and send.
 * Nothing is saved on their behalf.
 *
 * <p>A form is kept only for the member of staff who typed it: either they are still signed in
 * (a stale token), or their browser presents a session that has ended together with the
 * {@link SignedInProof} cookie set when they signed in. It is restored only if the same person
 * signs in next, only when it was sent from this site ({@code Origin}, else {@code Referer}), and
 * only up to {@value #MAX_VALUES} values and {@value #MAX_CHARACTERS} characters. Any other
 * signed-out form post is sent to the sign-in page and makes no session, so that nobody can
 * fill the server's memory without signing in, and a cross-site page can neither prefill a form
 * nor replace a signed-in person's session.
 *
 * <p>Pages show a kept form when the request has {@code ?restored}; this filter then serves
 * the kept fields as if they had been submitted, so the controller binds them as usual, and the
 * page says that the values were restored and are not yet saved.
 */
@Component
public class FormRescue extends OncePerRequestFilter {

    static final String SESSION_KEY = "opencsc.rescuedForm";
    /** Set on a request whose page shows a kept form (see {@link LayoutModel}). */
    static final String RESTORED_ATTRIBUTE = "opencsc.formRestored";
    public static final String RESTORED_PARAMETER = "restored";
    /** Shown on a page when what was typed was too much to keep. */
    public static final String NOT_KEPT_PARAMETER = "notKept";
    static final int MAX_VALUES = 300;
    static final int MAX_CHARACTERS = 100_000;

    record KeptForm(String path, Map<String, String[]> fields, String username) implements Serializable {
        @Serial
        private static final long serialVersionUID = 2L;

        boolean belongsTo(String someone) {
            return someone != null && username.toLowerCase(Locale.ROOT).equals(someone.toLowerCase(Locale.ROOT));
        }
    }

    private final SignedInProof proof;

    FormRescue(SignedInProof proof) {
        this.proof = proof;
    }

    /**
     * True when the page is being shown again with fields kept from a timed-out session: set by this
     * filter only when it really put them back, so a link with {@code ?restored} alone changes nothing.
     */
    public static boolean isRestored(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(RESTORED_ATTRIBUTE));
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
                    var typist = sessionEnded(request) ? proof.username(request) : Optional.<String>empty();
                    if (typist.isEmpty()) {
                        // Nobody this browser proves was signed in: nothing to keep, and no session made.
                        response.sendRedirect(request.getContextPath() + "/login");
                        return;
                    }
                    if (!fromThisSite(request)) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                    var fields = keptFields(request);
                    if (fields.isEmpty()) {
                        response.sendRedirect(request.getContextPath() + "/login?tooLong");
                        return;
                    }
                    request.getSession(true).setAttribute(SESSION_KEY, new KeptForm(pathOf(request), fields.get(), typist.get()));
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
            var user = CurrentUser.find();
            if (denied instanceof CsrfException && isFormPost(request) && user.isPresent() && fromThisSite(request)) {
                var fields = keptFields(request);
                if (fields.isEmpty()) {
                    response.sendRedirect(request.getContextPath() + pathOf(request) + "?" + NOT_KEPT_PARAMETER);
                    return;
                }
                request.getSession(true).setAttribute(SESSION_KEY, new KeptForm(pathOf(request), fields.get(), user.get().getUsername()));
                response.sendRedirect(request.getContextPath() + pathOf(request) + "?" + RESTORED_PARAMETER);
                return;
            }
            refuse.handle(request, response, denied);
        };
    }

    AuthenticationSuccessHandler afterSignIn() {
        var usual = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            proof.issue(request, response, authentication.getName());
            var session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) instanceof KeptForm kept) {
                if (kept.belongsTo(authentication.getName())) {
                    response.sendRedirect(request.getContextPath() + kept.path() + "?" + RESTORED_PARAMETER);
                    return;
                }
                // Someone else signed in next in this browser: what the other person typed is not theirs to see.
                session.removeAttribute(SESSION_KEY);
            }
            usual.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if ("GET".equals(request.getMethod()) && request.getParameterMap().containsKey(RESTORED_PARAMETER) && session != null
                && session.getAttribute(SESSION_KEY) instanceof KeptForm kept
                && kept.path().equals(pathOf(request))) {
            session.removeAttribute(SESSION_KEY);
            if (kept.belongsTo(CurrentUser.find().map(SignedInUser::getUsername).orElse(null))) {
                request.setAttribute(RESTORED_ATTRIBUTE, Boolean.TRUE);
                chain.doFilter(withFields(request, kept.fields()), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The browser sent a session id the server no longer knows: a session that timed out (or ended at a restart). */
    private static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /**
     * Whether the post came from a page of this site: its {@code Origin} (or, when a browser sends
     * none, its {@code Referer}) names this request's own scheme, host and port.
     */
    static boolean fromThisSite(HttpServletRequest request) {
        var source = request.getHeader("Origin");
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank() || "null".equals(source)) {
            return false;
        }
        try {
            var uri = new URI(source.strip());
            return uri.getScheme() != null && uri.getHost() != null
                    && uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && portOf(uri) == request.getServerPort();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
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

    /** What was typed, or nothing when it is more than the cap: a kept form is held in memory. */
    static Optional<Map<String, String[]>> keptFields(HttpServletRequest request) {
        Map<String, String[]> fields = new LinkedHashMap<>(request.getParameterMap());
        fields.remove("_csrf");
        fields.remove(RESTORED_PARAMETER);
        long values = 0;
        long characters = 0;
        for (var field : fields.entrySet()) {
            characters += field.getKey().length();
            for (var value : field.getValue()) {
                values++;
                characters += value == null ? 0 : value.length();
            }
        }
        return values > MAX_VALUES || characters > MAX_CHARACTERS ? Optional.empty() : Optional.of(fields);
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
