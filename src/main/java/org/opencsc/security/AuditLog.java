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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

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
        record(action, personId, detail, null);
    }

    /**
     * A row about the child and another record ({@code about}: a related person, a household, an
     * adoptive family ...). The detail is fixed wording with dates, codes and numbers: it never
     * names a child, carer, relative, adopter or household, nor gives an address; the log names
     * the records at read time, to readers who may see them.
     */
    @Transactional
    public void record(AuditAction action, Long personId, String detail, AuditSubject about) {
        write(new AuditRepository.Structured(action, personId, detail, about, null, null, null));
        if (action == AuditAction.CREATE || action == AuditAction.UPDATE || action == AuditAction.CORRECT) {
            publisher.publishEvent(new RecordWritten(personId));
        }
    }

    /**
     * A search: the words typed are kept apart from the detail ("Searched children"), with every
     * child they matched (also restricted records the searcher was not shown), so that the log
     * shows the words and the count only to a reader who may see every one of those children.
     */
    @Transactional
    public void recordSearch(String detail, String terms, java.util.Collection<Long> matched, int shown) {
        write(new AuditRepository.Structured(AuditAction.SEARCH, null, detail, null, terms,
                matched.stream().distinct().toArray(Long[]::new), shown));
    }

    private void write(AuditRepository.Structured row) {
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        var names = repository.namesOf(row.personId(), row.about() != null && row.about().kind() == AuditSubject.Kind.PERSON ? row.about().id() : null);
        var detail = AuditDetailGuard.redact(row.detail(), names);
        if (!java.util.Objects.equals(detail, row.detail())) {
            LOG.warn("An audit detail named the person it is about ({} on record {}): the name was removed; fix the caller",
                    row.action(), row.personId(), new IllegalStateException("audit detail with a name"));
        }
        repository.append(
                CurrentUser.username(),
                row.withDetail(detail),
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod() + " " + request.getRequestURI());
        // This row tells the request's read of the child: the request then needs no VIEW of its own for it.
        RecordReads.audited(row.personId());
    }

    /**
     * A list of children was shown: one row for the list, naming the list (never a child), with the
     * ids of the children it showed, so that "who saw this child" finds the lists too.
     */
    @Transactional
    public void recordList(String detail, List<Long> shownPersonIds) {
        write(new AuditRepository.Structured(AuditAction.LIST, null, detail, null, null,
                shownPersonIds.toArray(Long[]::new), shownPersonIds.size()));
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
