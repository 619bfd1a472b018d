package org.opencsc.returns.dfeapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends payload files to the DfE's API, one request per file, and answers the receipt the DfE
 * gives each (empty when it answers "no content"). When sending is off it sends nothing.
 */
@Component
class DfeApiSender {

    /** What one payload file got back: the DfE's receipt, or null for "no content". */
    record Sent(Path file, String receipt) {
    }

    private final DfeApiProperties properties;
    private final CurrentAuthority authority;

    DfeApiSender(DfeApiProperties properties, CurrentAuthority authority) {
        this.properties = properties;
        this.authority = authority;
    }

    boolean enabled() {
        return properties.enabled();
    }

    List<Sent> send(List<Path> payloads) throws IOException {
        if (!properties.enabled() || payloads.isEmpty()) {
            return List.of();
        }
        if (properties.url() == null) {
            throw new IllegalStateException("opencsc.dfe-api.enabled is true but opencsc.dfe-api.url is not set");
        }
        var client = RestClient.builder().baseUrl(properties.url().toString()).build();
        var bearer = token(client);
        var sent = new ArrayList<Sent>();
        for (var payload : payloads) {
            var body = Files.readAllBytes(payload);
            try {
                var receipt = client.post().uri("/children_social_care_data/{la}/children", Integer.parseInt(authority.laCode()))
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .headers(headers -> authorise(headers, bearer))
                        .body(body)
                        .retrieve().body(String.class);
                sent.add(new Sent(payload, receipt == null || receipt.isBlank() ? null : receipt.strip().replace("\"", "")));
            } catch (RestClientResponseException refused) {
                throw new DfeApiRefusedException(payload.getFileName() + " was refused by the DfE API: " + refused.getStatusCode() + " "
                        + refused.getResponseBodyAsString(), refused);
            }
        }
        return sent;
    }

    private void authorise(HttpHeaders headers, String bearer) {
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        if (properties.subscriptionKey() != null && !properties.subscriptionKey().isBlank()) {
            headers.set("Ocp-Apim-Subscription-Key", properties.subscriptionKey());
        }
    }

    /** The bearer token: the one configured, or one obtained with the client id and secret; none when neither is set. */
    private String token(RestClient client) {
        if (properties.hasToken()) {
            return properties.token();
        }
        if (properties.tokenUrl() == null || properties.clientId() == null) {
            return null;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        if (properties.scope() != null) {
            form.add("scope", properties.scope());
        }
        try {
            Map<?, ?> answer = client.post().uri(properties.tokenUrl()).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().body(Map.class);
            var token = answer == null ? null : answer.get("access_token");
            if (token == null) {
                throw new DfeApiRefusedException("The DfE token endpoint gave no access token", null);
            }
            return token.toString();
        } catch (RestClientResponseException refused) {
            throw new DfeApiRefusedException("The DfE token endpoint refused the client id and secret: " + refused.getStatusCode(), refused);
        }
    }

    /** The DfE's API did not accept a request; nothing after it was sent. */
    static class DfeApiRefusedException extends RuntimeException {
        DfeApiRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
