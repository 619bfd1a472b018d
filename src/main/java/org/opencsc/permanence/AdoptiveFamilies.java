package org.opencsc.permanence;

import java.time.LocalDate;
import java.util.Map;

/**
 * The approved adopters a child can be matched with. The adopters' journey (enquiry, stages one and
 * two, approval) is kept by the adopters feature, which provides this so that a child's adoption
 * need not know how adopters are assessed; the child's side tells it when a match is made, the
 * child moves in, or an order is made, so the adopters' record shows the same dates.
 */
public interface AdoptiveFamilies {

    /** Family id to the words shown ("Okafor family, approved 3 March 2026") of every approved family not yet matched. */
    Map<Long, String> awaitingMatch();

    /** The family's name as the child's record shows it ("Okafor family"), or null if there is no such family. */
    String name(long familyId);

    /** Why the family cannot be matched with a child on a day (not approved by then, already matched), or null when it can. */
    String matchProblem(long familyId, LocalDate matchDate);

    /** A child's match with the family was agreed on the day. */
    void matched(long familyId, long personId, LocalDate matchDate);

    /** The matched child moved in with the family on the day. */
    void childPlaced(long familyId, long personId, LocalDate placedDate);

    /** The court made the adoption order on the day. */
    void adoptionOrderMade(long familyId, long personId, LocalDate orderDate);

    /** The match ended without an adoption (a disruption or a changed plan): the family may wait for another child. */
    void matchEnded(long familyId, long personId, LocalDate endDate);
}
