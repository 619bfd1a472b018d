package org.opencsc.care;

import java.time.LocalDate;
import java.util.List;

/** A looked-after child's schools and personal education plan meetings, newest first. */
public record EducationRecord(List<School> schools, List<PepMeeting> peps) {

    public EducationRecord {
        schools = List.copyOf(schools);
        peps = List.copyOf(peps);
    }

    /** A school the child attends or attended, with its DfE unique reference number when known. */
    public record School(long id, long personId, String name, String urn, LocalDate from, LocalDate to) {
        public boolean current() {
            return to == null;
        }
    }

    /** A personal education plan meeting: the school it was held with and the targets agreed. */
    public record PepMeeting(long id, long personId, LocalDate date, String school, String targets) {
    }
}
