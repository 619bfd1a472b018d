package org.opencsc.returns.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.child.Upn;
import org.opencsc.returns.cin.CensusChild.Assessment;
import org.opencsc.returns.cin.CensusChild.CinPlan;
import org.opencsc.returns.cin.CensusChild.CpPlan;
import org.opencsc.returns.cin.CensusChild.Enquiry;
import org.opencsc.returns.cin.CensusChild.Episode;
import org.opencsc.returns.cin.CensusChild.PreProceedings;

/**
 * A child's census record for 2025/26 that breaks no rule: referred by the police on 1 May 2025,
 * assessed, a section 47 and conference, a protection plan reviewed twice and ended, a child in
 * need plan either side of it, and the case closed on 2 February 2026. Each test changes one thing.
 */
final class CensusChildBuilder {

    String laChildId = "C0000001";
    String upn = Upn.withCheckLetter("201000012345");
    String upnUnknown;
    LocalDate birthDate = day("2017-09-09");
    LocalDate expectedBirthDate;
    String sex = "F";
    LocalDate deathDate;
    String ethnicity = "WBRI";
    List<String> disabilities = new ArrayList<>(List.of("NONE"));

    LocalDate referralDate = day("2025-05-01");
    String primaryNeed = "N1";
    LocalDate closureDate = day("2026-02-02");
    String closureReason = "RC7";
    boolean nfa;
    List<Assessment> assessments = new ArrayList<>(List.of(new Assessment(1, day("2025-05-02"), day("2025-06-10"), List.of("3A", "4B"))));
    List<CinPlan> cinPlans = new ArrayList<>(List.of(new CinPlan(1, day("2025-06-11"), day("2025-06-20")),
            new CinPlan(2, day("2026-01-12"), day("2026-02-02"))));
    List<Enquiry> enquiries = new ArrayList<>(List.of(new Enquiry(1, 11, day("2025-06-12"), day("2025-07-03"), day("2025-06-20"), false)));
    List<CpPlan> cpPlans = new ArrayList<>(List.of(new CpPlan(1, day("2025-06-20"), day("2026-01-12"), "NEG", "EMO", 0,
            List.of(day("2025-09-15"), day("2026-01-12")))));
    List<Episode> earlierEpisodes = new ArrayList<>();
    boolean noEpisodes;

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    Episode episode() {
        return new Episode(100, referralDate, "6", primaryNeed, closureDate, closureReason, nfa, assessments, cinPlans, enquiries, cpPlans,
                List.of(new PreProceedings(1, day("2025-08-04"), null, true, day("2025-08-20"))));
    }

    /** A referral with no further action: no assessment, closed two days later. */
    static Episode noFurtherAction(long id, String referred, String closed) {
        return new Episode(id, day(referred), "2A", null, closed == null ? null : day(closed), closed == null ? null : "RC8", true,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    CensusChild build() {
        var episodes = new ArrayList<>(earlierEpisodes);
        if (!noEpisodes) {
            episodes.add(episode());
        }
        return new CensusChild(1, laChildId, upn, null, upnUnknown, birthDate, expectedBirthDate, sex, deathDate, ethnicity, disabilities,
                episodes);
    }
}
