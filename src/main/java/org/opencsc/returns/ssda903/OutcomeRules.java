package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Rule.error;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.opencsc.returns.ssda903.LookedAfterChild.CareLeaverOutcomes;
import org.opencsc.returns.ssda903.LookedAfterChild.HealthOutcomes;
import org.opencsc.returns.ssda903.Rule.Fired;

/** The DfE rules on OC2 (health of children looked after all year) and OC3 (care leavers at their birthdays). */
final class OutcomeRules {

    private OutcomeRules() {
    }

    private static Rule.Check onHealth(BiFunction<LookedAfterChild, ReturnYear, Boolean> fails) {
        return (child, year) -> child.oc2() != null && fails.apply(child, year)
                ? Stream.of(new Fired("Health in " + year.year().label(), child.careLink() + "#health-summary")) : Stream.empty();
    }

    private static Rule.Check onLeaver(BiFunction<CareLeaverOutcomes, ReturnYear, Boolean> fails) {
        return (child, year) -> child.oc3() != null && fails.apply(child.oc3(), year)
                ? Stream.of(new Fired("Contact around " + Dates.format(child.oc3().birthday()) + " (birthday " + child.oc3().age() + ")",
                        "/children/" + child.personId() + "/leaving-care"))
                : Stream.empty();
    }

    private static boolean anyOf(String... values) {
        return Stream.of(values).anyMatch(v -> v != null);
    }

    private static boolean allOf(String... values) {
        return Stream.of(values).allMatch(v -> v != null);
    }

    private static HealthOutcomes oc2(LookedAfterChild child) {
        return child.oc2();
    }

    static final List<Rule> RULES = List.of(
            error("186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been "
                            + "looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
                    onHealth((c, y) -> c.ageOn(y.start()) >= 4 && c.ageOn(y.end()) < 17 && oc2(c).sdqScore() == null && oc2(c).sdqReason() == null)),
            error("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no "
                            + "SDQ score has been completed. ",
                    onHealth((c, y) -> c.ageOn(y.end()) < 4 && (oc2(c).sdqScore() != null || oc2(c).sdqReason() != null))),
            error("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason "
                            + "for no Strengths and Difficulties (SDQ) score has been completed as part of the Child's Health Data.",
                    onHealth((c, y) -> c.ageOn(y.start()) >= 17 && (oc2(c).sdqScore() != null || oc2(c).sdqReason() != null))),
            error("196", "Strengths and Difficulties (SDQ) reason is not a valid code.",
                    onHealth((c, y) -> oc2(c).sdqReason() != null && !y.isCode("OC2", "SDQ_REASON", oc2(c).sdqReason()))),
            error("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be "
                            + "completed or all OC2 fields should be left blank.",
                    onHealth((c, y) -> {
                        var h = oc2(c);
                        return anyOf(h.immunisations(), h.teethCheck(), h.healthAssessment(), h.substanceMisuse())
                                && !allOf(h.immunisations(), h.teethCheck(), h.healthAssessment(), h.substanceMisuse());
                    })),
            error("193", "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an "
                            + "intervention were offered and received have been completed.",
                    onHealth((c, y) -> !"1".equals(oc2(c).substanceMisuse())
                            && anyOf(oc2(c).interventionReceived(), oc2(c).interventionOffered()))),
            error("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information "
                            + "has not been completed.",
                    onHealth((c, y) -> c.ageOn(y.end()) >= 0 && c.ageOn(y.end()) < 5 && oc2(c).healthCheck() == null)),
            error("546", "Children aged 5 or over at 31 March should not have health promotion information completed.",
                    onHealth((c, y) -> c.ageOn(y.end()) >= 5 && oc2(c).healthCheck() != null)),
            error("131", "Data entry for being in touch after leaving care is invalid.",
                    onLeaver((l, y) -> !y.isCode("OC3", "IN_TOUCH", l.inTouch()))),
            error("132", "Data entry for activity after leaving care is invalid.",
                    onLeaver((l, y) -> !y.isCode("OC3", "ACTIV", l.activity()))),
            error("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data "
                            + "entry must be valid",
                    onLeaver((l, y) -> !y.isCode("OC3", "ACCOM", l.accommodation()))),
            error("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
                    onLeaver((l, y) -> anyOf(l.inTouch(), l.activity(), l.accommodation()) && !allOf(l.inTouch(), l.activity(), l.accommodation()))),
            error("344", "The record shows the young person has died or returned home to live with parent(s) or someone with parental "
                            + "responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been "
                            + "completed.",
                    onLeaver((l, y) -> Rule.codes("DIED", "RHOM").contains(l.inTouch()) && anyOf(l.activity(), l.accommodation()))),
            error("345", "The data collection record shows the local authority is in touch with this young person, but activity and/or "
                            + "accommodation data items are zero.",
                    onLeaver((l, y) -> "YES".equals(l.inTouch()) && (l.activity() == null || l.accommodation() == null))),
            error("3001", "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation "
                            + "cannot be with their former foster carer(s).",
                    onLeaver((l, y) -> l.age() == 17 && Rule.codes("Z1", "Z2").contains(l.accommodation()))),
            error("191", "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to "
                            + "children looked after for 12 months have been left blank.",
                    onHealth((c, y) -> !allOf(oc2(c).immunisations(), oc2(c).teethCheck(), oc2(c).healthAssessment(), oc2(c).substanceMisuse()))),
            error("547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment "
                            + "and substance misuse problem identified fields completed.",
                    onHealth((c, y) -> "1".equals(oc2(c).healthCheck())
                            && !allOf(oc2(c).immunisations(), oc2(c).teethCheck(), oc2(c).healthAssessment(), oc2(c).substanceMisuse()))),
            error("158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item "
                            + "on whether an intervention was offered should be left blank.",
                    onHealth((c, y) -> "1".equals(oc2(c).interventionReceived()) && oc2(c).interventionOffered() != null)),
            error("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional "
                            + "item on whether an intervention was offered should be completed as well.",
                    onHealth((c, y) -> "1".equals(oc2(c).substanceMisuse()) && "0".equals(oc2(c).interventionReceived())
                            && oc2(c).interventionOffered() == null)),
            error("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.",
                    onHealth((c, y) -> oc2(c).sdqScore() != null && (oc2(c).sdqScore() < 0 || oc2(c).sdqScore() > 40))),
            error("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.",
                    onHealth((c, y) -> Stream.of(oc2(c).convicted(), oc2(c).healthCheck(), oc2(c).immunisations(), oc2(c).teethCheck(),
                            oc2(c).healthAssessment(), oc2(c).substanceMisuse(), oc2(c).interventionReceived(), oc2(c).interventionOffered())
                            .anyMatch(v -> v != null && !v.equals("0") && !v.equals("1")))),
            error("192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was "
                            + "received has been left blank.",
                    onHealth((c, y) -> "1".equals(oc2(c).substanceMisuse()) && oc2(c).interventionReceived() == null)),
            error("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is "
                            + "filled in.",
                    onHealth((c, y) -> oc2(c).sdqScore() != null && oc2(c).sdqReason() != null)),
            error("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths "
                            + "and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire "
                            + "(SDQ) score.",
                    onHealth((c, y) -> c.ageOn(y.start()) >= 4 && c.ageOn(y.end()) <= 16 && oc2(c).sdqScore() == null
                            && "SDQ1".equals(oc2(c).sdqReason()))));
}
