package org.opencsc.child;

import java.time.LocalDate;

/** The parts of a person's record around their details: who they live with, who works with them. */
public final class RecordParts {

    private RecordParts() {
    }

    public record Address(long id, String line1, String line2, String town, String postcode, LocalDate startDate, LocalDate endDate) {
        public boolean current() {
            return endDate == null;
        }
    }

    public record Relationship(long id, long relatedPersonId, String relatedName, PersonKind relatedKind, LocalDate relatedDateOfBirth,
                               RelationshipKind kind, boolean parentalResponsibility, LocalDate startDate, LocalDate endDate,
                               boolean forward) {
        /** What the other person is to the person whose record this is. */
        public String label() {
            return forward ? kind.label() : kind.inverseLabel();
        }
    }

    public record Involvement(long id, String role, String name, String organisation, String phone, String email,
                              LocalDate startDate, LocalDate endDate) {
    }

    public record Allocation(long id, String teamName, String workerName, LocalDate startDate, LocalDate endDate) {
    }

    public record WarningNote(long id, String category, String note, LocalDate startDate, LocalDate reviewDate, LocalDate endDate,
                              String recordedBy) {
        public boolean reviewOverdue(LocalDate today) {
            return endDate == null && reviewDate.isBefore(today);
        }
    }

    public record OtherName(long id, String kind, String givenName, String familyName) {
    }
}
