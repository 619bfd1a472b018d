package org.opencsc.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Person;
import org.opencsc.platform.Coded;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing up work with a child. A draft can be saved at any moment (by the page every few
 * seconds) with whatever has been typed; finalising checks the note; a finalised note can only
 * be corrected by a new version saying why.
 */
@Service
public class CaseNoteService {

    public static final int PAGE_SIZE = 20;

    private final CaseNoteRepository notes;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    CaseNoteService(CaseNoteRepository notes, ChildRecordService records, AuditLog audit, Clock clock) {
        this.notes = notes;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<CaseNote> notesFor(long personId, int page) {
        records.view(personId, "Viewed case notes");
        return notes.forPerson(personId, CurrentUser.username(), PAGE_SIZE + 1, Math.max(page, 0) * PAGE_SIZE);
    }

    /** A note and its earlier versions, newest first. */
    @Transactional
    public List<CaseNote> history(long personId, long noteId) {
        var note = visibleNote(personId, noteId);
        records.view(personId, "Viewed case note " + noteId);
        return note.draft() ? List.of(note) : notes.versions(note.noteGroup());
    }

    /** Every finalised note with all its versions, oldest event first (drafts are their authors' until finalised): for a subject access export. */
    @Transactional(readOnly = true)
    public List<CaseNote> allVersions(long personId) {
        records.visible(personId);
        return notes.allVersions(personId);
    }

    @Transactional(readOnly = true)
    public CaseNote note(long personId, long noteId) {
        return visibleNote(personId, noteId);
    }

    /** Keeps whatever has been typed, checked only for length; returns the draft's id. */
    @Transactional
    public long saveDraft(long personId, NoteForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var subject = problems.text("subject", "Subject", form.subject(), 200, false);
        var body = problems.text("body", "Note", form.body(), 100_000, false);
        var kind = problems.choice("kind", "Type of note", form.kind(), code -> Coded.fromCode(NoteKind.class, code), false);
        var occurred = form.occurredOn().read("occurredOn", "Date of the event", new FieldProblems());
        problems.throwIfAny();
        var author = CurrentUser.username();
        var text = body == null ? "" : body;
        if (form.draftId() != null && notes.updateDraft(form.draftId(), personId, author, kind, subject, text, occurred, false)) {
            return form.draftId();
        }
        var id = notes.insert(personId, UUID.randomUUID(), 1, kind, subject, text, occurred, false, author, null);
        audit.record(AuditAction.CREATE, personId, "Started a draft case note");
        return id;
    }

    /** Checks the note in full and finalises it (the draft, if there is one). */
    @Transactional
    public long finalise(long personId, NoteForm form) {
        var person = records.visible(personId);
        var checked = check(form, person);
        var author = CurrentUser.username();
        long id;
        if (form.draftId() != null
                && notes.updateDraft(form.draftId(), personId, author, checked.kind(), checked.subject(), checked.body(), checked.occurredOn(), true)) {
            id = form.draftId();
        } else {
            id = notes.insert(personId, UUID.randomUUID(), 1, checked.kind(), checked.subject(), checked.body(), checked.occurredOn(),
                    true, author, null);
        }
        audit.record(AuditAction.CREATE, personId, "Finalised case note " + id + ": " + checked.kind().label(), AuditSubject.caseNote(id));
        return id;
    }

    /** Records a correction of a finalised note as its next version. */
    @Transactional
    public long correct(long personId, long noteId, NoteForm form) {
        var person = records.visible(personId);
        var original = visibleNote(personId, noteId);
        var latest = notes.versions(original.noteGroup()).getFirst();
        var problems = new FieldProblems();
        var reason = problems.text("correctionReason", "Reason for the correction", form.correctionReason(), 500, true);
        var checked = check(form, person, problems);
        if (original.draft()) {
            problems.add("correctionReason", "A draft is changed by editing it, not by a correction");
        }
        problems.throwIfAny();
        if (latest.id() != noteId) {
            throw new org.opencsc.platform.RecordChangedException("This case note");
        }
        var id = notes.insert(personId, original.noteGroup(), latest.version() + 1, checked.kind(), checked.subject(), checked.body(),
                checked.occurredOn(), true, CurrentUser.username(), reason);
        audit.record(AuditAction.CORRECT, personId, "Corrected case note " + noteId + " as " + id, AuditSubject.caseNote(id));
        return id;
    }

    private record CheckedNote(NoteKind kind, String subject, String body, LocalDate occurredOn) {
    }

    private CheckedNote check(NoteForm form, Person person) {
        var problems = new FieldProblems();
        var checked = check(form, person, problems);
        problems.throwIfAny();
        return checked;
    }

    private CheckedNote check(NoteForm form, Person person, FieldProblems problems) {
        var kind = problems.choice("kind", "Type of note", form.kind(), code -> Coded.fromCode(NoteKind.class, code), true);
        var subject = problems.text("subject", "Subject", form.subject(), 200, true);
        var body = problems.text("body", "Note", form.body(), 100_000, true);
        var occurred = form.occurredOn().read("occurredOn", "Date of the event", problems);
        problems.check(occurred != null || problems.has("occurredOn"), "occurredOn", "Enter the date of the event");
        var today = LocalDate.now(clock);
        problems.check(occurred, d -> !d.isAfter(today), "occurredOn", "Date of the event must be today or in the past");
        var earliest = person.dateOfBirth() != null ? person.dateOfBirth().minusYears(1) : today.minusYears(1);
        problems.check(occurred, d -> !d.isBefore(earliest), "occurredOn",
                "Date of the event must be after " + earliest + " (a year before the date of birth)");
        return new CheckedNote(kind, subject, body, occurred);
    }

    private CaseNote visibleNote(long personId, long noteId) {
        records.visible(personId);
        return notes.find(noteId)
                .filter(note -> note.personId() == personId)
                .filter(note -> !note.draft() || note.author().equalsIgnoreCase(CurrentUser.username()))
                .orElseThrow(() -> new NotFoundException("Case note " + noteId));
    }
}
