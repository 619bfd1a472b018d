package org.opencsc.adopters;

import java.time.LocalDate;

/**
 * A child matched with the family: one of ours (personId) or a child placed through another
 * agency (described in words). The child moves in, the adoption order is made, or the match ends.
 */
public record AdopterMatch(long id, Long personId, String child, LocalDate matchedOn, LocalDate placedOn, LocalDate orderOn, LocalDate endedOn) {

    /** Still going on: neither ended nor completed by an adoption order. */
    public boolean open() {
        return endedOn == null && orderOn == null;
    }

    /** What is shown of a match with a child whose record the reader may not see: that there is one, and its dates. */
    public static final String HIDDEN_CHILD = "A child whose record you cannot see";

    public AdopterMatch masked() {
        return new AdopterMatch(id, null, HIDDEN_CHILD, matchedOn, placedOn, orderOn, endedOn);
    }

    public boolean hidden() {
        return personId == null && HIDDEN_CHILD.equals(child);
    }
}
