package org.opencsc.homeless;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One episode of a 16 or 17-year-old presenting as homeless, as recorded: presented to housing or
 * to children's services, referred to children's services, where they slept that night, the joint
 * assessment with housing, independent advice about section 20 and their decision, the outcome
 * and housing's decision, closed. A young person may present more than once: one record each time.
 */
public record HomelessPathway(long id, long personId, LocalDate presentedDate, LocalTime presentedTime, PresentedTo presentedTo,
                              String housingReferrer, LocalDate referredDate, boolean emergencyNeeded, EmergencyAccommodation emergencyKind,
                              LocalDate emergencyDate, LocalDate seenDate, LocalDate assessmentStarted, String leadWorker, String housingOfficer,
                              LocalDate adviceDate, String adviceBy, Section20Decision decision, LocalDate decisionDate,
                              LocalDate assessmentCompleted, PathwayOutcome outcome, HousingDecision housingDecision, LocalDate closedDate,
                              int version) {

    public boolean open() {
        return closedDate == null;
    }

    /** Housing should refer at once: a referral on a later day than the young person presented is a delay to see. */
    public boolean referralDelayed() {
        return referredDate.isAfter(presentedDate);
    }

    /** Bed and breakfast, which the guidance never allows for a 16 or 17-year-old. */
    public boolean unsuitableEmergencyAccommodation() {
        return emergencyKind != null && emergencyKind.unsuitable();
    }

    /** Where the pathway stands, as the pages word it. */
    public String standing() {
        if (closedDate != null) {
            return "Closed";
        }
        if (outcome != null) {
            return "Outcome recorded";
        }
        if (decision != null) {
            return "Decision about section 20 recorded";
        }
        if (assessmentStarted != null) {
            return "Joint assessment under way";
        }
        return "Referred: joint assessment not started";
    }

    /** The facts of the presentation: who it was to, when referred, and where the young person slept that night. */
    HomelessPathway presented(LocalDate date, LocalTime time, PresentedTo to, String referrer, LocalDate referred, boolean emergency,
                              EmergencyAccommodation kind, LocalDate emergencyOn) {
        return new HomelessPathway(id, personId, date, time, to, referrer, referred, emergency, kind, emergencyOn, seenDate, assessmentStarted,
                leadWorker, housingOfficer, adviceDate, adviceBy, decision, decisionDate, assessmentCompleted, outcome, housingDecision,
                closedDate, version);
    }

    HomelessPathway assessed(LocalDate seen, LocalDate started, String lead, String officer) {
        return new HomelessPathway(id, personId, presentedDate, presentedTime, presentedTo, housingReferrer, referredDate, emergencyNeeded,
                emergencyKind, emergencyDate, seen, started, lead, officer, adviceDate, adviceBy, decision, decisionDate, assessmentCompleted,
                outcome, housingDecision, closedDate, version);
    }

    HomelessPathway decided(LocalDate advised, String advisedBy, Section20Decision chosen, LocalDate decidedOn) {
        return new HomelessPathway(id, personId, presentedDate, presentedTime, presentedTo, housingReferrer, referredDate, emergencyNeeded,
                emergencyKind, emergencyDate, seenDate, assessmentStarted, leadWorker, housingOfficer, advised, advisedBy, chosen, decidedOn,
                assessmentCompleted, outcome, housingDecision, closedDate, version);
    }

    HomelessPathway concluded(LocalDate completed, PathwayOutcome ended, HousingDecision housing, LocalDate closed) {
        return new HomelessPathway(id, personId, presentedDate, presentedTime, presentedTo, housingReferrer, referredDate, emergencyNeeded,
                emergencyKind, emergencyDate, seenDate, assessmentStarted, leadWorker, housingOfficer, adviceDate, adviceBy, decision, decisionDate,
                completed, ended, housing, closed, version);
    }

    /** A pathway not yet saved, with only what the first form gives. */
    static HomelessPathway unsaved(long personId) {
        return new HomelessPathway(0, personId, null, null, null, null, null, false, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 0);
    }
}
