package org.opencsc.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencsc.chronology.SubjectAccessDocument.Entry;
import org.opencsc.chronology.SubjectAccessDocument.Field;
import org.opencsc.chronology.SubjectAccessDocument.Text;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Coded;

/** Writes one entry of a subject access document: its fields in words, leaving out what was never recorded. */
final class Entries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ClockZone.UK);

    private final String heading;
    private final List<Field> fields = new ArrayList<>();

    private Entries(String heading) {
        this.heading = heading;
    }

    static Entries entry(String heading) {
        return new Entries(heading);
    }

    Entries field(String label, Object value) {
        var words = words(value);
        if (!words.isEmpty()) {
            fields.add(new Field(label, new Text(words, null)));
        }
        return this;
    }

    /** Someone else's information: marked for redaction with the reason ("third party: sibling"). */
    Entries thirdParty(String label, Object value, String reason) {
        var words = words(value);
        if (!words.isEmpty()) {
            fields.add(new Field(label, new Text(words, "third party: " + reason)));
        }
        return this;
    }

    Entry build() {
        return new Entry(heading, List.copyOf(fields));
    }

    static String words(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> date.format(DAY);
            case Instant moment -> MOMENT.format(moment);
            case Boolean yes -> yes ? "Yes" : "No";
            case Coded coded -> coded.label();
            case Collection<?> many -> many.stream().map(Entries::words).filter(w -> !w.isEmpty()).collect(Collectors.joining("; "));
            default -> value.toString().strip();
        };
    }
}
