package org.opencsc.permanence;

/** How far a child's adoption has gone. */
public enum AdoptionStage {
    DECIDED("Should be placed for adoption: waiting for the authority to place"),
    AUTHORISED("Authority to place: waiting for a match"),
    MATCHED("Matched: waiting to move in with the adopters"),
    PLACED("Placed for adoption: waiting for the adoption order"),
    ADOPTED("Adopted"),
    NO_LONGER_PLACED("No longer to be placed for adoption");

    private final String label;

    AdoptionStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
