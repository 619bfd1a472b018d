package org.opencsc.security;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * What the walks over every request mapping (authorisation, audit, unsaveable input) read from a
 * handler: its annotations, the permissions its rule names, and a role that passes the rule.
 */
public final class HandlerRules {

    private static final Pattern PERMISSION = Pattern.compile("hasAuthority\\('([A-Z_]+)'\\)");

    private HandlerRules() {
    }

    /** Whether the handler is one of ours, not a library's. */
    public static boolean ours(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.opencsc.");
    }

    /** The annotation on the method, else on its class. */
    public static <A extends Annotation> A annotation(HandlerMethod handler, Class<A> type) {
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
    }

    public static PreAuthorize ruleOf(HandlerMethod handler) {
        return annotation(handler, PreAuthorize.class);
    }

    /** Every permission the handler's rule names, in order. */
    public static List<Permission> permissionsNamed(HandlerMethod handler) {
        var rule = ruleOf(handler);
        var named = new ArrayList<Permission>();
        var matcher = PERMISSION.matcher(rule == null ? "" : rule.value());
        while (matcher.find()) {
            named.add(Permission.valueOf(matcher.group(1)));
        }
        return named;
    }

    /**
     * A role with every permission the handler's rule names, the preferred one where it will do;
     * failing that, one with the first permission named.
     */
    public static Role roleAllowed(HandlerMethod handler, Role preferred) {
        var needed = permissionsNamed(handler);
        if (preferred.permissions().containsAll(needed)) {
            return preferred;
        }
        return Arrays.stream(Role.values()).filter(role -> role.permissions().containsAll(needed)).findFirst()
                .or(() -> Arrays.stream(Role.values()).filter(role -> role.can(needed.getFirst())).findFirst())
                .orElseThrow();
    }
}
