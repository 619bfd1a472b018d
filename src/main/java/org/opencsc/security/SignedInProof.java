package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A cookie, set at sign-in, that says who signed in in this browser: the username and an HMAC of it
 * with a key made afresh at every start. It outlives the session, so that a form sent after the
 * session timed out can be kept for that person, and for nobody else. HttpOnly (no script reads it),
 * SameSite=Strict (a cross-site page's form never carries it), Secure on HTTPS; a restart makes every
 * such cookie worthless, as it does every session.
 */
@Component
class SignedInProof {

    static final String COOKIE = "OPENCSC_SIGNED_IN";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    SignedInProof() {
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        var value = encode(username.getBytes(StandardCharsets.UTF_8)) + "." + encode(sign(username));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, -1).toString());
    }

    void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", 0).toString());
    }

    /** The username this browser proves it signed in as, if its cookie is genuine. */
    Optional<String> username(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (var cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return verify(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<String> verify(String value) {
        var dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            var username = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            var signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
            return MessageDigest.isEqual(signature, sign(username)) ? Optional.of(username) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(String username) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, long maxAge) {
        var path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(request.isSecure()).sameSite("Strict").path(path)
                .maxAge(maxAge).build();
    }
}
