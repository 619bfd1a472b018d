package org.opencsc.performance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The dashboards' bodies, drawn once for each version of the figures and kept until the figures
 * change. Every head of service, director and team manager reads the same figures, so twenty of
 * them opening the page at once cost one drawing, not twenty. What is kept holds no one's name
 * and no form: the page around it (the menu, who is signed in, the sign-out form) is drawn for each
 * request as usual.
 */
@Component
class DrawnPages {

    private record Drawn(long version, String html) {
    }

    private final SpringTemplateEngine templates;
    private final PerformanceDashboards dashboards;
    private final Map<String, Drawn> drawn = new ConcurrentHashMap<>();
    private final Map<String, Object> drawing = new ConcurrentHashMap<>();

    DrawnPages(SpringTemplateEngine templates, PerformanceDashboards dashboards) {
        this.templates = templates;
        this.dashboards = dashboards;
    }

    /** The body for a key, drawn from the template with the variables given if the figures have changed since it was last drawn. */
    String body(String key, String template, Supplier<Map<String, Object>> variables, HttpServletRequest request, HttpServletResponse response) {
        var version = dashboards.version();
        var kept = drawn.get(key);
        if (kept != null && kept.version() >= version) {
            return kept.html();
        }
        // One reader draws a changed page while the others who asked for it at the same moment wait for that drawing.
        synchronized (drawing.computeIfAbsent(key, k -> new Object())) {
            kept = drawn.get(key);
            if (kept != null && kept.version() >= version) {
                return kept.html();
            }
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
            var html = templates.process(template, new WebContext(exchange, Locale.UK, variables.get()));
            drawn.put(key, new Drawn(version, html));
            return html;
        }
    }
}
