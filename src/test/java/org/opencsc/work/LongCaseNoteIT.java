package org.opencsc.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case note far longer than a note may be, posted to the real server (Tomcat's own limit on a
 * form's size applies, which MockMvc would skip): the application, not Tomcat, answers, with the
 * form again, the field's message saying the limit, and every character typed still in the box.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongCaseNoteIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    ChildRecordService records;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html").header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page has a form token").isTrue();
        return matcher.group(1);
    }

    @Test
    void aNoteOverTwoMegabytesIsRefusedByTheFormWithTheLimitAndTheTextKept() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        var child = records.create(PersonForms.child("Long", "Note", "1", "1", "2015"));
        TestStaff.signOut();

        var signIn = post("/login", Map.of("username", worker.username(), "password", TestStaff.PASSWORD, "_csrf", csrf(get("/login"))));
        assertThat(signIn.statusCode()).isEqualTo(302);

        var form = get("/children/" + child + "/notes/new");
        assertThat(form.statusCode()).isEqualTo(200);
        var ending = "the last words typed " + System.nanoTime();
        var text = "Seen at home with mum. ".repeat(110_000) + ending; // about 2.5 MB
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", csrf(form));
        fields.put("kind", "HOME_VISIT");
        fields.put("subject", "Home visit");
        fields.put("occurredOn.day", "1");
        fields.put("occurredOn.month", "2");
        fields.put("occurredOn.year", "2025");
        fields.put("body", text);
        var answer = post("/children/" + child + "/notes/new", fields);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("govuk-error-summary").contains("Note must be 100000 characters or fewer").contains(ending);

        // A NUL character is refused before the form is read, with a page naming the field.
        fields.put("body", "Seen at home with her grandmother\u0000");
        fields.put("_csrf", csrf(get("/children/" + child + "/notes/new")));
        var refused = post("/children/" + child + "/notes/new", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary").contains("body contains a character that cannot be saved");
        // What was typed is on the page, whatever the browser's Back button does; the form's token is not.
        assertThat(refused.body()).contains("What you typed").contains(">Seen at home with her grandmother</textarea>")
                .doesNotContain(fields.get("_csrf"));
    }
}
