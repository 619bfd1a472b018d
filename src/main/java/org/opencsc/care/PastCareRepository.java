package org.opencsc.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a period of care already lived in a few statements: its placements, each with its end,
 * and its reviews, a batch at a time (an import brings in thousands of children).
 */
@Repository
class PastCareRepository {

    /** A review as written: its id and date, for the key event it puts on the journey. */
    record WrittenReview(long id, LocalDate date) {
    }

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    PastCareRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insertPeriod(long personId, CareHistory history, String categoryOfNeed, String username) {
        var periodId = jdbc.sql("""
                        insert into care_period (authority_id, person_id, start_date, end_date, reason_ceased, category_of_need, recorded_by)
                        values (:authority, :personId, :start, :end, :reason, :need, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("start", history.periodStart())
                .param("end", history.periodEnd()).param("reason", history.reasonCeased()).param("need", categoryOfNeed).param("username", username)
                .query(Long.class).single();
        var sql = new StringBuilder("insert into care_legal_status (authority_id, period_id, start_date, code, recorded_by) values ");
        var parameters = new ArrayList<Object>();
        for (var change : history.legalStatuses()) {
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            parameters.addAll(Arrays.asList(authority.id(), periodId, change.from(), change.code(), username));
        }
        jdbc.sql(sql.toString()).params(parameters).update();
        return periodId;
    }

    void insertPlacements(long periodId, List<Placement> placements, String username) {
        if (placements.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("""
                insert into placement (authority_id, period_id, start_date, end_date, place, provider, carer, postcode, urn,
                                       temporary_approval, end_reason, unplanned_ending, recorded_by) values
                """);
        var parameters = new ArrayList<Object>();
        for (var placement : placements) {
            var reason = placement.endReason() == null ? null : Coded.fromCode(PlacementChangeReason.class, placement.endReason()).orElse(null);
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            parameters.addAll(Arrays.asList(authority.id(), periodId, placement.start(), placement.end(), placement.place(), placement.provider(),
                    placement.carer(), placement.postcode(), placement.urn(), placement.temporaryApproval(), reason == null ? null : reason.code(),
                    reason == null ? null : reason.unplanned(), username));
        }
        jdbc.sql(sql.toString()).params(parameters).update();
    }

    List<WrittenReview> insertReviews(long personId, long periodId, List<PastCareService.PastReview> reviews, String username) {
        if (reviews.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder("""
                insert into care_review (authority_id, person_id, period_id, review_date, iro, participation, recommendations, recorded_by) values
                """);
        var parameters = new ArrayList<Object>();
        for (var review : reviews) {
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            parameters.addAll(Arrays.asList(authority.id(), personId, periodId, review.date(), review.iro(), review.participation().code(),
                    review.recommendations(), username));
        }
        // Each review's key event needs its id; ids are matched to dates, so the order rows come back in does not matter.
        sql.append(" returning id, review_date");
        return jdbc.sql(sql.toString()).params(parameters)
                .query((row, n) -> new WrittenReview(row.getLong("id"), row.getObject("review_date", LocalDate.class))).list();
    }
}
