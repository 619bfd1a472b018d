package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The children one web request read, kept on the request until it ends. The visibility check that
 * every child-scoped page and API passes notes the child here, and lists note the children they
 * show; {@link RecordReadsInterceptor} then writes the audit rows once the request has answered, so
 * no page has to remember to audit its read, and a request that was refused (404, 403) or failed
 * writes no VIEW.
 *
 * <p>Outside a request dispatched to a handler (a scheduled job, the command line, a test calling a
 * service) there is nothing to note on, and the callers audit as they always did.
 */
public final class RecordReads {

    private static final String ATTRIBUTE = RecordReads.class.getName();

    /** Child read by the visibility check, with what the page said it showed (null when it said nothing). */
    private final Map<Long, String> read = new LinkedHashMap<>();
    private final Set<Long> shown = new LinkedHashSet<>();
    private final Set<Long> audited = new HashSet<>();

    private RecordReads() {
    }

    /**
     * Notes that the request read this child's record. Returns false outside a web request, when the
     * caller must audit the read itself.
     */
    public static boolean read(long personId, String what) {
        var reads = current();
        if (reads == null) {
            return false;
        }
        synchronized (reads) {
            var before = reads.read.get(personId);
            if (before == null) {
                reads.read.put(personId, what);
            }
        }
        return true;
    }

    /** Notes the children a list showed (those the reader may see), for the list's audit row. */
    public static void shown(Collection<Long> personIds) {
        var reads = current();
        if (reads == null || personIds == null) {
            return;
        }
        synchronized (reads) {
            reads.shown.addAll(personIds);
        }
    }

    /**
     * An audit row for this child was written in this request (a CREATE, an UPDATE, a refusal ...),
     * so its read needs no VIEW of its own. Counted only once the row is committed: a change that
     * is rolled back leaves no row, and then the page it shows again is a read like any other.
     */
    static void audited(Long personId) {
        var reads = current();
        if (reads == null || personId == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reads.markAudited(personId);
                }
            });
        } else {
            reads.markAudited(personId);
        }
    }

    private synchronized void markAudited(long personId) {
        audited.add(personId);
    }

    /**
     * Starts noting for a request that the dispatcher hands to a handler. Only such a request is
     * noted on: a thread that merely has a request bound (a test, a filter) audits as it always did.
     */
    static void open(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            request.setAttribute(ATTRIBUTE, new RecordReads());
        }
    }

    /** What the request read, taken off the request so that it is written once. */
    static RecordReads take(HttpServletRequest request) {
        var reads = (RecordReads) request.getAttribute(ATTRIBUTE);
        request.removeAttribute(ATTRIBUTE);
        return reads;
    }

    /** The children read whose reads no other audit row of the request already tells, with what was said of each. */
    synchronized Map<Long, String> unaudited() {
        var result = new LinkedHashMap<Long, String>();
        read.forEach((id, what) -> {
            if (!audited.contains(id)) {
                result.put(id, what);
            }
        });
        return result;
    }

    /** Every child the request read or showed, in the order first met. */
    synchronized Set<Long> everyChild() {
        var all = new LinkedHashSet<>(read.keySet());
        all.addAll(shown);
        return all;
    }

    synchronized Set<Long> shown() {
        return new LinkedHashSet<>(shown);
    }

    private static RecordReads current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        return (RecordReads) attributes.getRequest().getAttribute(ATTRIBUTE);
    }
}
