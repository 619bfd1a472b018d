package org.opencsc.returns.cin;

import java.time.LocalDate;
import java.util.List;

/**
 * One child as the CIN census sees them for a collection year: who they are, and each CIN
 * episode (referral) open at some point in the year with what happened in it during the year.
 * Dates after the year's end are already left out, as the census has not seen them yet.
 */
record CensusChild(long personId, String laChildId, String upn, String formerUpn, String upnUnknown, LocalDate birthDate,
                   LocalDate expectedBirthDate, String sex, LocalDate deathDate, String ethnicity, List<String> disabilities,
                   List<Episode> episodes) {

    CensusChild {
        disabilities = List.copyOf(disabilities);
        episodes = List.copyOf(episodes);
    }

    CensusChild withEpisodes(List<Episode> replaced) {
        return new CensusChild(personId, laChildId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, sex, deathDate, ethnicity,
                disabilities, replaced);
    }

    boolean unborn() {
        return birthDate == null && expectedBirthDate != null;
    }

    /** A CIN episode: the census's CINdetails. */
    record Episode(long referralId, LocalDate referralDate, String source, String primaryNeed, LocalDate closureDate, String closureReason,
                   boolean nfa, List<Assessment> assessments, List<CinPlan> cinPlans, List<Enquiry> enquiries, List<CpPlan> cpPlans,
                   List<PreProceedings> preProceedings) {

        Episode {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            enquiries = List.copyOf(enquiries);
            cpPlans = List.copyOf(cpPlans);
            preProceedings = List.copyOf(preProceedings);
        }

        boolean open() {
            return closureDate == null;
        }
    }

    /** A single assessment; completed once authorised, and only then are its factors sent. */
    record Assessment(long id, LocalDate startDate, LocalDate authorisedDate, List<String> factors) {

        Assessment {
            factors = List.copyOf(factors);
        }

        boolean completed() {
            return authorisedDate != null;
        }
    }

    record CinPlan(long id, LocalDate startDate, LocalDate endDate) {
    }

    /**
     * A section 47 enquiry, found through the strategy discussion that started it; ended either by
     * its initial conference or with no conference needed.
     */
    record Enquiry(long id, long strategyDiscussionId, LocalDate startDate, LocalDate icpcTarget, LocalDate icpcDate,
                   boolean icpcNotRequired) {

        boolean completed() {
            return icpcDate != null || icpcNotRequired;
        }
    }

    record CpPlan(long id, LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory, int previousPlans,
                  List<LocalDate> reviews) {

        CpPlan {
            reviews = List.copyOf(reviews);
        }
    }

    /** Pre-proceedings under the Public Law Outline, with the family group decision-making meeting (2025/26). */
    record PreProceedings(long id, LocalDate startDate, LocalDate endDate, Boolean fgdmOffered, LocalDate fgdmDate) {
    }
}
