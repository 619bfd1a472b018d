package org.opencsc.chronology;

import static org.opencsc.chronology.Entries.entry;

import java.util.List;
import org.opencsc.child.Person;
import org.opencsc.chronology.SubjectAccessDocument.Section;
import org.opencsc.work.CaseNoteService;
import org.opencsc.work.VisitService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every finalised case note with every version (a correction shows what it replaced and why), and every visit. */
@Component
@Order(2)
class CaseNotesPart implements SubjectAccessPart {

    private final CaseNoteService notes;
    private final VisitService visits;

    CaseNotesPart(CaseNoteService notes, VisitService visits) {
        this.notes = notes;
        this.visits = visits;
    }

    @Override
    public List<Section> sections(Person child) {
        var caseNotes = notes.allVersions(child.id()).stream()
                .map(note -> entry(Entries.words(note.occurredOn()) + ": " + note.subject() + (note.version() > 1 ? " (version " + note.version() + ")" : ""))
                        .field("Kind", note.kind()).field("Note", note.body()).field("Written by", note.authorName())
                        .field("Finalised", note.finalisedAt()).field("Reason for the correction", note.correctionReason()).build())
                .toList();
        var visitEntries = visits.all(child.id()).stream()
                .map(visit -> entry(Entries.words(visit.visitDate()) + ": " + visit.kind().label())
                        .field("Child seen", visit.childSeen()).field("Seen alone", visit.seenAlone())
                        .field("Observations", visit.observations()).field("Recorded by", visit.recordedBy()).build())
                .toList();
        return List.of(new Section("Case notes, with every version", caseNotes), new Section("Visits", visitEntries));
    }
}
