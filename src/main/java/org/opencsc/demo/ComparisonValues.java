package org.opencsc.demo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The demo's national and comparator values and child population, so that the dashboards show
 * their lines from the start. They are illustrative, labelled as such on every page: a council
 * enters the DfE's published values for itself.
 */
final class ComparisonValues {

    /** Children in care per 10,000 that the demo population is sized to give. */
    private static final int DEMO_RATE_PER_10K = 70;

    private static final Object[][] VALUES = {
            {"RE_REFERRALS", 22.0, 21.0},
            {"ASSESSMENTS_IN_45_DAYS", 83.0, 86.0},
            {"ICPCS_IN_15_DAYS", 78.0, 81.0},
            {"REPEAT_CP_PLANS", 23.0, 21.0},
            {"CP_PLANS_OVER_2_YEARS", 4.0, 3.5},
            {"CHILDREN_IN_CARE_RATE", 70.0, 74.0},
            {"THREE_OR_MORE_PLACEMENTS", 10.0, 9.0},
            {"LONG_TERM_STABILITY", 70.0, 71.0},
            {"CARE_LEAVERS_IN_TOUCH", 90.0, 91.0},
            {"CARE_LEAVERS_IN_EET", 56.0, 55.0},
            {"CARE_LEAVERS_SUITABLY_HOUSED", 88.0, 89.0},
            {"ADOPTION_A1", 480.0, 470.0},
            {"ADOPTION_A2", 200.0, 190.0},
    };

    private ComparisonValues() {
    }

    static void enter(Connection connection, short authorityId, int lookedAfter) throws SQLException {
        try (var statement = connection.prepareStatement("""
                insert into indicator_comparison (authority_id, indicator, period, national, comparator, comparator_name, entered_by)
                values (?, ?, '2024/25', ?, ?, 'Statistical neighbours (demo values)', 'demo')
                on conflict (authority_id, indicator) do nothing
                """)) {
            for (var row : VALUES) {
                statement.setShort(1, authorityId);
                statement.setString(2, (String) row[0]);
                statement.setDouble(3, (Double) row[1]);
                statement.setDouble(4, (Double) row[2]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (var statement = connection.prepareStatement("""
                insert into child_population (authority_id, year, children, entered_by) values (?, 2024, ?, 'demo')
                on conflict (authority_id) do nothing
                """)) {
            statement.setShort(1, authorityId);
            statement.setInt(2, Math.max(1, lookedAfter) * 10_000 / DEMO_RATE_PER_10K);
            statement.executeUpdate();
        }
    }
}
