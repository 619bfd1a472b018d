package org.opencsc.returns.ssda903;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One child's part of the SSDA903 return for a collection year, as derived from the records:
 * the header, the episodes open at any time in the year, the reviews and missing episodes in it,
 * and the child's rows of the other files when the DfE asks for them. Codes are the DfE's; dates
 * are dates (the writers format them). A value the records do not hold is null.
 *
 * @param personId  the child's record, for links
 * @param child     the CHILD identifier the return uses (the local child id)
 * @param sex       the year's SEX code (YearCodes): M, F or U (not known) from 2024/25; 1, 2 or null (not known) before
 * @param upn       the unique pupil number, or the UN code saying why there is none
 * @param mother    1 when the child is a mother, 0 when not; null for boys and children not looked after in the year
 * @param uasc      whether the child is an unaccompanied asylum-seeking child
 */
record LookedAfterChild(long personId, String child, String sex, LocalDate dateOfBirth, String ethnicity, String upn, String mother,
                        LocalDate motherChildDateOfBirth, boolean uasc, List<EpisodeRow> episodes, List<ReviewRow> reviews,
                        List<MissingRow> missing, HealthOutcomes oc2, CareLeaverOutcomes oc3, Adoption ad1,
                        List<PlacedForAdoption> placedForAdoption, PreviousPermanence previousPermanence,
                        List<SocialWorkerEpisode> socialWorkers) {

    LookedAfterChild {
        episodes = List.copyOf(episodes);
        reviews = List.copyOf(reviews);
        missing = List.copyOf(missing);
        placedForAdoption = List.copyOf(placedForAdoption);
        socialWorkers = List.copyOf(socialWorkers);
    }

    /** The date an unaccompanied child ceases to be one: their 18th birthday. */
    LocalDate uascCeased() {
        return uasc && dateOfBirth != null ? dateOfBirth.plusYears(18) : null;
    }

    /** Age in whole years on a day, or -1 when the date of birth is not recorded. */
    int ageOn(LocalDate day) {
        return dateOfBirth == null ? -1 : Period.between(dateOfBirth, day).getYears();
    }

    boolean lookedAfterInYear() {
        return !episodes.isEmpty();
    }

    String recordLink() {
        return "/children/" + personId;
    }

    String careLink() {
        return "/children/" + personId + "/care";
    }

    /** The care page at the table of a period's episodes. */
    String episodesLink(EpisodeRow episode) {
        return careLink() + "#episodes-" + episode.periodId();
    }

    /**
     * An episode as the Episodes file has it. DEC, REC and REASON_PLACE_CHANGE are blank when the
     * episode had not ended by the end of the year.
     *
     * @param periodId the period of care it belongs to
     * @param cin      the category of need (N1 to N8) at the start of the period of care
     */
    record EpisodeRow(long periodId, LocalDate start, String reasonNew, String legalStatus, String cin, String place, String provider,
                      LocalDate end, String reasonEnded, String reasonPlaceChange, String homePostcode, String placementPostcode, String urn) {

        boolean open() {
            return end == null;
        }

        /** The episode in words, for the person putting a failure right. */
        String named() {
            return "Episode from " + Dates.format(start) + " (" + legalStatus + ", " + place + ")";
        }
    }

    record ReviewRow(long periodId, LocalDate date, String participation) {

        String named() {
            return "Review of " + Dates.format(date);
        }
    }

    /** A time missing (M) or away (A), with its return when it came before the end of the year. */
    record MissingRow(String kind, LocalDate start, LocalDate end) {

        String named() {
            return (kind.equals("M") ? "Missing" : "Away") + " from " + Dates.format(start);
        }
    }

    /** OC2: health and offending outcomes of a child looked after for the whole year. Each flag is "0", "1" or null. */
    record HealthOutcomes(Integer sdqScore, String sdqReason, String convicted, String healthCheck, String immunisations, String teethCheck,
                          String healthAssessment, String substanceMisuse, String interventionReceived, String interventionOffered) {
    }

    /** OC3: what was found at the contact around a care leaver's 17th to 21st birthday in the year. */
    record CareLeaverOutcomes(int age, LocalDate birthday, String inTouch, String activity, String accommodation) {
    }

    /**
     * AD1: a child adopted in the year. DATE_INT is the agency's decision that the child should be
     * placed for adoption, DATE_MATCH the match with the adopters.
     */
    record Adoption(LocalDate adoptedOn, LocalDate decisionDate, LocalDate matchDate, String fosterCarers, Integer adopters, String adoptersSex,
                    String adoptersLegalStatus) {
    }

    /** PlacedAdoption: a decision that the child should be placed for adoption, and its reversal if there was one. */
    record PlacedForAdoption(LocalDate decisionDate, LocalDate ceasedDate, String ceasedReason) {
    }

    /** PrevPerm: the permanence order (P1 adoption, P2 special guardianship, P3 child arrangements) the child had before care, or Z1. */
    record PreviousPermanence(String code, String authority, LocalDate date) {
    }

    /** SWEpisodes: a social worker allocated to the child while looked after. */
    record SocialWorkerEpisode(String worker, LocalDate start, LocalDate end, String reason) {
    }
}
