package org.opencsc.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opencsc.adopters.AdoptersService;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CarePlan;
import org.opencsc.care.CareReview;
import org.opencsc.care.CareService;
import org.opencsc.care.LegalStatus;
import org.opencsc.care.Placement;
import org.opencsc.care.PlacementProvider;
import org.opencsc.care.PlacementType;
import org.opencsc.care.ReasonCeased;
import org.opencsc.child.Sex;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.leavingcare.CareLeaverAccommodation;
import org.opencsc.leavingcare.CareLeaverActivity;
import org.opencsc.leavingcare.CareLeaverCategory;
import org.opencsc.leavingcare.InTouch;
import org.opencsc.permanence.NoLongerPlacedReason;
import org.opencsc.platform.Coded;
import org.opencsc.returns.annexa.AnnexAWorkbook.ListSheet;
import org.springframework.stereotype.Component;

/**
 * Lists 8 to 11: children in care, care leavers, adoption and adopters. Periods of care are read
 * through care's own service, so the legal status, placements and moves shown here are the ones
 * the care record and the SSDA903 derive; care leavers' categories come from leaving care's rule.
 * These lists hold the looked-after and care-leaving children, not the whole authority.
 */
@Component
class CareLists {

    private final AnnexARepository repository;
    private final CareService care;
    private final AdoptersService adopters;

    CareLists(AnnexARepository repository, CareService care, AdoptersService adopters) {
        this.repository = repository;
        this.care = care;
        this.adopters = adopters;
    }

    private record LookedAfter(ChildColumns child, List<Object> facts) {
    }

    void childrenInCare(ListSheet sheet, LocalDate asAt) {
        var from = AnnexAList.CHILDREN_IN_CARE.firstDay(asAt);
        var children = new ArrayList<LookedAfter>();
        repository.lookedAfter(from, asAt, row -> {
            var facts = new ArrayList<Object>();
            facts.add(row.getBoolean("uasc"));
            facts.add(row.getString("need"));
            facts.add(row.getObject("last_visit", LocalDate.class));
            facts.add(row.getObject("last_health", LocalDate.class));
            facts.add(row.getObject("last_dental", LocalDate.class));
            facts.add(row.getInt("missing"));
            facts.add(row.getInt("absent"));
            facts.add(row.getObject("rhi_offered", Boolean.class));
            facts.add(row.getObject("rhi_accepted", Boolean.class));
            children.add(new LookedAfter(ChildColumns.of(row), facts));
        });
        var periods = care.periodsForFigures(children.stream().map(c -> c.child().personId()).toList());
        for (var child : children) {
            var theirs = periods.getOrDefault(child.child().personId(), List.of()).stream().filter(p -> !p.startDate().isAfter(asAt)).toList();
            if (!theirs.isEmpty()) {
                sheet.add(childInCare(child, theirs, from, asAt));
            }
        }
    }

    private static List<Object> childInCare(LookedAfter lookedAfter, List<CarePeriod> periods, LocalDate from, LocalDate asAt) {
        var child = lookedAfter.child();
        var facts = lookedAfter.facts();
        var period = periods.getLast();
        var ended = period.endDate() != null && !period.endDate().isAfter(asAt);
        // The last day the child was looked after, as far as the list can know on the day it is drawn up.
        var lastDay = ended ? period.endDate().minusDays(1) : asAt;
        var cells = new ArrayList<Object>();
        cells.add(child.childId());
        cells.add(child.gender());
        cells.add(child.ethnicity());
        cells.add(child.dateOfBirth());
        cells.add(child.age());
        cells.add(Cells.yesNo((Boolean) facts.get(0)));
        cells.add(child.disabled());
        cells.add(period.startDate());
        cells.add(Cells.coded(PrimaryNeed.class, (String) facts.get(1)));
        var earlierInYear = periods.stream().anyMatch(p -> p != period && p.endDate() != null && !p.endDate().isBefore(from));
        cells.add(earlierInYear ? "Y" : "N");
        var status = period.legalStatuses().stream().filter(s -> !s.from().isAfter(lastDay)).reduce((a, b) -> b).orElse(period.legalStatuses().getFirst());
        cells.add(status.from());
        cells.add(Cells.coded(LegalStatus.class, status.code()));
        cells.add(period.reviews().stream().map(CareReview::reviewDate).filter(d -> !d.isAfter(asAt)).max(Comparator.naturalOrder()).orElse(null));
        cells.add(facts.get(2));
        cells.add(period.carePlans().stream().filter(p -> !p.agreedDate().isAfter(asAt)).reduce((a, b) -> b).map(CarePlan::permanencePlan)
                .map(Coded::label).orElse(null));
        cells.add(period.reviews().stream().map(CareReview::iroContactDate).filter(Objects::nonNull).filter(d -> !d.isAfter(asAt))
                .max(Comparator.naturalOrder()).orElse(null));
        cells.add(facts.get(3));
        cells.add(facts.get(4));
        cells.add(period.placementsInYearTo(lastDay));
        cells.add(ended ? period.endDate() : null);
        cells.add(ended ? Cells.coded(ReasonCeased.class, period.reasonCeased()) : null);
        var placement = period.placements().stream().filter(p -> !p.start().isAfter(lastDay)).reduce((a, b) -> b).orElse(null);
        cells.add(placement == null ? null : placement.start());
        cells.add(placement == null ? null : Cells.coded(PlacementType.class, placement.place()));
        cells.add(placement == null ? null : Cells.coded(PlacementProvider.class, placement.provider()));
        cells.add(placement == null ? null : placement.postcode());
        cells.add(placement == null ? null : placement.urn());
        cells.add(placement == null ? null : location(placement));
        cells.add(placement == null ? null : NOT_RECORDED);
        cells.add(facts.get(5));
        cells.add(facts.get(6));
        cells.add(Cells.yesNo((Boolean) facts.get(7)));
        cells.add(Cells.yesNo((Boolean) facts.get(8)));
        ChildLists.allocated(cells, child);
        return cells;
    }

