package org.opencsc.care;

import java.time.LocalDate;

/** A looked-after child's review, chaired by an IRO, with how the child took part. */
public record CareReview(long id, LocalDate reviewDate, String iro, ReviewParticipation participation, LocalDate iroContactDate,
                         String recommendations) {
}
