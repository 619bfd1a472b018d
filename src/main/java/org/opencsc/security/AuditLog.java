package org.opencsc.security;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who viewed, searched or changed a child's record, when and from
 * where. Writes join the caller's transaction, so a change that is rolled back is not logged
 * as made; refusals are logged in a transaction of their own so that they always stay.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    AuditLog(AuditRepository repository, org.springframework.context.ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    /**
     * A record was changed (a child's where the person is given, otherwise something else, such as
     * a carers' household), told in the changing transaction so that what is derived from records
     * can follow: every change is audited, so none is missed.
     */
    public record RecordWritten(Long personId) {
    }

    @Transactional
    public void record(AuditAction action, Long personId, String detail) {
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        repository.append(
                CurrentUser.username(),
                action,
                personId,
                detail,
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod() + " " + request.getRequestURI());
        // This row tells the request's read of the child: the request then needs no VIEW of its own for it.
        RecordReads.audited(personId);
        if (action == AuditAction.CREATE || action == AuditAction.UPDATE || action == AuditAction.CORRECT) {
            publisher.publishEvent(new RecordWritten(personId));
        }
    }

    /**
     * A list of children was shown: one row for the list, naming the list (never a child), with the
     * ids of the children it showed, so that "who saw this child" finds the lists too.
     */
    @Transactional
    public void recordList(String detail, List<Long> shownPersonIds) {
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        repository.appendList(
                CurrentUser.username(),
                detail,
                shownPersonIds,
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod() + " " + request.getRequestURI());
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordRefusal(Long personId, String detail) {
        record(AuditAction.REFUSED, personId, detail);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return repository.find(query, CurrentUser.get().id());
    }
}
