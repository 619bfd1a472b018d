package org.opencsc.courts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A child's pre-proceedings under the Public Law Outline: from the legal gateway decision and the
 * letter before proceedings to the decision that ends them, with the meetings held with the
 * parents and their lawyers, the assessments commissioned, and the family group decision-making
 * meeting. The target and the first meeting's due date follow the council's local standards.
 */
public record PreProceedings(long id, long personId, LocalDate gatewayDate, LocalDate letterDate, Boolean fgdmOffered, LocalDate fgdmDate,
                             LocalDate endDate, PreProceedingsDecision decision, int version, List<Meeting> meetings,
                             List<CommissionedAssessment> assessments, LocalDate targetDate, LocalDate firstMeetingDue) {

    public PreProceedings {
        meetings = List.copyOf(meetings);
        assessments = List.copyOf(assessments);
    }

    /** A pre-proceedings meeting (the first after the letter, then reviews); one dated ahead is arranged, not yet held. */
    public record Meeting(long id, LocalDate meetingDate, boolean parentsRepresented, String summary) {
    }

    /** An assessment commissioned, with the day its report is due and the day it came. */
    public record CommissionedAssessment(long id, AssessmentKind kind, String subject, LocalDate commissionedDate, LocalDate dueDate,
                                         LocalDate receivedDate, int version) {

        public boolean outstanding() {
            return receivedDate == null;
        }

        public boolean overdue(LocalDate today) {
            return outstanding() && today.isAfter(dueDate);
        }
    }

    public boolean open() {
        return endDate == null;
    }

    /** Whole weeks from the letter to the end, or to today while open. */
    public long weeks(LocalDate today) {
        return CourtTimetable.weeksBetween(letterDate, open() ? today : endDate);
    }

    public Optional<Meeting> firstMeeting() {
        return meetings.stream().findFirst();
    }

    /** The next meeting arranged from today on, if any. */
    public Optional<Meeting> nextMeeting(LocalDate today) {
        return meetings.stream().filter(m -> !m.meetingDate().isBefore(today)).findFirst();
    }

    /** Meetings held by a day (an arranged one dated later is not held yet). */
    public List<Meeting> heldBy(LocalDate day) {
        return meetings.stream().filter(m -> !m.meetingDate().isAfter(day)).toList();
    }

    public long assessmentsOutstanding() {
        return assessments.stream().filter(CommissionedAssessment::outstanding).count();
    }

    public long assessmentsOverdue(LocalDate today) {
        return assessments.stream().filter(a -> a.overdue(today)).count();
    }

    /** Past the local target: still open after it, or ended after it. */
    public boolean late(LocalDate today) {
        return (open() ? today : endDate).isAfter(targetDate);
    }

    /** The first meeting was held after its due date, or is not held and the due date has passed. */
    public boolean firstMeetingLate(LocalDate today) {
        var first = firstMeeting().filter(m -> !m.meetingDate().isAfter(today));
        return first.map(m -> m.meetingDate().isAfter(firstMeetingDue)).orElse(open() && today.isAfter(firstMeetingDue));
    }
}
