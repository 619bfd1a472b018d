package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.Severity.QUERY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    static final String FEW_DISABILITY_CODES = "2887Q";
    static final String ONE_DISABILITY_EACH = "2888Q";
    static final String FEW_SEXES_RECORDED = "2886Q";

    private final CollectionYear year;
    private final Map<String, List<CensusChild>> byUpn = new HashMap<>();
    private long plansStarting;
    private long initialConferences;
    private final Set<String> disabilityCodes = new HashSet<>();
    private boolean someoneHasSeveralDisabilities;
    private boolean anyChildren;
    private long children;
    private long bornWithoutSex;

    WholeReturnRules(CollectionYear year) {
        this.year = year;
    }

    void count(CensusChild child) {
        anyChildren = true;
        children++;
        if (child.expectedBirthDate() == null && "U".equals(ChildRules.writtenSex(child))) {
            bornWithoutSex++;
        }
        var disabilities = child.disabilities().stream().filter(code -> !"NONE".equals(code)).toList();
        disabilityCodes.addAll(disabilities);
        someoneHasSeveralDisabilities |= disabilities.size() > 1;
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
                    plansStarting + " plans started, " + initialConferences + " initial conferences", null));
        }
        if (anyChildren && disabilityCodes.size() < 8) {
            failures.add(whole(FEW_DISABILITY_CODES, "Please check: Less than 8 disability codes have been used in your return",
                    disabilityCodes.size() + " disability codes used"));
        }
        if (children > 0 && bornWithoutSex * 50 > children) {
            failures.add(whole(FEW_SEXES_RECORDED, "Please check and either amend or provide a reason: Percentage of children with no sex recorded "
                    + "is more than 2% (excluding unborns)", bornWithoutSex + " of " + children + " children have no sex recorded"));
        }
        if (anyChildren && !someoneHasSeveralDisabilities) {
            failures.add(whole(ONE_DISABILITY_EACH, "Please check: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
                    "No child has more than one disability recorded"));
        }
        return failures;
    }

    private static RuleFailure whole(String code, String message, String event) {
        return new RuleFailure(CinCensus.NAME, code, QUERY, message, null, null, event, null);
    }
}
