package org.opencsc.returns.cin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.RuleFailure;

/** Every DfE CIN census rule this system checks, run over one child's census record at a time. */
final class CinCensusRules {

    static final List<CinRule> ALL = Stream.of(ChildRules.all(), EpisodeRules.all(), AssessmentRules.all(), CinPlanRules.all(),
            Section47Rules.all(), ProtectionPlanRules.all()).flatMap(List::stream).toList();

    private CinCensusRules() {
    }

    static List<RuleFailure> check(CensusChild child, CollectionYear year) {
        var failures = new ArrayList<RuleFailure>();
        for (var rule : ALL) {
            rule.check().failures(child, year, place -> failures.add(new RuleFailure(CinCensus.NAME, rule.code(), rule.severity(), rule.message(),
                    child.personId(), child.laChildId(), place.event(), place.link())));
        }
        return failures;
    }
}
