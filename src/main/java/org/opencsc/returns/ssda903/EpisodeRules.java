package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Rule.before;
import static org.opencsc.returns.ssda903.Rule.error;
import static org.opencsc.returns.ssda903.Rule.joinedBefore;
import static org.opencsc.returns.ssda903.Rule.onEpisodes;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;

/**
 * The DfE rules on episodes: valid codes, the sequence of episodes (gaps, overlaps, RNE codes that
 * do not say what changed), legal statuses and placements a child's age or another code rules
 * out, and how care may end.
 */
final class EpisodeRules {

    private static final Set<String> TEMPORARY = Rule.codes("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> PLACED_FOR_ADOPTION = Rule.codes("A3", "A4", "A5", "A6");
    private static final Set<String> ADOPTED = Rule.codes("E11", "E12");
    private static final Set<String> SHORT_BREAKS = Rule.codes("V3", "V4");
    private static final LocalDate CHILDREN_ACT_IN_FORCE = LocalDate.of(1991, 10, 14);
    private static final Set<String> SPECIAL_GUARDIANSHIP = Rule.codes("E45", "E46", "E47", "E48");
    // The reasons for a new episode that continue the period of care rather than start one.
    private static final Set<String> CONTINUING = Rule.codes("L", "P", "B", "T", "U");
    private static final Pattern URN = Pattern.compile("(SC)?\\d{6,7}|X{7}");
    private static final LocalDate ADOPTION_AND_CHILDREN_ACT = LocalDate.of(2005, 12, 1);

    private EpisodeRules() {
    }

    private static EpisodeRow at(LookedAfterChild child, int index) {
        return child.episodes().get(index);
    }

    private static int age(LookedAfterChild child, LocalDate day) {
        return child.dateOfBirth() == null || day == null ? -1 : Period.between(child.dateOfBirth(), day).getYears();
    }

    /** Placed in a setting before the birthday from which the child may be there. */
    private static Rule.EpisodeCheck placedYoungerThan(String place, int years) {
        return (c, i, y) -> place.equals(at(c, i).place()) && c.dateOfBirth() != null && at(c, i).start().isBefore(c.dateOfBirth().plusYears(years));
    }

    /** A temporary placement that ended after more days than it may last. */
    private static Rule.EpisodeCheck lastedLongerThan(String place, int days) {
        return (c, i, y) -> place.equals(at(c, i).place()) && at(c, i).end() != null && at(c, i).end().isAfter(at(c, i).start().plusDays(days));
    }

    /**
     * Held under a legal status for longer than the law allows: the days from the start of the run
     * of episodes with that status that this one ends, to its end (or the end of the year).
     */
    private static Rule.EpisodeCheck heldLongerThan(String legalStatus, int days) {
        return (c, i, y) -> {
            if (!legalStatus.equals(at(c, i).legalStatus())) {
                return false;
            }
            var from = i;
            while (joinedBefore(c, from) != null && legalStatus.equals(joinedBefore(c, from).legalStatus())) {
                from--;
            }
            var to = at(c, i).end() == null ? y.end() : at(c, i).end();
            return java.time.temporal.ChronoUnit.DAYS.between(at(c, from).start(), to) > days;
        };
    }

    /** The days of an episode that fall in the year: from its start (or 1 April) to its end (or 31 March). */
    private static long daysInYear(EpisodeRow episode, ReturnYear year) {
        var from = episode.start().isBefore(year.start()) ? year.start() : episode.start();
        var to = episode.end() == null || episode.end().isAfter(year.end()) ? year.end() : episode.end();
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, to));
    }

    /** More than two holidays with other carers (T3) in the twelve months up to this one's start. */
    private static boolean thirdHolidayInAYear(LookedAfterChild child, int index) {
        var episode = at(child, index);
        if (!"T3".equals(episode.place())) {
            return false;
        }
        return child.episodes().stream().filter(e -> "T3".equals(e.place()))
                .filter(e -> !e.start().isAfter(episode.start()) && e.start().isAfter(episode.start().minusYears(1))).count() > 2;
    }

    static final List<Rule> RULES = List.of(
            error("143", "The reason for new episode code is not a valid code.",
                    onEpisodes((c, i, y) -> !y.isCode("Episodes", "RNE", at(c, i).reasonNew()))),
            error("144", "The legal status code is not a valid code.",
                    onEpisodes((c, i, y) -> !y.isCode("Episodes", "LS", at(c, i).legalStatus()))),
            error("145", "Category of need code is not a valid code.",
                    onEpisodes((c, i, y) -> !y.isCode("Episodes", "CIN", at(c, i).cin()))),
            error("146", "Placement type is not a valid code.",
                    onEpisodes((c, i, y) -> !YearCodes.placements(y.year()).contains(at(c, i).place()))),
            error("149", "Reason episode ceased code is not valid.",
                    onEpisodes((c, i, y) -> at(c, i).reasonEnded() != null && !y.isCode("Episodes", "REC", at(c, i).reasonEnded()))),
            error("178", "Placement provider code is not a valid code.",
                    onEpisodes((c, i, y) -> at(c, i).provider() != null
                            && (!y.isCode("Episodes", "PLACE_PROVIDER", at(c, i).provider()) || YearCodes.noProvider(y.year()).contains(at(c, i).place())))),
            error("1009", "Reason for placement change is not a valid code.",
                    onEpisodes((c, i, y) -> at(c, i).reasonPlaceChange() != null
                            && !y.isCode("Episodes", "REASON_PLACE_CHANGE", at(c, i).reasonPlaceChange()))),
            error("142", "A new episode has started, but the previous episode has not ended.",
                    onEpisodes((c, i, y) -> i < c.episodes().size() - 1 && (at(c, i).end() == null || at(c, i).reasonEnded() == null))),
            error("356", "The date the episode ceased is before the date the same episode started.",
                    onEpisodes((c, i, y) -> at(c, i).end() != null && at(c, i).end().isBefore(at(c, i).start()))),
            error("357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode "
                            + "immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
                    onEpisodes((c, i, y) -> i == 0 && !"S".equals(at(c, i).reasonNew()) && !at(c, i).start().isBefore(y.start()))),
            error("501", "A new episode has started before the end date of the previous episode.",
                    onEpisodes((c, i, y) -> before(c, i) != null && before(c, i).end() != null && at(c, i).start().isBefore(before(c, i).end()))),
            error("431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.",
                    onEpisodes((c, i, y) -> "S".equals(at(c, i).reasonNew()) && joinedBefore(c, i) != null)),
            error("434", "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the "
                            + "episode data.",
                    onEpisodes((c, i, y) -> "L".equals(at(c, i).reasonNew()) && joinedBefore(c, i) != null
                            && (joinedBefore(c, i).legalStatus().equals(at(c, i).legalStatus())
                                || !joinedBefore(c, i).place().equals(at(c, i).place())))),
            error("435", "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the "
                            + "episode data recorded.",
                    onEpisodes((c, i, y) -> Rule.codes("P", "B").contains(at(c, i).reasonNew()) && joinedBefore(c, i) != null
                            && !joinedBefore(c, i).legalStatus().equals(at(c, i).legalStatus()))),
            error("436", "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the "
                            + "episode data.",
                    onEpisodes((c, i, y) -> Rule.codes("T", "U").contains(at(c, i).reasonNew()) && joinedBefore(c, i) != null
                            && joinedBefore(c, i).legalStatus().equals(at(c, i).legalStatus()))),
            error("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
                    onEpisodes((c, i, y) -> Rule.codes("E2", "E15").contains(at(c, i).reasonEnded()) && i < c.episodes().size() - 1)),
            error("302", "First episode starts before child was born.",
                    onEpisodes((c, i, y) -> i == 0 && c.dateOfBirth() != null && at(c, i).start().isBefore(c.dateOfBirth()))),
            error("351", "Child was over 21 at the start of the current collection year.",
                    onEpisodes((c, i, y) -> i == 0 && c.dateOfBirth() != null && c.dateOfBirth().plusYears(21).isBefore(y.start()))),
            error("358", "Child with this legal status should not be under 10.",
                    onEpisodes((c, i, y) -> Rule.codes("J1", "J2", "J3").contains(at(c, i).legalStatus()) && age(c, at(c, i).start()) >= 0
                            && age(c, at(c, i).start()) < 10)),
            error("359", "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a "
                            + "community home.",
                    onEpisodes((c, i, y) -> at(c, i).open() && age(c, y.end()) >= 18 && !"V2".equals(at(c, i).legalStatus()))),
            error("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of "
                            + "the Children Act 1989.",
                    onEpisodes((c, i, y) -> "P1".equals(at(c, i).place()) && "V2".equals(at(c, i).legalStatus()))),
            error("380", "A period of care cannot start with a temporary placement.",
                    onEpisodes((c, i, y) -> TEMPORARY.contains(at(c, i).place()) && !Rule.codes("P", "B").contains(at(c, i).reasonNew()))),
            error("381", "A period of care cannot end with a temporary placement.",
                    onEpisodes((c, i, y) -> at(c, i).reasonEnded() != null && !"X1".equals(at(c, i).reasonEnded())
                            && TEMPORARY.contains(at(c, i).place()))),
            error("386", "Reason episode ceased is adopted but child has reached age 18.",
                    onEpisodes((c, i, y) -> ADOPTED.contains(at(c, i).reasonEnded()) && age(c, at(c, i).end()) >= 18)),
            error("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.",
                    onEpisodes((c, i, y) -> Rule.codes("E5", "E6").contains(at(c, i).reasonEnded()) && age(c, at(c, i).end()) >= 0
                            && age(c, at(c, i).end()) < 14)),
            error("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
                    onEpisodes((c, i, y) -> "E7".equals(at(c, i).reasonEnded()) && age(c, at(c, i).end()) >= 0 && age(c, at(c, i).end()) < 16)),
            error("390", "Reason episode ceased is adopted but child has not been previously placed for adoption.",
                    onEpisodes((c, i, y) -> ADOPTED.contains(at(c, i).reasonEnded()) && !PLACED_FOR_ADOPTION.contains(at(c, i).place()))),
            error("445", "D1 is not a valid code for episodes starting after December 2005.",
                    onEpisodes((c, i, y) -> "D1".equals(at(c, i).legalStatus()) && at(c, i).start().isAfter(LocalDate.of(2005, 12, 31)))),
            error("446", "E1 is not a valid code for episodes starting before December 2005.",
                    onEpisodes((c, i, y) -> "E1".equals(at(c, i).legalStatus()) && at(c, i).start().isBefore(ADOPTION_AND_CHILDREN_ACT))),
            error("530", "A placement provider code of PR4 cannot be associated with placement P1.",
                    onEpisodes((c, i, y) -> "P1".equals(at(c, i).place()) && "PR4".equals(at(c, i).provider()))),
            error("531", "A placement provider code of PR5 cannot be associated with placements P1.",
                    onEpisodes((c, i, y) -> "P1".equals(at(c, i).place()) && "PR5".equals(at(c, i).provider()))),
            error("550", "A placement provider code of PR0 can only be associated with placement P1.",
                    onEpisodes((c, i, y) -> "PR0".equals(at(c, i).provider()) && !"P1".equals(at(c, i).place()))),
            error("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
                    onEpisodes((c, i, y) -> at(c, i).urn() != null && !"XXXXXXX".equals(at(c, i).urn()) && YearCodes.noUrn(y.year()).contains(at(c, i).place()))),
            error("370", "Child in independent living should be at least 15.", onEpisodes(placedYoungerThan("P2", 15))),
            // H5 from 14 to 2024/25; K3 from 16 from 2025/26 (YearCodes).
            error("371", "Child in supported accommodation not subject to children’s homes regulations should be at least 16.",
                    onEpisodes((c, i, y) -> placedYoungerThan(YearCodes.supportedAccommodation(y.year()),
                            YearCodes.supportedAccommodationAge(y.year())).fails(c, i, y))),
            error("372", "Child in youth custody or prison should be at least 10.", onEpisodes(placedYoungerThan("R5", 10))),
            error("373", "Child placed in a school should be at least 4 years old.", onEpisodes(placedYoungerThan("S1", 4))),
            error("374", "Child in residential employment should be at least 14 years old.", onEpisodes(placedYoungerThan("P3", 14))),
            error("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", onEpisodes(lastedLongerThan("T1", 42))),
            error("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.",
                    onEpisodes(lastedLongerThan("T3", 21))),
            error("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.",
                    onEpisodes(lastedLongerThan("T4", 7))),
            error("526", "Child is missing a placement provider code for at least one episode.",
                    onEpisodes((c, i, y) -> at(c, i).provider() == null && !YearCodes.noProvider(y.year()).contains(at(c, i).place()))),
            error("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
                    onEpisodes(heldLongerThan("L3", 7))),
            error("362", "Emergency protection order (EPO) lasted longer than 21 days",
                    onEpisodes(heldLongerThan("L2", 21))),
            error("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
                    onEpisodes(heldLongerThan("L1", 3))),
            error("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody "
                            + "in Local Authority (LA) accommodation.",
                    onEpisodes(heldLongerThan("J2", 21))),
            error("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
                    onEpisodes((c, i, y) -> {
                        var next = i + 1 < c.episodes().size() ? at(c, i + 1) : null;
                        var ended = at(c, i).end();
                        if (ended == null || at(c, i).reasonEnded() == null) {
                            return false;
                        }
                        var continued = next != null && next.start().equals(ended);
                        return "X1".equals(at(c, i).reasonEnded()) != continued;
                    })),
            error("516", "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the "
                            + "year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.",
                    onEpisodes((c, i, y) -> Rule.codes("E45", "E46").contains(at(c, i).reasonEnded()) && !at(c, i).place().matches("U[1-6]"))),
            error("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
                    onEpisodes((c, i, y) -> (at(c, i).end() == null) != (at(c, i).reasonEnded() == null))),
            error("352", "Child who started to be looked after was aged 18 or over.",
                    onEpisodes((c, i, y) -> "S".equals(at(c, i).reasonNew()) && age(c, at(c, i).start()) >= 18)),
            error("432", "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not "
                            + "started to be looked after.",
                    onEpisodes((c, i, y) -> before(c, i) != null && before(c, i).reasonEnded() != null && !"X1".equals(before(c, i).reasonEnded())
                            && !"S".equals(at(c, i).reasonNew()))),
            error("433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day "
                            + "as the last episode finished.",
                    onEpisodes((c, i, y) -> CONTINUING.contains(at(c, i).reasonNew()) && before(c, i) != null && before(c, i).end() != null
                            && !at(c, i).start().equals(before(c, i).end()))),
            error("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
                    onEpisodes((c, i, y) -> SPECIAL_GUARDIANSHIP.contains(at(c, i).reasonEnded()) && age(c, at(c, i).end()) >= 18)),
            error("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.",
                    onEpisodes((c, i, y) -> "E17".equals(at(c, i).reasonEnded()) && age(c, at(c, i).end()) >= 0 && age(c, at(c, i).end()) < 18)),
            error("384", "A child receiving respite care cannot be in a long-term foster placement ",
                    onEpisodes((c, i, y) -> SHORT_BREAKS.contains(at(c, i).legalStatus()) && Rule.codes("U1", "U4").contains(at(c, i).place()))),
            error("365", "Any individual short- term respite placement must not exceed 17 days.",
                    onEpisodes((c, i, y) -> "V3".equals(at(c, i).legalStatus())
                            && (at(c, i).end() == null ? y.end() : at(c, i).end()).isAfter(at(c, i).start().plusDays(17)))),
            error("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.",
                    onEpisodes((c, i, y) -> "V3".equals(at(c, i).legalStatus()) && daysInYear(at(c, i), y) > 0
                            && c.episodes().stream().filter(e -> "V3".equals(e.legalStatus())).mapToLong(e -> daysInYear(e, y)).sum() > 75)),
            error("398", "Distance field completed but child looked after under legal status V3 or V4.",
                    onEpisodes((c, i, y) -> SHORT_BREAKS.contains(at(c, i).legalStatus())
                            && (at(c, i).homePostcode() != null || at(c, i).placementPostcode() != null))),
            error("377", "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
                    onEpisodes((c, i, y) -> thirdHolidayInAYear(c, i))),
            error("451", "Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.",
                    onEpisodes((c, i, y) -> "D1".equals(at(c, i).legalStatus()) && at(c, i).end() == null && at(c, i).reasonEnded() == null)),
            error("226", "Reason for placement change is not required.",
                    onEpisodes((c, i, y) -> TEMPORARY.contains(at(c, i).place())
                            && (at(c, i).reasonPlaceChange() != null || (before(c, i) != null && before(c, i).reasonPlaceChange() != null)))),
            error("213", "Placement provider information not required.",
                    onEpisodes((c, i, y) -> YearCodes.noProvider(y.year()).contains(at(c, i).place()) && at(c, i).provider() != null)),
            error("214", "Placement location information not required.",
                    onEpisodes((c, i, y) -> SHORT_BREAKS.contains(at(c, i).legalStatus())
                            && (at(c, i).placementPostcode() != null || at(c, i).urn() != null))),
            error("366", "A child cannot change placement during the course of an individual short-term respite break.",
                    onEpisodes((c, i, y) -> "V3".equals(at(c, i).legalStatus()) && !"S".equals(at(c, i).reasonNew()))),
            error("355", "Episode appears to have lasted for less than 24 hours",
                    onEpisodes((c, i, y) -> at(c, i).start().equals(at(c, i).end()))),
            error("353", "No episode submitted can start before 14 October 1991.",
                    onEpisodes((c, i, y) -> at(c, i).start().isBefore(CHILDREN_ACT_IN_FORCE))),
            error("385", "Date episode ceased must be on or before the end of the current collection year.",
                    onEpisodes((c, i, y) -> at(c, i).end() != null && at(c, i).end().isAfter(y.end()))),
            error("408", "Child is placed for adoption with a placement order, but no placement order has been recorded.",
                    onEpisodes((c, i, y) -> Rule.codes("A5", "A6").contains(at(c, i).place()) && !"E1".equals(at(c, i).legalStatus()))),
            error("504", "The category of need code differs from that reported at start of current period of being looked after",
                    onEpisodes((c, i, y) -> joinedBefore(c, i) != null && "X1".equals(joinedBefore(c, i).reasonEnded())
                            && !java.util.Objects.equals(joinedBefore(c, i).cin(), at(c, i).cin()))),
            error("225", "Reason for placement change must be recorded.",
                    onEpisodes((c, i, y) -> {
                        var next = i + 1 < c.episodes().size() ? at(c, i + 1) : null;
                        return "X1".equals(at(c, i).reasonEnded()) && at(c, i).reasonPlaceChange() == null && !TEMPORARY.contains(at(c, i).place())
                                && next != null && Rule.codes("P", "B", "T", "U").contains(next.reasonNew()) && !TEMPORARY.contains(next.place());
                    })),
            error("383", "A child in a temporary placement must subsequently return to his/her normal placement.",
                    onEpisodes((c, i, y) -> {
                        if (!TEMPORARY.contains(at(c, i).place()) || i == 0 || i + 1 >= c.episodes().size()) {
                            return false;
                        }
                        var next = at(c, i + 1);
                        return !"P".equals(next.reasonNew()) || !next.place().equals(at(c, i - 1).place());
                    })),
            error("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
                    onEpisodes((c, i, y) -> "PR1".equals(at(c, i).provider()) && Rule.codes("P1", "R2", "R5").contains(at(c, i).place()))),
            error("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
                    onEpisodes((c, i, y) -> "PR2".equals(at(c, i).provider()) && Rule.codes("P1", "R2", "R5").contains(at(c, i).place()))),
            error("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these "
                            + "placements cannot be provided by other public organisations.",
                    onEpisodes((c, i, y) -> "PR3".equals(at(c, i).provider()) && Rule.codes("A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2",
                            "U3", "U4", "U5", "U6").contains(at(c, i).place()))),
            error("382", "A child receiving respite care cannot be in a temporary placement.",
                    onEpisodes((c, i, y) -> SHORT_BREAKS.contains(at(c, i).legalStatus()) && TEMPORARY.contains(at(c, i).place()))),
            error("1008", "Ofsted Unique Reference Number (URN) is not valid.",
                    onEpisodes((c, i, y) -> at(c, i).urn() != null && !URN.matcher(at(c, i).urn()).matches())));
}
