package org.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What is recorded about a looked-after child's health, newest first in each list. */
public record HealthRecord(List<Assessment> assessments, List<DentalCheck> dentalChecks, List<Immunisations> immunisations, List<Sdq> sdqs) {

    public HealthRecord {
        assessments = List.copyOf(assessments);
        dentalChecks = List.copyOf(dentalChecks);
        immunisations = List.copyOf(immunisations);
        sdqs = List.copyOf(sdqs);
    }

    /** A health assessment by a doctor or nurse, with who did it and what they found. */
    public record Assessment(long id, long personId, HealthAssessmentKind kind, LocalDate date, String assessedBy, String outcome) {
    }

    public record DentalCheck(long id, long personId, LocalDate date) {
    }

    /** Whether the child's immunisations were up to date on the day it was checked. */
    public record Immunisations(long id, long personId, LocalDate date, boolean upToDate) {
    }

    /** A strengths and difficulties questionnaire: a total score from 0 to 40, or the reason none was completed. */
    public record Sdq(long id, long personId, LocalDate date, Integer score, SdqReason reason) {
    }

    /** The latest record of immunisations, which says whether they are up to date now. */
    public Optional<Immunisations> latestImmunisations() {
        return immunisations.stream().findFirst();
    }
}
