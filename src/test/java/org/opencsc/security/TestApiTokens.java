package org.opencsc.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issues API tokens to test staff and sends them as the API expects: {@code Authorization: Bearer}. */
@Component
public class TestApiTokens {

    private final ApiTokenService tokens;
    private final Map<Long, String> issued = new ConcurrentHashMap<>();

    TestApiTokens(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** A token for this member of staff (one each, issued the first time it is asked for). */
    public String tokenOf(StaffUser user) {
        return issued.computeIfAbsent(user.id(), id -> tokens.issue(new ApiTokenForm(user.username(), "Tests", "30"), "tests").token());
    }

    /** An API request made as this member of staff, with their token. */
    public RequestPostProcessor bearer(StaffUser user) {
        return bearer(tokenOf(user));
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
