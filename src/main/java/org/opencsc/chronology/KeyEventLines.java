package org.opencsc.chronology;

import java.util.List;
import java.util.Set;
import org.opencsc.child.CaseEventKind;

/**
 * The key events no feature describes in more detail (visits, health assessments, reviews, core
 * groups and the like): shown as the journey records them, each under its strand of the record.
 */
final class KeyEventLines {

    private KeyEventLines() {
    }

    static List<ChronologyLine> undescribed(KeyEvents key, Set<String> described) {
        return key.events().stream()
                .filter(event -> !described.contains(event.source()))
                .map(event -> ChronologyLine.generated(event.date(), strand(event.kind()), event.kind().label(), "", event.recordedBy(),
                        key.page(page(strand(event.kind())))))
                .toList();
    }

    static Strand strand(CaseEventKind kind) {
        return switch (kind) {
            case EARLY_HELP_STARTED, EARLY_HELP_ENDED, CONTACT_RECEIVED, MASH_DECISION, REFERRAL_RECEIVED, CASE_CLOSED -> Strand.FRONT_DOOR;
            case ASSESSMENT_STARTED, ASSESSMENT_COMPLETED -> Strand.ASSESSMENT;
            case STRATEGY_DISCUSSION, S47_STARTED, ICPC_HELD, ICPC_NOT_REQUIRED, CP_PLAN_STARTED, CORE_GROUP, REVIEW_CONFERENCE, CP_PLAN_ENDED ->
                    Strand.PROTECTION;
            case CIN_PLAN_STARTED, CIN_REVIEW, CIN_PLAN_ENDED -> Strand.CHILD_IN_NEED;
            case CP_VISIT, CIN_VISIT, CARE_VISIT -> Strand.VISITS;
            case HEALTH_ASSESSMENT_UNDER_5, HEALTH_ASSESSMENT_5_OR_OVER, DENTAL_CHECK, PEP_HELD -> Strand.HEALTH_AND_EDUCATION;
            case WENT_MISSING -> Strand.MISSING;
            case CARE_LEAVER_SUPPORT_STARTED, PATHWAY_PLAN, CARE_LEAVER_SUPPORT_ENDED -> Strand.LEAVING_CARE;
            case BECAME_LOOKED_AFTER, PLACEMENT_STARTED, TEMPORARY_PLACEMENT_STARTED, LONG_TERM_PLACEMENT_AGREED, CARE_PLAN_AGREED, CARE_REVIEW,
                 CEASED_LOOKED_AFTER -> Strand.CARE;
            case OVERSIGHT_RECORDED -> Strand.OVERSIGHT;
        };
    }

    private static String page(Strand strand) {
        return switch (strand) {
            case CARE, MISSING, HEALTH_AND_EDUCATION -> "care";
            case LEAVING_CARE -> "leaving-care";
            case OVERSIGHT -> "oversight";
            default -> "journey";
        };
    }
}
