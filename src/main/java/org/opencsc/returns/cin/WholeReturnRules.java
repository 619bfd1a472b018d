package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.RuleFailure;

/**
 * The DfE's rules that look across the whole return rather than at one child: totals and
 * identifiers shared by two children. It is told each child as the return is read, and holds only
 * the UPNs and two counts.
 */
final class WholeReturnRules {

    static final String DUPLICATE_UPN = "1520";
    static final String MORE_PLANS_THAN_CONFERENCES = "2883";

    private final CollectionYear year;
    private final Map<String, List<CensusChild>> byUpn = new HashMap<>();
    private long plansStarting;
    private long initialConferences;

    WholeReturnRules(CollectionYear year) {
        this.year = year;
    }

    void count(CensusChild child) {
        if (child.upn() != null) {
            byUpn.computeIfAbsent(child.upn(), upn -> new ArrayList<>(1)).add(child);
        }
        for (var episode : child.episodes()) {
            plansStarting += episode.cpPlans().stream().filter(p -> year.contains(p.startDate())).count();
            initialConferences += episode.enquiries().stream().filter(s -> year.contains(s.icpcDate())).count();
        }
    }

    List<RuleFailure> failures() {
        var failures = new ArrayList<RuleFailure>();
        byUpn.values().stream().filter(children -> children.size() > 1).flatMap(List::stream).forEach(child ->
                failures.add(new RuleFailure(CinCensus.NAME, DUPLICATE_UPN, ERROR, "More than one record with the same UPN", child.personId(),
                        child.laChildId(), "Child's details (UPN " + child.upn() + ")", "/children/" + child.personId())));
        if (plansStarting > initialConferences) {
            failures.add(new RuleFailure(CinCensus.NAME, MORE_PLANS_THAN_CONFERENCES, ERROR,
                    "There are more child protection plans starting than initial conferences taking place", null, null,
                    plansStarting + " plans started, " + initialConferences + " initial conferences", "/"));
        }
        return failures;
    }
}
