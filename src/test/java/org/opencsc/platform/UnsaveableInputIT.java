package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.HandlerRules;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input the database cannot hold or the application cannot page to: a NUL byte in any field of
 * any form or JSON body, page numbers out of range on every paged list, a chronology filter's
 * impossible date. Each is a 4xx naming the field, never a 500. The walks go over every mapping
 * of ours, as the authorisation walk does, so a new form or list is covered without a new test.
 */
@IntegrationTest
class UnsaveableInputIT {

    private static final String NUL = "a\u0000b";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    ChildRecordService records;

    StaffUser manager;
    long child;
    final Map<Role, StaffUser> users = new LinkedHashMap<>();

    @BeforeEach
    void aChild() {
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        child = records.create(PersonForms.child("Nadia", "Walker", "3", "4", "2016"));
        TestStaff.signOut();
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    record Endpoint(HttpMethod method, String path, HandlerMethod handler) {
    }

    private List<Endpoint> ours() {
        var endpoints = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!HandlerRules.ours(handler)) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            var httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET) : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (var pattern : info.getPatternValues()) {
                var path = pattern.replaceAll("\\{(id|personId)}", String.valueOf(child))
                        .replace("{slug}", org.opencsc.performance.Indicator.values()[0].slug()).replaceAll("\\{[^}]+}", "1");
                httpMethods.forEach(method -> endpoints.add(new Endpoint(method, path, handler)));
            }
        });
        return endpoints;
    }

    /** Someone allowed through the endpoint's rule, so that the request reaches the form's code. */
    private StaffUser allowed(HandlerMethod handler) {
        return users.computeIfAbsent(HandlerRules.roleAllowed(handler, Role.TEAM_MANAGER), staff::create);
    }

    /** Every field a form or body of the handler binds, with a NUL byte in each text. */
    private static Map<String, Object> fieldsWithNul(HandlerMethod handler, boolean json) {
        var fields = new LinkedHashMap<String, Object>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            var type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestParam.class) && type == String.class) {
                fields.put(parameter.getParameterAnnotation(RequestParam.class).name().isEmpty() ? parameter.getParameterName()
                        : parameter.getParameterAnnotation(RequestParam.class).name(), NUL);
            }
            var bound = json ? parameter.hasParameterAnnotation(RequestBody.class)
                    : parameter.hasParameterAnnotation(ModelAttribute.class) || (!parameter.hasParameterAnnotation(RequestBody.class) && type.isRecord());
            if (bound && type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    var componentType = component.getType();
                    if (componentType == String.class) {
                        fields.put(component.getName(), NUL);
                    } else if (componentType == DateParts.class) {
                        fields.put(component.getName(), json ? "2020-01-0\u00001" : Map.of("day", NUL, "month", "1", "year", "2020"));
                    } else if (List.class.isAssignableFrom(componentType) && component.getGenericType() instanceof ParameterizedType list
                            && list.getActualTypeArguments()[0] == String.class) {
                        fields.put(component.getName(), List.of(NUL));
                    }
                }
            }
        }
        fields.putIfAbsent("anything", NUL);
        return fields;
    }

    private static MockHttpServletRequestBuilder formPost(String path, Map<String, Object> fields) {
        var post = request(HttpMethod.POST, path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach((name, value) -> {
            switch (value) {
                case Map<?, ?> date -> date.forEach((part, text) -> post.param(name + "." + part, (String) text));
                case List<?> list -> list.forEach(text -> post.param(name, (String) text));
                default -> post.param(name, (String) value);
            }
        });
        return post;
    }

    /** The answer's status; an exception MockMvc lets through is what a server answers 500 to. */
    private int statusOf(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception failed) {
            return 500;
        }
    }

    @Test
    void aNulByteInAnyFieldOfAnyPostOfOursIsRefusedNamingTheFieldNeverA500() throws Exception {
        var failures = new ArrayList<String>();
        var walked = 0;
        for (var endpoint : ours()) {
            if (endpoint.method() != HttpMethod.POST || endpoint.path().equals("/logout")) {
                continue;
            }
            var user = allowed(endpoint.handler());
            var json = endpoint.path().startsWith("/api/");
            var fields = fieldsWithNul(endpoint.handler(), json);
            var post = json
                    ? request(HttpMethod.POST, endpoint.path()).contentType(MediaType.APPLICATION_JSON).content(JsonMapper.shared().writeValueAsString(fields))
                    : formPost(endpoint.path(), fields);
            var status = statusOf(post.with(TestStaff.as(user)).with(csrf()));
            walked++;
            if (status >= 500) {
                failures.add("POST " + endpoint.path() + " " + fields.keySet() + " answered " + status);
            }
        }
        assertThat(walked).isGreaterThan(50);
        assertThat(failures).as("posts with a NUL byte that failed").isEmpty();
    }

    @Test
    void aNulByteInAFormIsA400NamingTheField() throws Exception {
        var response = mvc.perform(request(HttpMethod.POST, "/children/" + child + "/notes/new").with(TestStaff.as(manager)).with(csrf())
                        .param("kind", "HOME_VISIT").param("subject", "Visit").param("body", "Seen at home\u0000").param("occurredOn.day", "1")
                        .param("occurredOn.month", "1").param("occurredOn.year", "2024"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getErrorMessage()).contains("body");
    }

    @Test
    void aNulByteInAJsonStringIsA400NamingTheField() throws Exception {
        var response = mvc.perform(request(HttpMethod.POST, "/api/children/" + child + "/notes").with(TestStaff.as(manager)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOME_VISIT\",\"subject\":\"Visit\\u0000\",\"body\":\"Seen\",\"occurredOn\":\"2024-01-01\"}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"subject\"");
    }

    @Test
    void pageNumbersOutOfRangeAre400OnEveryPagedList() throws Exception {
        var failures = new ArrayList<String>();
        var walked = 0;
        for (var endpoint : ours()) {
            var paged = endpoint.method() == HttpMethod.GET && Arrays.stream(endpoint.handler().getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestParam.class) && "page".equals(p.getParameterName()));
            if (!paged) {
                continue;
            }
            var user = allowed(endpoint.handler());
            if (statusOf(get(endpoint.path()).with(TestStaff.as(user))) != 200) {
                continue;
            }
            walked++;
            for (var page : List.of("-1", "99999999999", "2000000000", "100001")) {
                var status = statusOf(get(endpoint.path()).param("page", page).with(TestStaff.as(user)));
                if (status != 400) {
                    failures.add("GET " + endpoint.path() + "?page=" + page + " answered " + status);
                }
            }
        }
        assertThat(walked).as("paged lists walked").isGreaterThan(8);
        assertThat(failures).as("page numbers out of range").isEmpty();
    }

    @Test
    void aChronologyFilterWithAnImpossibleDateIsAFieldMessage() throws Exception {
        for (var year : List.of("0000", "9999", "-001", "12345")) {
            assertThat(statusOf(get("/children/" + child + "/chronology").with(TestStaff.as(manager))
                    .param("from.day", "1").param("from.month", "1").param("from.year", year))).as("year " + year).isLessThan(500);
            assertThat(statusOf(get("/children/" + child + "/chronology").with(TestStaff.as(manager))
                    .param("to.day", "31").param("to.month", "12").param("to.year", year))).as("year " + year).isLessThan(500);
        }
        assertThat(statusOf(get("/children/" + child + "/chronology").with(TestStaff.as(manager)).param("from", "2024-01-01"))).isLessThan(500);
        assertThat(statusOf(get("/children/" + child + "/chronology").with(TestStaff.as(manager)).param("strands", "NOPE"))).isLessThan(500);
    }
}
