package org.opencsc.returns.dfeapi;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how to send the daily payloads ({@code opencsc.dfe-api.*}). Off by default: the export
 * then only writes the files. The DfE issues either a bearer token, or a client id and secret to
 * exchange for one at its token endpoint (OAuth 2 client credentials), and may ask for a
 * subscription key sent with every request.
 *
 * @param url            the API's base address; requests go to {@code url/children_social_care_data/{la_code}/children}
 * @param token          a bearer token issued by the DfE, when it issues one directly
 * @param tokenUrl       the token endpoint, when a client id and secret are issued instead
 * @param subscriptionKey sent as {@code Ocp-Apim-Subscription-Key} when set
 */
@ConfigurationProperties("opencsc.dfe-api")
record DfeApiProperties(@DefaultValue("false") boolean enabled, URI url, String token, URI tokenUrl, String clientId, String clientSecret,
                        String scope, String subscriptionKey) {

    boolean hasToken() {
        return token != null && !token.isBlank();
    }
}
