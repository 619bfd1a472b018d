package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.cin.CinRule.after;
import static org.opencsc.returns.cin.CinRule.before;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.platform.Coded;
import org.opencsc.protection.CategoryOfAbuse;

/** The DfE's rules on child protection plans and their reviews. */
final class ProtectionPlanRules {

    private static final Set<String> CATEGORIES = Arrays.stream(CategoryOfAbuse.values()).map(Coded::code).collect(Collectors.toSet());

    private ProtectionPlanRules() {
    }

    static List<CinRule> all() {
        return List.of(
                CinRule.cpPlan("8720", ERROR, "Child Protection Plan Start Date missing or out of data collection period",
                        (child, episode, p, year) -> p.startDate() == null || p.startDate().isAfter(year.end())),
                CinRule.cpPlan("8905", ERROR, "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
                        (child, episode, p, year) -> !CATEGORIES.contains(p.initialCategory())),
                CinRule.cpPlan("8910", ERROR, "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
                        (child, episode, p, year) -> !CATEGORIES.contains(p.latestCategory())),
                CinRule.cpPlan("8915", ERROR, "Child Protection Plan shown as starting after the child’s Date of Death",
                        (child, episode, p, year) -> after(p.startDate(), child.deathDate())),
                CinRule.cpPlan("8920", ERROR, "Child Protection Plan cannot end after the child’s Date of Death",
                        (child, episode, p, year) -> child.deathDate() != null && (p.endDate() == null || p.endDate().isAfter(child.deathDate()))),
                CinRule.cpPlan("8925", ERROR, "Child Protection Plan End Date earlier than Start Date",
                        (child, episode, p, year) -> before(p.endDate(), p.startDate())),
                CinRule.cpPlan("8930", ERROR, "Child Protection Plan End Date must fall within the census year",
                        (child, episode, p, year) -> CinRule.outside(p.endDate(), year)),
                CinRule.cpPlan("8840", ERROR, "Child Protection Plan cannot start and end on the same day",
                        (child, episode, p, year) -> p.startDate().equals(p.endDate())),
                CinRule.cpPlan("8841", ERROR, "The review date cannot be on the same day or before the Child protection Plan start date.",
                        (child, episode, p, year) -> p.reviews().stream().anyMatch(review -> !review.isAfter(p.startDate()))),
                CinRule.cpPlan("2885", ERROR, "Child protection plan shown as starting a different day to the initial child protection conference",
                        (child, episode, p, year) -> year.contains(p.startDate())
                                && episode.enquiries().stream().noneMatch(s -> p.startDate().equals(s.icpcDate()))),
                CinRule.cpPlan("1105", ERROR, "The child protection plan start date cannot be before the referral date",
                        (child, episode, p, year) -> before(p.startDate(), episode.referralDate())));
    }
}
