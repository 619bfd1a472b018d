package org.opencsc.leavingcare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything about a young person's leaving care, as the page and the API show it. */
public record LeavingCare(CareLeaverCategory category, LocalDate firstEligible, List<CareLeaverSupport> supports, List<PathwayPlan> pathwayPlans,
                          List<BirthdayContact> birthdays) {

    public Optional<CareLeaverSupport> openSupport() {
        return supports.stream().filter(CareLeaverSupport::open).findFirst();
    }
}
