package org.opencsc.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.frontdoor.FrontDoorService;
import org.springframework.stereotype.Component;

/** Contacts with who made them and the MASH+ decision; referrals, re-referrals and how each closed. */
@Component
class FrontDoorLines implements RecordLines {

    private final FrontDoorService frontDoor;

    FrontDoorLines(FrontDoorService frontDoor) {
        this.frontDoor = frontDoor;
    }

    @Override
    public Set<String> describes() {
        return Set.of("contact", "referral");
    }

    @Override
    public List<ChronologyLine> linesFor(KeyEvents key) {
        var lines = new ArrayList<ChronologyLine>();
        var journey = key.page("journey");
        for (var contact : frontDoor.contacts(key.personId())) {
            var decided = contact.decision() == null ? "awaiting the MASH+ decision"
                    : "MASH+ decision on " + Summaries.date(contact.decisionDate()) + ": " + contact.decision().label();
            lines.add(ChronologyLine.generated(contact.contactDate(), Strand.FRONT_DOOR, "Contact received",
                    "From " + contact.source().label() + "; " + decided, contact.recordedBy(), journey));
        }
        for (var referral : frontDoor.referrals(key.personId())) {
            var summary = (referral.reReferral() ? "Re-referral within 12 months" : "Referral")
                    + (referral.primaryNeed() == null ? "" : "; primary need: " + referral.primaryNeed().label());
            lines.add(ChronologyLine.generated(referral.referralDate(), Strand.FRONT_DOOR, "Referral received", summary, referral.recordedBy(), journey));
            if (referral.closureDate() != null) {
                lines.add(ChronologyLine.generated(referral.closureDate(), Strand.FRONT_DOOR, referral.nfa() ? "Referral closed: no further action" : "Case closed",
                        referral.closureReason() == null ? "" : referral.closureReason().label(),
                        key.recordedBy("referral", referral.closureDate()), journey));
            }
        }
        return lines;
    }
}
