package org.opencsc.child;

import java.util.Comparator;
import java.util.function.Predicate;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordVisibility;

/**
 * How every list that masks shows the children whose restricted records the reader may not see:
 * the row says only {@value #LABEL}, and the masked rows sort together after every row the
 * reader may see, ordered by nothing of the child's. A list sorted by name and masked
 * afterwards would give the surname away by where "Restricted record" falls between two names;
 * so a list that masks orders through this class, in its SQL ({@link #hiddenSql}) or in Java
 * ({@link #visibleFirst}), and never sorts on anything it then hides.
 */
public final class HiddenRecords {

    /** What a masked row shows instead of the child. */
    public static final String LABEL = "Restricted record";

    /** The bind parameter {@link #hiddenSql} reads the reader from; bind it with {@link #reader()}. */
    public static final String READER = "reader";

    private HiddenRecords() {
    }

    /**
     * SQL that is true when the person whose id is in {@code personIdColumn} has a restricted
     * record that {@code :reader} is not named on (false for a null id: a household, say). Put
     * it first in the ORDER BY (false sorts first) and mask the columns it hides with
     * {@link #maskedSql}, so that the page's LIMIT and OFFSET cut the list already in its
     * masked order.
     */
    public static String hiddenSql(String personIdColumn) {
        // The restriction rule itself is RecordVisibility's, so that masking and every other page agree.
        return "exists (select 1 from person hidden_p where hidden_p.id = " + personIdColumn
                + " and not " + RecordVisibility.visibleTo("hidden_p") + ")";
    }

    /** SQL for a column that a hidden row must not carry (name, reference): null for a hidden row. */
    public static String maskedSql(String hiddenExpression, String column) {
        return "case when " + hiddenExpression + " then null else " + column + " end";
    }

    /** The signed-in reader's id, for {@link #READER}. */
    public static long reader() {
        return CurrentUser.get().id();
    }

    /**
     * Orders a list that was masked in Java: the rows the reader may see in {@code visibleOrder},
     * then the hidden rows in {@code hiddenOrder}, which must compare only what is still shown of
     * a hidden row (its rule, its date), never what was masked.
     */
    public static <T> Comparator<T> visibleFirst(Predicate<T> hidden, Comparator<T> visibleOrder, Comparator<T> hiddenOrder) {
        return (a, b) -> {
            var aHidden = hidden.test(a);
            var bHidden = hidden.test(b);
            if (aHidden != bHidden) {
                return aHidden ? 1 : -1;
            }
            return aHidden ? hiddenOrder.compare(a, b) : visibleOrder.compare(a, b);
        };
    }
}
