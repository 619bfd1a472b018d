package org.opencsc.chronology;

import java.time.LocalDateTime;
import java.util.List;
import org.opencsc.child.Person;

/**
 * The whole record of a child as one document for a subject access request: sections of
 * entries, each entry a heading and its fields. A field holding someone else's information is
 * marked for redaction with the reason, for the person answering the request to review before
 * anything is disclosed.
 */
public record SubjectAccessDocument(Person person, String exportedBy, LocalDateTime exportedAt, List<Section> sections) {

    /** A value; marked for redaction when the reason is set. */
    public record Text(String value, String redaction) {
        public boolean marked() {
            return redaction != null;
        }
    }

    public record Field(String label, Text text) {
    }

    public record Entry(String heading, List<Field> fields) {
    }

    public record Section(String title, List<Entry> entries) {
    }

    /** Fields marked as third-party information. */
    public long markedItems() {
        return sections.stream().flatMap(s -> s.entries().stream()).flatMap(e -> e.fields().stream()).filter(f -> f.text().marked()).count();
    }

    public long entries() {
        return sections.stream().mapToLong(s -> s.entries().size()).sum();
    }

    /** The child's own record is restricted to named users: everything in the document comes from it and is marked so. */
    public boolean restricted() {
        return person.restricted();
    }
}
