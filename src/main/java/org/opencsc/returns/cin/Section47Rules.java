package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.Severity.QUERY;
import static org.opencsc.returns.cin.CinRule.before;

import java.util.List;

/** The DfE's rules on section 47 enquiries and their initial conferences. */
final class Section47Rules {

    private Section47Rules() {
    }

    static List<CinRule> all() {
        return List.of(
                CinRule.enquiry("1104", ERROR, "The date of the initial child protection conference cannot be before the referral date",
                        (child, episode, s, year) -> before(s.icpcDate(), episode.referralDate())),
                CinRule.enquiry("8615", ERROR, "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
                        (child, episode, s, year) -> s.icpcDate() != null && (s.startDate() == null || s.startDate().isAfter(s.icpcDate()))),
                CinRule.enquiry("2889", ERROR, "The S47 start date cannot be before the referral date.",
                        (child, episode, s, year) -> before(s.startDate(), episode.referralDate())),
                CinRule.enquiry("8740", ERROR, "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
                        (child, episode, s, year) -> !s.completed() && CinRule.outside(s.startDate(), year)),
                CinRule.enquiry("8675Q", QUERY, "Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
                        (child, episode, s, year) -> !s.completed() && before(s.startDate(), CinRule.weekdaysBefore(year.end(), 15))),
                CinRule.enquiry("8870Q", QUERY, "Please check: The Target Date for Initial Child Protection Conference should not be a weekend",
                        (child, episode, s, year) -> CinRule.weekend(s.icpcTarget())),
                CinRule.enquiry("8715", ERROR, "Date of Initial Child Protection Conference must fall within the census year",
                        (child, episode, s, year) -> CinRule.outside(s.icpcDate(), year)),
                CinRule.enquiry("8875", ERROR, "The Date of Initial Child Protection Conference cannot be a weekend",
                        (child, episode, s, year) -> CinRule.weekend(s.icpcDate())));
    }
}
