package org.opencsc.work;

import org.opencsc.platform.DateParts;

/** A case note as typed; kept as text so a rejected or interrupted form comes back as it was. */
public record NoteForm(Long draftId, String kind, String subject, String body, DateParts occurredOn, String correctionReason) {

    public NoteForm {
        occurredOn = DateParts.orEmpty(occurredOn);
    }

    public static NoteForm blank() {
        return new NoteForm(null, null, null, null, DateParts.EMPTY, null);
    }

    public static NoteForm of(CaseNote note) {
        return new NoteForm(note.draft() ? note.id() : null, note.kind() == null ? null : note.kind().code(), note.subject(), note.body(),
                DateParts.of(note.occurredOn()), null);
    }
}
