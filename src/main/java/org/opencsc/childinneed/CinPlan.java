package org.opencsc.childinneed;

import java.time.LocalDate;
import java.util.List;

/** A child in need plan, its reviews, and when it ended. */
public record CinPlan(long id, long personId, long referralId, LocalDate startDate, String outcomes, LocalDate endDate,
                      List<Review> reviews) {

    public record Review(long id, LocalDate reviewDate, CinReviewDecision decision, String progress) {
    }

    public boolean open() {
        return endDate == null;
    }
}
