package org.opencsc.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.platform.FieldProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.NotPermittedException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordReads;
import org.opencsc.security.Permission;
import org.opencsc.security.StaffAccountService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's record: finding, reading and changing a person's details. Every read and every
 * change is written to the audit log; a restricted record answers "not found" to anyone not
 * named on it, and the attempt is logged.
 */
@Service
public class ChildRecordService {

    /**
     * The one answer when an LA child ID belongs to someone else, whether or not the reader may
     * see that record: saying whose it is, or that it is taken by another person, would confirm
     * that a restricted record exists.
     */
    static final String LA_CHILD_ID_TAKEN = "LA child ID cannot be used: enter a different one, or leave it empty for one to be given";

    private final PersonRepository people;
    private final CaseEventRepository events;
    private final AuditLog audit;
    private final StaffAccountService staff;
    private final Clock clock;
    private final CurrentAuthority authority;
    private final ApplicationEventPublisher publisher;

    ChildRecordService(PersonRepository people, CaseEventRepository events, AuditLog audit, StaffAccountService staff, Clock clock,
                       CurrentAuthority authority, ApplicationEventPublisher publisher) {
        this.authority = authority;
        this.publisher = publisher;
        this.people = people;
        this.events = events;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Reads a person's record for the signed-in user, saying what the page shows. In a web request
     * the VIEW is written when the request has answered (see {@link RecordReads}), once however
     * often the record is read; outside one it is written now.
     */
    @Transactional
    public Person view(long id, String what) {
        var person = visible(id);
        if (!RecordReads.read(id, what)) {
            audit.record(AuditAction.VIEW, id, what);
        }
        return person;
    }

    /**
     * The person if the signed-in user may see them; otherwise not found, with the refusal logged.
     * Every child-scoped page and API passes here, so this is where a web request's read of the
     * child is noted: the request writes its VIEW when it has answered (see {@link RecordReads}).
     */
    @Transactional(readOnly = true)
    public Person visible(long id) {
        var reader = CurrentUser.get().id();
        var person = people.findVisible(id, reader).orElseThrow(() -> {
            if (people.isHiddenFrom(id, reader)) {
                audit.recordRefusal(id, "Refused: restricted record");
            }
            return new NotFoundException("Person " + id);
        });
        RecordReads.read(id, null);
        return person;
    }

    /** Enough restricted matches for the log to hide the words; a search matching more hides them just as well. */
    private static final int RESTRICTED_MATCHES_KEPT = 50;

    @Transactional
    public List<PersonSummary> search(ChildSearch search) {
        if (search.isEmpty()) {
            return List.of();
        }
        var reader = CurrentUser.get().id();
        var found = people.search(search, reader);
        // The words go apart from the detail, with every child they matched, restricted records the
        // searcher was not shown included: the log shows the words only to readers who may see them all.
        var shown = found.stream().limit(ChildSearch.PAGE_SIZE).map(PersonSummary::id).toList();
        var matched = new java.util.ArrayList<>(shown);
        matched.addAll(people.restrictedMatches(search, reader, RESTRICTED_MATCHES_KEPT));
        RecordReads.shown(shown);
        audit.recordSearch("Searched children", search.describe(), matched, shown.size());
        return found;
    }

    /**
     * Records a new person. This is the one place a person is made (the new-child form, the API,
     * "add a relationship" with someone not yet recorded, ...), so the permission to record one is
     * checked here, for every path. A command run on the server by its operator (the legacy
     * import) has nobody signed in, and is not refused.
     */
    @Transactional
    public long create(PersonForm form) {
        CurrentUser.find().ifPresent(user -> {
            if (!user.role().can(Permission.CHILD_CREATE)) {
                throw new NotPermittedException("Your role does not allow recording a new person. Choose someone already recorded, "
                        + "or ask a social worker or team manager to record them.");
            }
        });
        var problems = new FieldProblems();
        var details = form.check(today(), problems);
        if (details != null && details.laChildId() != null && people.laChildIdTaken(details.laChildId(), null)) {
            problems.add("laChildId", LA_CHILD_ID_TAKEN);
        }
        problems.throwIfAny();
        var id = people.insert(details, CurrentUser.username());
        // Names stay out of the detail: the log shows the record, whose name it hides from readers not named on a restricted one.
        audit.record(AuditAction.CREATE, id, "Recorded a new " + details.kind().label().toLowerCase());
        return id;
    }

    @Transactional
    public void update(long id, PersonForm form) {
        var current = visible(id);
        var problems = new FieldProblems();
        var details = form.check(today(), problems);
        if (details != null && details.laChildId() != null && people.laChildIdTaken(details.laChildId(), id)) {
            problems.add("laChildId", LA_CHILD_ID_TAKEN);
        }
        if (form.version() == null) {
            problems.add("version", "The form is missing the record's version: open the record again");
        }
        problems.throwIfAny();
        if (!people.update(id, details, form.version(), CurrentUser.username())) {
            throw new RecordChangedException(current.fullName() + "'s details");
        }
        audit.record(AuditAction.UPDATE, id, "Changed details");
    }

    /**
     * Appends a key event and derives the case status again. Features that own a process
     * (front door, protection, care ...) call this as their events happen.
     */
    @Transactional
    public CaseStatus recordEvent(long personId, CaseEventKind kind, LocalDate date, String source) {
        visible(personId);
        events.insert(personId, kind, date, source, CurrentUser.username());
        return journeyChanged(personId);
    }

    /**
     * Puts a feature record's key events on the child's journey, replacing what that record put
     * there before (so a corrected date moves its events), and re-derives the case status and,
     * through {@link CaseEventsChanged}, every due date that depends on them.
     */
    @Transactional
    public CaseStatus recordMilestones(long personId, String source, long sourceId, List<Milestone> milestones) {
        events.replace(personId, source, sourceId, milestones, CurrentUser.username());
        return journeyChanged(personId);
    }

    /** A key event and the feature record that put it on the journey. */
    public record SourcedMilestone(String source, long sourceId, Milestone milestone) {
    }

    /**
     * Puts the key events of many records on a journey that has none of them yet (a child's
     * history brought in from the council's previous system), then derives the case status and,
     * through {@link CaseEventsChanged}, the child's due dates once, in the caller's transaction.
     */
    @Transactional
    public CaseStatus recordHistory(long personId, List<SourcedMilestone> milestones) {
        events.insertAll(personId, milestones, CurrentUser.username());
        return journeyChanged(personId);
    }

    /** The child's key events in date order: the timeline of the record. */
    @Transactional(readOnly = true)
    public List<CaseEvent> journey(long personId) {
        visible(personId);
        return events.findForPerson(personId);
    }

    /**
     * The child's key events for deriving what follows from them (statutory due dates) after a
     * change: not a read by anyone, so neither checked against restrictions nor audited.
     */
    @Transactional(readOnly = true)
    public List<CaseEvent> eventsToDeriveFrom(long personId) {
        return events.findForPerson(personId);
    }

    /** The child's journey, to read open strands and last events from. */
    @Transactional(readOnly = true)
    public Journey journeyOf(long personId) {
        return new Journey(journey(personId));
    }

    /** Every event in the authority, person by person in date order: for re-deriving everything at once. */
    @Transactional(readOnly = true)
    public void forEachEvent(java.util.function.Consumer<CaseEvent> consumer) {
        events.forEachInAuthority(authority.id(), consumer);
    }

    /** The dates of birth of these people, for figures across the authority that count every child and name none. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, LocalDate> datesOfBirth(java.util.Collection<Long> ids) {
        return people.datesOfBirth(ids);
    }

    /** Which of these people the signed-in user may see: for lists built by other features. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> visibleAmong(java.util.Collection<Long> ids) {
        return shown(people.visibleAmong(ids, CurrentUser.get().id()));
    }

    /** The children allocated to a worker that the signed-in user may see. */
    @Transactional(readOnly = true)
    public List<CaseloadEntry> workerCaseload(long workerId) {
        return shownEntries(people.caseload("worker_id", workerId, CurrentUser.get().id()));
    }

    /** The ids of the children a team holds that the signed-in user may see. */
    @Transactional(readOnly = true)
    public List<Long> teamMembers(long teamId) {
        // For counting: the page names only the children it then reads through teamCaseloadOf.
        return people.teamMembers(teamId, CurrentUser.get().id());
    }

    /** A team's children waiting for a worker, that the signed-in user may see. */
    @Transactional(readOnly = true)
    public List<CaseloadEntry> teamUnallocated(long teamId) {
        return shownEntries(people.unallocated(teamId, CurrentUser.get().id()));
    }

    /** The team's caseload entries for these children (one page of a list). */
    @Transactional(readOnly = true)
    public List<CaseloadEntry> teamCaseloadOf(long teamId, java.util.Collection<Long> personIds) {
        return shownEntries(people.caseloadOf(teamId, personIds, CurrentUser.get().id()));
    }

    /** These children with who holds them (if anyone), leaving out restricted records the signed-in user may not see. */
    @Transactional(readOnly = true)
    public List<CaseloadEntry> caseloadOf(java.util.Collection<Long> personIds) {
        return shownEntries(people.caseloadOfAnyone(personIds, CurrentUser.get().id()));
    }

    /*
     * The lists other features build from these answers show the children in them: a web request
     * notes them for its list row (see RecordReads), so a new list cannot forget to audit them.
     */
    private static <C extends java.util.Collection<Long>> C shown(C ids) {
        RecordReads.shown(ids);
        return ids;
    }

    private static List<CaseloadEntry> shownEntries(List<CaseloadEntry> entries) {
        RecordReads.shown(entries.stream().map(CaseloadEntry::personId).toList());
        return entries;
    }

    private CaseStatus journeyChanged(long personId) {
        var status = CaseStatus.derive(events.findForPerson(personId));
        people.updateCaseStatus(personId, status);
        publisher.publishEvent(new CaseEventsChanged(personId));
        return status;
    }

    /** Restricts a record to the named users (usernames separated by commas or lines). */
    @Transactional
    public void restrict(long id, String reason, String usernames) {
        visible(id);
        var problems = new FieldProblems();
        var named = new java.util.ArrayList<Long>();
        for (var username : (usernames == null ? "" : usernames).split("[,\\s]+")) {
            if (!username.isBlank()) {
                staff.findByUsername(username.strip()).ifPresentOrElse(user -> named.add(user.id()),
                        () -> problems.add("usernames", "Who may see the record: there is no staff account called " + username.strip()));
            }
        }
        restrict(id, reason, named, problems);
    }

    /** Restricts a record to named users; the person restricting it is always one of them. */
    @Transactional
    public void restrict(long id, String reason, List<Long> namedUserIds) {
        restrict(id, reason, namedUserIds, new FieldProblems());
    }

    private void restrict(long id, String reason, List<Long> namedUserIds, FieldProblems problems) {
        visible(id);
        var why = problems.text("reason", "Reason for restricting", reason, 200, true);
        problems.throwIfAny();
        var user = CurrentUser.get();
        people.restrict(id, why, user.getUsername());
        people.grantAccess(id, user.id(), user.getUsername());
        for (var named : namedUserIds) {
            people.grantAccess(id, named, user.getUsername());
        }
        audit.record(AuditAction.RESTRICT, id, "Restricted the record (" + namedUserIds.size() + " more users named)");
    }

    @Transactional(readOnly = true)
    public List<String> namedUsers(long id) {
        visible(id);
        return people.namedUsers(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
