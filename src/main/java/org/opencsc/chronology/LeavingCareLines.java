package org.opencsc.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.leavingcare.LeavingCareService;
import org.springframework.stereotype.Component;

/** Leaving care support and personal advisers, pathway plans, and the contacts around each birthday. */
@Component
class LeavingCareLines implements RecordLines {

    private final LeavingCareService leavingCare;

    LeavingCareLines(LeavingCareService leavingCare) {
        this.leavingCare = leavingCare;
    }

    @Override
    public Set<String> describes() {
        return Set.of("care_leaver_support", "pathway_plan");
    }

    @Override
    public List<ChronologyLine> linesFor(KeyEvents key) {
        var record = leavingCare.leavingCare(key.personId());
        var lines = new ArrayList<ChronologyLine>();
        var page = key.page("leaving-care");
        for (var support : record.supports()) {
            lines.add(ChronologyLine.generated(support.startDate(), Strand.LEAVING_CARE, "Care leaver support started",
                    support.advisers().isEmpty() ? "" : "Personal adviser allocated", key.recordedBy("care_leaver_support", support.startDate()), page));
            if (support.endDate() != null) {
                lines.add(ChronologyLine.generated(support.endDate(), Strand.LEAVING_CARE, "Care leaver support ended",
                        support.endReason() == null ? "" : support.endReason().label(), key.recordedBy("care_leaver_support", support.endDate()), page));
            }
        }
        for (var plan : record.pathwayPlans()) {
            lines.add(ChronologyLine.generated(plan.planDate(), Strand.LEAVING_CARE, "Pathway plan agreed or reviewed", Summaries.oneLine(plan.summary()),
                    key.recordedBy("pathway_plan", plan.planDate()), page));
        }
        for (var birthday : record.birthdays()) {
            var contact = birthday.recorded();
            if (contact != null) {
                lines.add(ChronologyLine.generated(contact.contactDate(), Strand.LEAVING_CARE, "Contact around the " + Summaries.ordinal(birthday.age()) + " birthday",
                        Summaries.labels(contact.inTouch(), contact.activity(), contact.accommodation()), "", page));
            }
        }
        return lines;
    }
}
