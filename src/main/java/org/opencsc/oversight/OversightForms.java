package org.opencsc.oversight;

import java.util.List;
import org.opencsc.platform.DateParts;

/** What a manager types when recording oversight or supervision. */
public final class OversightForms {

    /** How many actions the form offers; a manager with more records a further entry. */
    public static final int ACTIONS = 3;

    private OversightForms() {
    }

    /** An action as typed: each of the three parts is needed once any is filled. */
    public record ActionForm(String action, String owner, DateParts dueBy) {
        public ActionForm {
            dueBy = DateParts.orEmpty(dueBy);
        }

        boolean isBlank() {
            return (action == null || action.isBlank()) && (owner == null || owner.isBlank()) && dueBy.isBlank();
        }
    }

    public record EntryForm(String kind, DateParts heldOn, String workerId, String considered, String decisions, String progress,
                            String action1, String owner1, DateParts dueBy1,
                            String action2, String owner2, DateParts dueBy2,
                            String action3, String owner3, DateParts dueBy3) {
        public EntryForm {
            heldOn = DateParts.orEmpty(heldOn);
            dueBy1 = DateParts.orEmpty(dueBy1);
            dueBy2 = DateParts.orEmpty(dueBy2);
            dueBy3 = DateParts.orEmpty(dueBy3);
        }

        List<ActionForm> actions() {
            return List.of(new ActionForm(action1, owner1, dueBy1), new ActionForm(action2, owner2, dueBy2), new ActionForm(action3, owner3, dueBy3));
        }
    }
}
