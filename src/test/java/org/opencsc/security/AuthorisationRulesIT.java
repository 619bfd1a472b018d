package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Walks every request mapping in the application. Each of ours must state its rule with
 * {@code @PreAuthorize}; every mapping, ours or a library's, must refuse a stranger; and
 * every permission rule must refuse a member of staff whose role lacks the permission.
 */
@IntegrationTest
class AuthorisationRulesIT {

    /** Library endpoints and why they are allowed without a @PreAuthorize of ours. */
    private static final Map<String, String> LIBRARY_ENDPOINTS = Map.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController", "renders error pages; public by design",
            "org.springdoc", "OpenAPI description under /api: behind the API's authentication");

    private static final Pattern PERMISSION = Pattern.compile("hasAuthority\\('([A-Z_]+)'\\)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;

    record Endpoint(HttpMethod method, String path, HandlerMethod handler) {
    }

    private List<Endpoint> endpoints() {
        var endpoints = new ArrayList<Endpoint>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var methods = entry.getKey().getMethodsCondition().getMethods();
            var httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (var pattern : entry.getKey().getPatternValues()) {
                for (var method : httpMethods) {
                    endpoints.add(new Endpoint(method, pattern.replaceAll("\\{[^}]+}", "1"), entry.getValue()));
                }
            }
        }
        return endpoints;
    }

    private static PreAuthorize ruleOf(HandlerMethod handler) {
        return HandlerRules.ruleOf(handler);
    }

    private static boolean ours(HandlerMethod handler) {
        return HandlerRules.ours(handler);
    }

    @Test
    void everyEndpointOfOursStatesItsAuthorisationRule() {
        var endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);
        var missing = endpoints.stream().filter(e -> ours(e.handler()) && ruleOf(e.handler()) == null)
                .map(e -> e.method() + " " + e.path()).toList();
        assertThat(missing).as("endpoints without @PreAuthorize").isEmpty();

        var unexplained = endpoints.stream().filter(e -> !ours(e.handler()))
                .filter(e -> LIBRARY_ENDPOINTS.keySet().stream().noneMatch(prefix -> e.handler().getBeanType().getName().startsWith(prefix)))
                .map(e -> e.handler().getBeanType().getName()).distinct().toList();
        assertThat(unexplained).as("library endpoints nobody has looked at").isEmpty();
    }

    @Test
    void everyEndpointRefusesSomeoneWhoHasNotSignedIn() throws Exception {
        var publicPaths = List.of("/login", "/error");
        for (var endpoint : endpoints()) {
            if (publicPaths.contains(endpoint.path())) {
                continue;
            }
            var result = mvc.perform(request(endpoint.method(), endpoint.path()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andReturn().getResponse();
            var refused = endpoint.path().startsWith("/api")
                    ? result.getStatus() == 401
                    : result.getStatus() == 302 && String.valueOf(result.getRedirectedUrl()).endsWith("/login");
            assertThat(refused).as(endpoint.method() + " " + endpoint.path() + " answered " + result.getStatus() + " to a stranger").isTrue();
        }
    }

    @Test
    void everyPermissionRuleRefusesARoleWithoutThatPermission() throws Exception {
        var checked = 0;
        for (var endpoint : endpoints()) {
            if (!ours(endpoint.handler())) {
                continue;
            }
            var matcher = PERMISSION.matcher(ruleOf(endpoint.handler()).value());
            if (!matcher.find()) {
                continue;
            }
            var permission = Permission.valueOf(matcher.group(1));
            var lacking = Arrays.stream(Role.values()).filter(role -> !role.can(permission)).findFirst();
            if (lacking.isEmpty()) {
                continue;
            }
            var user = staff.create(lacking.get());
            var status = mvc.perform(request(endpoint.method(), endpoint.path()).with(TestStaff.as(user)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint.method() + " " + endpoint.path() + " as " + lacking.get()).isEqualTo(403);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }
}
