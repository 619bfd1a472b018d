package org.opencsc.returns.ssda903;

import java.util.Set;
import org.opencsc.returns.CollectionYear;

/**
 * The SSDA903 codes that the DfE has changed from one collection year to the next, so that each
 * year's return is written, and checked, with the codes of its own specification. The published
 * column schema (SSDA903_schema_2024.yml) keeps the 2023/24 lists; the later changes, as the DfE's
 * guidance and its public validator (data-to-insight/csc-validator-be-903, rules lac2024_25 and
 * lac2025_26) have them, are here. See docs/returns-ssda903.md.
 *
 * <ul>
 *   <li>SEX: 1 (male) and 2 (female) to 2023/24; M, F and U (not known) from 2024/25.</li>
 *   <li>PLACE: from 2025/26 H5 (supported accommodation) becomes K3, P2 and Z1 are gone, and Z11 to Z14
 *       replace Z1.</li>
 * </ul>
 */
final class YearCodes {

    /** The first collection year (2024/25) whose SEX is M, F or U. */
    static final int SEX_AS_LETTERS = 2025;
    /** The first collection year (2025/26) without H5, P2 and Z1, and with Z11 to Z14. */
    static final int PLACEMENTS_2026 = 2026;

    private static final Set<String> PLACES_TO_2025 = Rule.codes("A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3",
            "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");
    private static final Set<String> PLACES_FROM_2026 = Rule.codes("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5",
            "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14");

    // Placements with no provider (PLACE_PROVIDER blank: rules 178, 213, 526).
    private static final Set<String> NO_PROVIDER_TO_2025 = Rule.codes("T0", "T1", "T2", "T3", "T4", "Z1");
    private static final Set<String> NO_PROVIDER_FROM_2026 = Rule.codes("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");

    // Placements that are not Ofsted-registered settings, so have no URN (rule 222). Supported accommodation (H5, K3) has been
    // registered with Ofsted since 2024, so it has one.
    private static final Set<String> NO_URN_TO_2025 = Rule.codes("P1", "P2", "P3", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
    private static final Set<String> NO_URN_FROM_2026 = Rule.codes("P1", "P3", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");

    private YearCodes() {
    }

    /** The year's SEX code for the sex on the child's record (M, F or U): null when the year has no code for it. */
    static String sex(CollectionYear year, String recorded) {
        if (year.year() >= SEX_AS_LETTERS) {
            return recorded == null ? "U" : switch (recorded) {
                case "M", "F" -> recorded;
                default -> "U";
            };
        }
        return recorded == null ? null : switch (recorded) {
            case "M" -> "1";
            case "F" -> "2";
            default -> null;
        };
    }

    static boolean isSex(CollectionYear year, String code) {
        return code != null && (year.year() >= SEX_AS_LETTERS ? Set.of("M", "F", "U") : Set.of("1", "2")).contains(code);
    }

    static String male(CollectionYear year) {
        return year.year() >= SEX_AS_LETTERS ? "M" : "1";
    }

    static String female(CollectionYear year) {
        return year.year() >= SEX_AS_LETTERS ? "F" : "2";
    }

    /** What a year's SEX code says, as the child's record has it (M, F, U), so that two years' codes can be compared. */
    static String sexRecorded(String code) {
        return code == null ? null : switch (code) {
            case "1", "M" -> "M";
            case "2", "F" -> "F";
            default -> "U";
        };
    }

    /** The placement types (PLACE) of the year's specification. */
    static Set<String> placements(CollectionYear year) {
        return year.year() >= PLACEMENTS_2026 ? PLACES_FROM_2026 : PLACES_TO_2025;
    }

    /**
     * The placement type a year's return writes for one recorded: from 2025/26 supported accommodation recorded as H5
     * (a placement that began before the change) is written K3, the code the DfE gave it; the DfE's own validator
     * accepts that change of code between last year's open episode and this year's first (503D). P2 and Z1 have no
     * one replacement, so they are written as recorded and rule 146 asks for the placement to be recorded again.
     */
    static String placeWritten(CollectionYear year, String recorded) {
        return year.year() >= PLACEMENTS_2026 && "H5".equals(recorded) ? "K3" : recorded;
    }

    /** Whether last year's placement type and this year's are the same placement written in each year's codes (503D). */
    static boolean samePlacement(String lastYear, String thisYear) {
        return java.util.Objects.equals(lastYear, thisYear) || ("H5".equals(lastYear) && "K3".equals(thisYear))
                || ("Z1".equals(lastYear) && thisYear != null && thisYear.matches("Z1[1-4]"));
    }

    static Set<String> noProvider(CollectionYear year) {
        return year.year() >= PLACEMENTS_2026 ? NO_PROVIDER_FROM_2026 : NO_PROVIDER_TO_2025;
    }

    static Set<String> noUrn(CollectionYear year) {
        return year.year() >= PLACEMENTS_2026 ? NO_URN_FROM_2026 : NO_URN_TO_2025;
    }

    /** Supported accommodation (rule 371): H5 to 2024/25, K3 from 2025/26. */
    static String supportedAccommodation(CollectionYear year) {
        return year.year() >= PLACEMENTS_2026 ? "K3" : "H5";
    }

    /**
     * The youngest a child may be placed in supported accommodation (rule 371): 14 for H5 as published to 2024/25;
     * 16 for K3, as the Supported Accommodation Regulations 2023 admit only young people of 16 and 17.
     */
    static int supportedAccommodationAge(CollectionYear year) {
        return year.year() >= PLACEMENTS_2026 ? 16 : 14;
    }
}
