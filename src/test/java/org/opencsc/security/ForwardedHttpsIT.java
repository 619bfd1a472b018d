package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy that ends TLS (here: a request from loopback, a trusted proxy address,
 * with {@code X-Forwarded-Proto: https}) the session cookie is Secure and HSTS is sent; on plain
 * HTTP neither. Runs against the real Tomcat (its RemoteIpValve reads the forwarded headers), in the
 * same application as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHttpsIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> signInPage(String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var response = signInPage("https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("OPENCSC_SESSION=").contains("Secure").contains("HttpOnly"));
    }

    @Test
    void onPlainHttpNeitherIsSent() throws Exception {
        var response = signInPage(null);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }
}
