package org.opencsc.returns.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.child.Upn;
import org.opencsc.returns.ssda903.LookedAfterChild.Adoption;
import org.opencsc.returns.ssda903.LookedAfterChild.CareLeaverOutcomes;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;
import org.opencsc.returns.ssda903.LookedAfterChild.HealthOutcomes;
import org.opencsc.returns.ssda903.LookedAfterChild.MissingRow;
import org.opencsc.returns.ssda903.LookedAfterChild.PlacedForAdoption;
import org.opencsc.returns.ssda903.LookedAfterChild.ReviewRow;

/**
 * A child's 2025/26 return data for rule tests: by default a girl of 13 looked after from
 * 2 June 2025 with nothing wrong; each method changes one thing.
 */
final class AChild {

    long personId = 1;
    String sex = "F";
    boolean uasc;
    LocalDate dateOfBirth = LocalDate.of(2012, 5, 14);
    String ethnicity = "WBRI";
    String upn = Upn.withCheckLetter("999123425001");
    String mother = "0";
    LocalDate motherChildDateOfBirth;
    List<EpisodeRow> episodes = new ArrayList<>(List.of(episode("2025-06-02", "S", "V2", "U6", null, null)));
    List<ReviewRow> reviews = new ArrayList<>();
    List<MissingRow> missing = new ArrayList<>();
    HealthOutcomes oc2;
    CareLeaverOutcomes oc3;
    Adoption ad1;
    List<PlacedForAdoption> placed = new ArrayList<>();
    LookedAfterChild.PreviousPermanence previousPermanence = new LookedAfterChild.PreviousPermanence("Z1", null, null);

    static AChild lookedAfter() {
        return new AChild();
    }

    static EpisodeRow episode(String start, String reasonNew, String legalStatus, String place, String end, String reasonEnded) {
        return new EpisodeRow(10, LocalDate.parse(start), reasonNew, legalStatus, "N1", place, place.startsWith("T") ? null : "PR1",
                end == null ? null : LocalDate.parse(end), reasonEnded, null, "NW1 4AB", "NW2 1AA", null);
    }

    static EpisodeRow episode(String start, String legalStatus, String place, String provider, String urn) {
        return new EpisodeRow(10, LocalDate.parse(start), "S", legalStatus, "N1", place, provider, null, null, null, "NW1 4AB", "NW2 1AA", urn);
    }

    AChild bornOn(String date) {
        dateOfBirth = date == null ? null : LocalDate.parse(date);
        return this;
    }

    AChild sex(String code) {
        sex = code;
        return this;
    }

    AChild unaccompanied() {
        uasc = true;
        return this;
    }

    AChild ethnicity(String code) {
        ethnicity = code;
        return this;
    }

    AChild upn(String value) {
        upn = value;
        return this;
    }

    AChild mother(String value, String firstChildBorn) {
        mother = value;
        motherChildDateOfBirth = firstChildBorn == null ? null : LocalDate.parse(firstChildBorn);
        return this;
    }

    AChild episodes(EpisodeRow... rows) {
        episodes = new ArrayList<>(List.of(rows));
        return this;
    }

    AChild reviews(ReviewRow... rows) {
        reviews = new ArrayList<>(List.of(rows));
        return this;
    }

    AChild review(String date, String code) {
        reviews.add(new ReviewRow(10, LocalDate.parse(date), code));
        return this;
    }

    AChild missing(String kind, String start, String end) {
        missing.add(new MissingRow(kind, LocalDate.parse(start), end == null ? null : LocalDate.parse(end)));
        return this;
    }

    AChild health(HealthOutcomes outcomes) {
        oc2 = outcomes;
        return this;
    }

    AChild leaver(String inTouch, String activity, String accommodation) {
        oc3 = new CareLeaverOutcomes(18, LocalDate.of(2025, 6, 20), inTouch, activity, accommodation);
        episodes = new ArrayList<>();
        previousPermanence = null;
        return this;
    }

    AChild leaverAged(int age) {
        oc3 = new CareLeaverOutcomes(age, LocalDate.of(2025, 6, 20), oc3.inTouch(), oc3.activity(), oc3.accommodation());
        return this;
    }

    AChild permanence(String code, String authority, String date) {
        previousPermanence = new LookedAfterChild.PreviousPermanence(code, authority, date == null ? null : LocalDate.parse(date));
        return this;
    }

    AChild adopted(Adoption adoption) {
        ad1 = adoption;
        return this;
    }

    AChild placedForAdoption(String decided, String ceased, String reason) {
        placed.add(new PlacedForAdoption(LocalDate.parse(decided), ceased == null ? null : LocalDate.parse(ceased), reason));
        return this;
    }

    LookedAfterChild build() {
        return new LookedAfterChild(personId, "C" + personId, sex, dateOfBirth, ethnicity, upn, mother, motherChildDateOfBirth, uasc, episodes, reviews,
                missing, oc2, oc3, ad1, placed, previousPermanence, List.of());
    }
}
