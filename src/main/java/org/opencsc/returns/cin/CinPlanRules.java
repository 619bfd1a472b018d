package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.Severity.QUERY;
import static org.opencsc.returns.cin.CinRule.after;
import static org.opencsc.returns.cin.CinRule.before;

import java.util.List;

/** The DfE's rules on child in need plans. */
final class CinPlanRules {

    private CinPlanRules() {
    }

    static List<CinRule> all() {
        return List.of(
                CinRule.cinPlan("4008", ERROR, "CIN Plan shown as starting after the child’s Date of Death",
                        (child, episode, p, year) -> after(p.startDate(), child.deathDate())),
                CinRule.cinPlan("4009", ERROR, "CIN Plan cannot end after the child’s Date of Death",
                        (child, episode, p, year) -> child.deathDate() != null && (p.endDate() == null || p.endDate().isAfter(child.deathDate()))),
                CinRule.cinPlan("4010", ERROR, "CIN Plan start date is missing or out of data collection period",
                        (child, episode, p, year) -> p.startDate() == null || p.startDate().isAfter(year.end())),
                CinRule.cinPlan("4011", ERROR, "CIN Plan End Date earlier than Start Date",
                        (child, episode, p, year) -> before(p.endDate(), p.startDate())),
                CinRule.cinPlan("4012Q", QUERY, "CIN Plan shown as starting and ending on the same day – please check",
                        (child, episode, p, year) -> p.startDate().equals(p.endDate())),
                CinRule.cinPlan("4013", ERROR, "CIN Plan end date must fall within the census year",
                        (child, episode, p, year) -> CinRule.outside(p.endDate(), year)),
                CinRule.cinPlan("4015", ERROR, "The CIN Plan start date cannot be before the referral date",
                        (child, episode, p, year) -> before(p.startDate(), episode.referralDate())));
    }
}
