package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes the audit rows for what a request read, once it has answered: a VIEW for each child the
 * request read through the visibility check and told no other audit row about, and one row for a
 * list with the ids of the children it showed. Only a request that answered 2xx is audited as a
 * read: a refused one (404 for a restricted record, 403) showed nothing, and its refusal has its
 * own row. The rows are written in a transaction of their own, after the page's (read-only) one.
 */
@Component
class RecordReadsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    RecordReadsInterceptor(@Lazy AuditLog audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RecordReads.open(request);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        var reads = RecordReads.take(request);
        var status = response.getStatus();
        if (failure != null || status < 200 || status >= 300) {
            return;
        }
        var list = handler instanceof HandlerMethod method ? listOf(method) : null;
        if (list == null && (reads == null || reads.everyChild().isEmpty())) {
            return;
        }
        var page = pageOf(request);
        ownTransaction.executeWithoutResult(done -> {
            if (list != null) {
                // A list is one row however many children it shows: the children it read one by one are among them.
                audit.recordList("Listed " + list.value() + " (" + page + ")", reads == null ? List.of() : List.copyOf(reads.everyChild()));
                return;
            }
            reads.unaudited().forEach((personId, what) -> audit.record(AuditAction.VIEW, personId, what != null ? what : "Viewed " + page));
            var shown = reads.shown();
            if (!shown.isEmpty()) {
                audit.recordList("Listed children on " + page, List.copyOf(shown));
            }
        });
    }

    private static ListsChildren listOf(HandlerMethod method) {
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ListsChildren.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ListsChildren.class);
    }

    /** The page or API path as mapped ("/children/{id}/cp-plans/{planId}"): it says what kind of part was read, never whose. */
    private static String pageOf(HttpServletRequest request) {
        var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var path = pattern != null ? pattern.toString() : request.getRequestURI();
        return path.startsWith("/api/") ? "through the API " + path : path;
    }
}
