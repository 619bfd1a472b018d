package org.opencsc.leavingcare;

import java.time.LocalDate;

/**
 * The contact with a care leaver around one birthday from 17 to 25 that SSDA903 OC3 reports: it
 * counts when made from three months before the birthday to one month after it.
 */
public record BirthdayContact(int age, LocalDate birthday, Recorded recorded) {

    /** What was found at the contact, once made. */
    public record Recorded(long id, LocalDate contactDate, InTouch inTouch, CareLeaverActivity activity, CareLeaverAccommodation accommodation) {
    }

    public static final int FIRST_AGE = 17;
    public static final int LAST_AGE = 25;

    public LocalDate windowOpens() {
        return birthday.minusMonths(3);
    }

    public LocalDate windowCloses() {
        return birthday.plusMonths(1);
    }

    public boolean inWindow(LocalDate day) {
        return !day.isBefore(windowOpens()) && !day.isAfter(windowCloses());
    }

    /** Where this birthday's contact stands on a day, as the page words it. */
    public String standing(LocalDate today) {
        if (recorded != null) {
            return "Recorded";
        }
        if (today.isAfter(windowCloses())) {
            return "Missed";
        }
        return inWindow(today) ? "Due" : "Upcoming";
    }
}