    private static final String NOT_RECORDED = "Not recorded";

    /** The record holds the distance from home, not the placing authority's boundary. */
    private static String location(Placement placement) {
        return placement.distanceMiles() == null ? NOT_RECORDED : placement.distanceMiles().stripTrailingZeros().toPlainString() + " miles from home";
    }

    /**
     * Relevant and former relevant care leavers on the day (those 21 or over while they still have
     * leaving care support), and qualifying care leavers who have support.
     */
    void careLeavers(ListSheet sheet, LocalDate asAt) {
        record Candidate(ChildColumns child, boolean supported, String inTouch, String activity, String accommodation) {
        }
        var candidates = new ArrayList<Candidate>();
        repository.mayBeCareLeavers(asAt, row -> candidates.add(new Candidate(ChildColumns.of(row), row.getBoolean("supported"),
                row.getString("in_touch"), row.getString("activity"), row.getString("accommodation"))));
        var periods = care.periodsForFigures(candidates.stream().map(c -> c.child().personId()).toList());
        for (var candidate : candidates) {
            var child = candidate.child();
            var category = CareLeaverCategory.on(child.dateOfBirth(), periods.getOrDefault(child.personId(), List.of()), asAt);
            var listed = switch (category) {
                case RELEVANT -> true;
                case FORMER_RELEVANT -> candidate.supported() || child.age() < 21;
                case QUALIFYING -> candidate.supported();
                default -> false;
            };
            if (!listed) {
                continue;
            }
            var cells = child.leading(true);
            ChildLists.allocated(cells, child);
            cells.add(category.label());
            cells.add(Cells.label(InTouch.class, candidate.inTouch()));
            var accommodation = Coded.fromCode(CareLeaverAccommodation.class, candidate.accommodation()).orElse(null);
            cells.add(accommodation == null ? null : accommodation.label().replaceFirst(": (not )?suitable$", ""));
            cells.add(accommodation == null || accommodation == CareLeaverAccommodation.NOT_KNOWN ? null
                    : accommodation.code().endsWith("1") ? "Suitable" : "Not suitable");
            cells.add(Cells.label(CareLeaverActivity.class, candidate.activity()));
            sheet.add(cells);
        }
    }

    void adoptions(ListSheet sheet, LocalDate asAt) {
        repository.adoptions(AnnexAList.ADOPTION.firstDay(asAt), asAt, row -> {
            var child = ChildColumns.of(row);
            var cells = new ArrayList<Object>();
            cells.add(child.childId());
            var family = row.getObject("adoptive_family_id", Long.class);
            cells.add(family == null || Cells.dateBy(row, "match_date", asAt) == null ? null : family.toString());
            cells.addAll(child.leading(true).subList(1, 6));
            cells.add(row.getObject("entered_care", LocalDate.class));
            cells.add(row.getObject("decision_date", LocalDate.class));
            cells.add("PLACEMENT_ORDER".equals(row.getString("authority_to_place")) ? Cells.dateBy(row, "authority_date", asAt) : null);
            cells.add(Cells.dateBy(row, "match_date", asAt));
            cells.add(Cells.dateBy(row, "placed_date", asAt));
            cells.add(Cells.dateBy(row, "order_date", asAt));
            var ceased = Cells.dateBy(row, "ceased_date", asAt);
            cells.add(ceased);
            cells.add(ceased == null ? null : Cells.coded(NoLongerPlacedReason.class, row.getString("ceased_reason")));
            cells.add(Cells.dateBy(row, "fostering_for_adoption_on", asAt));
            sheet.add(cells);
        });
    }

    /** Prospective adopters in the process at any time in the period, as adopters' own Annex A rows give them. */
    void adopters(ListSheet sheet, LocalDate asAt) {
        var from = AnnexAList.ADOPTERS.firstDay(asAt);
        for (var adopter : adopters.annexA()) {
            var inProcess = !adopter.enquiry().isAfter(asAt) && (adopter.leftProcess() == null || !adopter.leftProcess().isBefore(from))
                    && (adopter.adoptionOrder() == null || !adopter.adoptionOrder().isBefore(from));
            if (!inProcess) {
                continue;
            }
            var cells = new ArrayList<Object>();
            cells.add(Long.toString(adopter.adopterId()));
            cells.add(Long.toString(adopter.familyId()));
            cells.add(Cells.label(Sex.class, adopter.gender()));
            cells.add(adopter.ethnicity());
            cells.add(adopter.disability());
            cells.add(adopter.fosteringForAdoption());
            cells.add(adopter.enquiry());
            cells.add(Cells.upTo(adopter.stageOneStarted(), asAt));
            cells.add(Cells.upTo(adopter.stageOneEnded(), asAt));
            cells.add(Cells.upTo(adopter.stageTwoStarted(), asAt));
            cells.add(Cells.upTo(adopter.stageTwoEnded(), asAt));
            cells.add(Cells.upTo(adopter.applicationSubmitted(), asAt));
            cells.add(Cells.upTo(adopter.approved(), asAt));
            cells.add(Cells.upTo(adopter.matched(), asAt));
            var placed = Cells.upTo(adopter.placed(), asAt);
            cells.add(placed);
            cells.add(placed == null ? null : adopter.childrenPlaced());
            cells.add(Cells.upTo(adopter.adoptionOrder(), asAt));
            var left = Cells.upTo(adopter.leftProcess(), asAt);
            cells.add(left);
            cells.add(left == null ? null : adopter.leavingReason());
            sheet.add(cells);
        }
    }
}
