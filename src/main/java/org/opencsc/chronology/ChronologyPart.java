package org.opencsc.chronology;

import static org.opencsc.chronology.Entries.entry;

import java.util.List;
import org.opencsc.child.Person;
import org.opencsc.chronology.SubjectAccessDocument.Section;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The chronology as the tab shows it, and every version of each significant event added by hand (its source marked). */
@Component
@Order(3)
class ChronologyPart implements SubjectAccessPart {

    private final ChronologyService chronology;

    ChronologyPart(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @Override
    public List<Section> sections(Person child) {
        var lines = chronology.lines(child.id()).stream()
                .map(line -> entry(Entries.words(line.date()) + ": " + line.event() + (line.byHand() ? " (added by hand)" : ""))
                        .field("Summary", line.summary()).field("Recorded by", line.recordedBy()).build())
                .toList();
        var events = chronology.allVersions(child.id()).stream()
                .map(event -> entry(Entries.words(event.eventDate()) + ": " + event.category().label() + " (version " + event.version() + ")")
                        .field("What happened", event.whatHappened()).field("Impact on the child", event.impact())
                        .thirdParty("Source", event.source(), "source of the information")
                        .field("Recorded", event.recordedAt()).field("Recorded by", event.recordedBy())
                        .field("Reason for the correction", event.correctionReason()).build())
                .toList();
        return List.of(new Section("Chronology", lines), new Section("Significant events added by hand, with every version", events));
    }
}
