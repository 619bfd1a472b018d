package org.opencsc.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input that no page or API of ours can hold, refused before anything reads it, for every
 * mapping at once (a new form cannot forget it), with a 400 that names the field:
 * <ul>
 *   <li>a NUL character in any parameter's name or value, of a form, a query or a multipart
 *       field: PostgreSQL cannot store one in text, so it would fail deep inside a save;</li>
 *   <li>a {@code page} parameter that is not a whole number from 0 to {@value #MAX_PAGE}: no list
 *       has that many pages, and a huge one overflows the offset.</li>
 * </ul>
 * A page answers with the error page listing the problem (the browser's Back button returns to
 * the form as typed); the API with the same problem document as any invalid input. JSON bodies
 * are checked field by field by {@link NulInJsonBodies}. It runs before the security filters,
 * so the sign-in form is covered too.
 */
@Component
@Order(-200)
class RequestInputGuard extends OncePerRequestFilter {

    /** More pages than any list has (50 a page: five million rows). */
    static final int MAX_PAGE = 100_000;

    /** The request attribute the error page reads the problems from. */
    static final String PROBLEMS = "inputProblems";

    /** The request attribute the error page shows what was typed from, so that none of it is lost. */
    static final String KEPT = "inputKept";

    /** A field of a refused form as typed, less the characters that cannot be saved. */
    public record KeptField(String name, String value) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        var problems = problems(request.getParameterMap());
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            JsonMapper.shared().writeValue(response.getWriter(), Map.of("type", "urn:opencsc:problem:invalid-input", "title", "Bad Request",
                    "status", 400, "detail", "Some fields are missing or wrong", "errors", problems.all()));
            return;
        }
        request.setAttribute(PROBLEMS, problems.all());
        if ("POST".equals(request.getMethod())) {
            request.setAttribute(KEPT, kept(request.getParameterMap()));
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, problems.all().getFirst().field() + ": " + problems.all().getFirst().message());
    }

    static FieldProblems problems(Map<String, String[]> parameters) {
        var problems = new FieldProblems();
        parameters.forEach((name, values) -> {
            var field = shown(name);
            if (name.indexOf('\0') >= 0 || java.util.Arrays.stream(values).anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                problems.add(field, field + " contains a character that cannot be saved (a NUL character): remove it and send it again");
            } else if (name.equals("page") && !java.util.Arrays.stream(values).allMatch(RequestInputGuard::pageNumber)) {
                problems.add(field, "Page must be a whole number from 0 to " + MAX_PAGE);
            }
        });
        return problems;
    }

    /**
     * What the person typed, shown back on the error page in case the browser's Back button does
     * not return the form as it was: every field with text in it, the NUL characters taken out,
     * less the form's token and anything that is a password.
     */
    static List<KeptField> kept(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .filter(field -> !field.getKey().equals("_csrf") && !field.getKey().toLowerCase(java.util.Locale.ROOT).contains("password"))
                .map(field -> new KeptField(shown(field.getKey()), java.util.Arrays.stream(field.getValue())
                        .filter(v -> v != null && !v.isBlank()).map(v -> v.replace("\0", ""))
                        .collect(java.util.stream.Collectors.joining("\n"))))
                .filter(field -> !field.value().isBlank())
                .toList();
    }

    private static boolean pageNumber(String value) {
        if (value == null || value.isEmpty()) {
            return true; // the list's first page
        }
        if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(value) <= MAX_PAGE;
    }

    /** The field's name as it can be shown: control characters replaced, and not too long. */
    private static String shown(String name) {
        var clean = name.replaceAll("\\p{Cntrl}", "\uFFFD");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
