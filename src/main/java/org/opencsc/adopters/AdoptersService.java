package org.opencsc.adopters;

import static org.opencsc.platform.FieldProblems.spoken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.adopters.AdoptersForms.ApprovalForm;
import org.opencsc.adopters.AdoptersForms.FamilyForm;
import org.opencsc.adopters.AdoptersForms.LeavingForm;
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.adopters.AdoptersRepository.StepColumn;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Ethnicity;
import org.opencsc.child.Sex;
import org.opencsc.platform.Coded;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adopters' journey: enquiry, stage one, the application and stage two, approval, fostering
 * for adoption, or leaving. Every step is checked against the steps before it (order, dates, the
 * stage the family is in) before anything is written, the refusal names the field and the
 * conflict, and each save is one transaction with its audit entry. Adopters are not children:
 * their audit entries name the family, not a child's record.
 */
@Service
public class AdoptersService {

    private final AdoptersRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    AdoptersService(AdoptersRepository repository, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** A family with where it stands today: its stage, each stage's clock, and how long it has waited for a match since approval. */
    public record FamilyView(AdoptiveFamily family, FamilyStage stage, StageClock stageOne, StageClock stageTwo, Long daysWaiting) {
    }

    /**
     * What the adoption team works on: the families in each stage (or one stage), how many in each,
     * approved families waiting for a match (longest first) and those that left in the last 12 months.
     */
    public record WorkList(FamilyStage filter, Map<FamilyStage, Long> counts, List<FamilyView> families, List<FamilyView> waiting,
                           List<FamilyView> leftThisYear) {
    }

    @Transactional(readOnly = true)
    public WorkList workList(FamilyStage filter) {
        var families = repository.families();
        var visible = records.visibleAmong(families.stream().flatMap(f -> ourChildren(f).stream()).toList());
        var views = families.stream().map(f -> view(f, visible)).toList();
        var counts = new LinkedHashMap<FamilyStage, Long>();
        for (var stage : FamilyStage.values()) {
            counts.put(stage, views.stream().filter(v -> v.stage() == stage).count());
        }
        var inProcess = views.stream().filter(v -> filter == null ? v.stage() != FamilyStage.LEFT : v.stage() == filter)
                .sorted(Comparator.comparing(FamilyView::stage)).toList();
        var waiting = views.stream().filter(v -> v.daysWaiting() != null).sorted(Comparator.comparing(FamilyView::daysWaiting).reversed()).toList();
        var yearAgo = today().minusMonths(12);
        var left = views.stream().filter(v -> v.stage() == FamilyStage.LEFT && v.family().leftOn().isAfter(yearAgo))
                .sorted(Comparator.comparing((FamilyView v) -> v.family().leftOn()).reversed()).toList();
        return new WorkList(filter, counts, inProcess, waiting, left);
    }

    @Transactional(readOnly = true)
    public FamilyView family(long id) {
        var family = find(id);
        return view(family, records.visibleAmong(ourChildren(family)));
    }

    /** The names of the family's matched children whose records the signed-in user may see, by record id. */
    @Transactional(readOnly = true)
    public Map<Long, String> childrenYouMaySee(AdoptiveFamily family) {
        var names = new LinkedHashMap<Long, String>();
        for (var personId : records.visibleAmong(ourChildren(family))) {
            names.put(personId, records.visible(personId).fullName());
        }
        return names;
    }

    private static List<Long> ourChildren(AdoptiveFamily family) {
        return family.matches().stream().map(AdopterMatch::personId).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The family as the signed-in user may see it, for the page and the API alike: a match with a
     * child whose record they may not see keeps its dates (the family's stage depends on them) but
     * neither the child's record id nor anything else of theirs.
     */
    private FamilyView view(AdoptiveFamily family, java.util.Set<Long> visible) {
        var today = today();
        var matches = family.matches().stream()
                .map(m -> m.personId() == null || visible.contains(m.personId()) ? m : m.masked()).toList();
        var shown = new AdoptiveFamily(family.id(), family.name(), family.fastTrack(), family.enquiryOn(), family.stageOneStartedOn(),
                family.stageOneEndedOn(), family.applicationOn(), family.panelOn(), family.approvedOn(), family.fosteringForAdoptionOn(),
                family.leftOn(), family.leftReason(), family.leftNotes(), family.adopters(), matches, family.version());
        return new FamilyView(shown, family.stage(), family.stageOne(today), family.stageTwo(today), family.daysWaiting(today));
    }

    /** Every prospective adopter as a row of Annex A list 11, family by family. */
    @Transactional(readOnly = true)
    public List<AnnexAAdopter> annexA() {
        return repository.families().stream().flatMap(family -> AnnexAAdopter.of(family).stream()).toList();
    }

    /** A family's enquiry, with one or two prospective adopters. */
    @Transactional
    public long addFamily(FamilyForm form) {
        var problems = new FieldProblems();
        var enquiry = problems.date("enquiryDate", "Date the enquiry was received", form.enquiryDate(), true);
        problems.notInFuture("enquiryDate", "Date the enquiry was received", enquiry, today());
        var fastTrack = problems.choice("fastTrack", "Fast track", form.fastTrack(), code -> Coded.fromCode(FastTrack.class, code), false);
        var first = adopter(problems, "first", "The first adopter’s", form.firstGivenName(), form.firstFamilyName(), form.firstSex(), form.firstEthnicity(),
                form.firstDisability());
        var secondGiven = java.util.stream.Stream.of(form.secondGivenName(), form.secondFamilyName(), form.secondSex(), form.secondEthnicity(),
                form.secondDisability()).anyMatch(value -> value != null && !value.isBlank());
        var second = secondGiven ? adopter(problems, "second", "The second adopter’s", form.secondGivenName(), form.secondFamilyName(), form.secondSex(),
                form.secondEthnicity(), form.secondDisability()) : null;
        problems.throwIfAny();
        var adopters = second == null ? List.of(first) : List.of(first, second);
        var name = familyName(adopters);
        var id = repository.insertFamily(name, fastTrack, enquiry, CurrentUser.username());
        for (var adopter : adopters) {
            repository.insertAdopter(id, adopter.givenName(), adopter.familyName(), adopter.sex(), adopter.ethnicity(), adopter.disability(),
                    CurrentUser.username());
        }
        audit.record(AuditAction.CREATE, null, "Adoption enquiry received on " + enquiry + ": adoptive family " + id + " ("
                + adopters.size() + (adopters.size() == 1 ? " adopter" : " adopters") + (fastTrack == null ? "" : ", fast track: " + fastTrack.label()) + ")",
                AuditSubject.adoptiveFamily(id));
        return id;
    }

    /** "Okafor family", or "Okafor and Mensah family" when the adopters' surnames differ. */
    static String familyName(List<Adopter> adopters) {
        return String.join(" and ", adopters.stream().map(Adopter::familyName).distinct().toList()) + " family";
    }

    private static Adopter adopter(FieldProblems problems, String prefix, String who, String givenName, String familyName, String sex,
                                   String ethnicity, String disability) {
        var given = problems.text(prefix + "GivenName", who + " given name", givenName, 100, true);
        var family = problems.text(prefix + "FamilyName", who + " family name", familyName, 100, true);
        var chosenSex = problems.choice(prefix + "Sex", who + " sex", sex, code -> Coded.fromCode(Sex.class, code), true);
        var chosenEthnicity = problems.choice(prefix + "Ethnicity", who + " ethnicity", ethnicity, code -> Coded.fromCode(Ethnicity.class, code), true);
        var chosenDisability = problems.choice(prefix + "Disability", who + " disability",
                disability, code -> Coded.fromCode(AdopterDisability.class, code), true);
        return new Adopter(0, given, family, chosenSex, chosenEthnicity, chosenDisability);
    }

    /** The registration of interest was accepted: stage one starts. */
    @Transactional
    public void startStageOne(long id, StepForm form) {
        var problems = new FieldProblems();
        var family = stillInProcess(id, problems, "date");
        if (family.fastTrack() != null) {
            problems.add("date", family.name() + " is on the fast track (" + family.fastTrack().label().toLowerCase()
                    + "): they go straight to stage two with their application");
        } else if (family.stageOneStartedOn() != null) {
            problems.add("date", "Stage one already started on " + spoken(family.stageOneStartedOn()));
        }
        problems.throwIfAny();
        var date = stepDate(problems, "date", form.date(), "Date the registration of interest was accepted", "the enquiry", family.enquiryOn());
        problems.throwIfAny();
        save(family, StepColumn.STAGE_ONE_STARTED, date, "stage one started on " + date + " (due to end by " + AdopterTimescales.stageOneDue(date) + ")");
    }

    /** The decision to proceed: stage one ends and the family may apply. */
    @Transactional
    public void endStageOne(long id, StepForm form) {
        var problems = new FieldProblems();
        var family = stillInProcess(id, problems, "date");
        if (family.stageOneStartedOn() == null) {
            problems.add("date", "Stage one has not started: record the registration of interest accepted first");
        } else if (family.stageOneEndedOn() != null) {
            problems.add("date", "Stage one already ended on " + spoken(family.stageOneEndedOn()));
        }
        problems.throwIfAny();
        var date = stepDate(problems, "date", form.date(), "Date of the decision to proceed", "the start of stage one", family.stageOneStartedOn());
        problems.throwIfAny();
        var due = AdopterTimescales.stageOneDue(family.stageOneStartedOn());
        save(family, StepColumn.STAGE_ONE_ENDED, date, "stage one ended on " + date + " with the decision to proceed (due by " + due + ", "
                + (date.isAfter(due) ? "late" : "in time") + ")");
    }

    /** The formal application is received: stage two starts that day. */
    @Transactional
    public void receiveApplication(long id, StepForm form) {
        var problems = new FieldProblems();
        var family = stillInProcess(id, problems, "date");
        if (family.applicationOn() != null) {
            problems.add("date", "The application was already received on " + spoken(family.applicationOn()));
        } else if (family.fastTrack() == null && family.stageOneEndedOn() == null) {
            problems.add("date", "Stage two starts after stage one: record the decision to proceed at the end of stage one first,"
                    + " or, for approved foster carers or previous adopters, add the family on the fast track");
        }
        problems.throwIfAny();
        var after = family.fastTrack() == null ? "the end of stage one" : "the enquiry";
        var earliest = family.fastTrack() == null ? family.stageOneEndedOn() : family.enquiryOn();
        var date = stepDate(problems, "date", form.date(), "Date the application was received", after, earliest);
        if (date != null && family.fastTrack() == null) {
            var latest = AdopterTimescales.latestApplication(family.stageOneEndedOn());
            problems.check(!date.isAfter(latest), "date", "Date the application was received (" + spoken(date) + ") is more than "
                    + AdopterTimescales.MAX_GAP_MONTHS + " months after stage one ended (" + spoken(family.stageOneEndedOn())
                    + "): the family must go through stage one again, as a new enquiry");
        }
        problems.throwIfAny();
        save(family, StepColumn.APPLICATION, date, "application received on " + date + ": stage two started (due to end by "
                + AdopterTimescales.stageTwoDue(date) + ")");
    }

    /** The adoption panel's recommendation and the agency decision maker's approval: stage two ends. */
    @Transactional
    public void approve(long id, ApprovalForm form) {
        var problems = new FieldProblems();
        var family = stillInProcess(id, problems, "decisionDate");
        if (family.applicationOn() == null) {
            problems.add("decisionDate", "Approval comes at the end of stage two, which has not started: record the application first");
        } else if (family.approvedOn() != null) {
            problems.add("decisionDate", family.name() + " were already approved on " + spoken(family.approvedOn()));
        }
        problems.throwIfAny();
        var panel = problems.date("panelDate", "Date of the adoption panel", form.panelDate(), true);
        problems.notInFuture("panelDate", "Date of the adoption panel", panel, today());
        problems.notBefore("panelDate", "Date of the adoption panel", panel, "the application", family.applicationOn());
        var decision = problems.date("decisionDate", "Date of the agency decision maker’s approval", form.decisionDate(), true);
        problems.notInFuture("decisionDate", "Date of the agency decision maker’s approval", decision, today());
        problems.notBefore("decisionDate", "Date of the agency decision maker’s approval", decision, "the adoption panel", panel);
        problems.throwIfAny();
        touch(family);
        repository.recordApproval(id, panel, decision);
        var due = AdopterTimescales.stageTwoDue(family.applicationOn());
        audit.record(AuditAction.UPDATE, null, "Adoptive family " + id + ": approved by the agency decision maker on " + decision + " after the panel on "
                + panel + "; stage two ended (due by " + due + ", " + (decision.isAfter(due) ? "late" : "in time") + ")", AuditSubject.adoptiveFamily(id));
    }

    /** Approved adopters approved as foster carers too, so that a child can live with them before the placement order. */
    @Transactional
    public void approveForFosteringForAdoption(long id, StepForm form) {
        var problems = new FieldProblems();
        var family = stillInProcess(id, problems, "date");
        if (family.approvedOn() == null) {
            problems.add("date", "Only approved adopters can foster for adoption: " + family.name() + " are not approved yet");
        } else if (family.fosteringForAdoptionOn() != null) {
            problems.add("date", "Already approved for fostering for adoption on " + spoken(family.fosteringForAdoptionOn()));
        }
        problems.throwIfAny();
        var date = stepDate(problems, "date", form.date(), "Date approved as foster carers", "the approval as adopters", family.approvedOn());
        problems.throwIfAny();
        save(family, StepColumn.FOSTERING_FOR_ADOPTION, date, "approved as foster carers for fostering for adoption on " + date);
    }

    /** The family leaves the process, at any stage, on a day and for a reason that fits the stage. */
    @Transactional
    public void leave(long id, LeavingForm form) {
        var problems = new FieldProblems();
        var family = stillInProcess(id, problems, "leftDate");
        if (!family.openMatches().isEmpty()) {
            problems.add("leftDate", family.name() + " are matched with a child (since " + spoken(family.openMatches().getFirst().matchedOn())
                    + "): the match must end before they leave");
        }
        problems.throwIfAny();
        var date = stepDate(problems, "leftDate", form.leftDate(), "Date the family left the process", "the last step recorded", family.lastStep());
        var reason = problems.choice("reason", "Reason for leaving", form.reason(), code -> Coded.fromCode(LeavingReason.class, code), true);
        var stage = family.stage();
        if (reason != null) {
            var misfit = reason.problemAt(stage);
            problems.check(misfit == null, "reason", "Reason for leaving “" + reason.label() + "” does not fit a family at "
                    + stage.label().toLowerCase() + ": " + misfit);
        }
        var notes = problems.text("notes", "Notes", form.notes(), 2000, false);
        problems.throwIfAny();
        touch(family);
        repository.recordLeaving(id, date, reason, notes);
        audit.record(AuditAction.UPDATE, null, "Adoptive family " + id + ": left the adoption process on " + date + " at "
                + stage.label().toLowerCase() + ": " + reason.label(), AuditSubject.adoptiveFamily(id));
    }

    /** The family, refused with a problem on the field when it has already left the process. */
    private AdoptiveFamily stillInProcess(long id, FieldProblems problems, String field) {
        var family = find(id);
        if (family.leftOn() != null) {
            problems.add(field, family.name() + " left the adoption process on " + spoken(family.leftOn()) + " ("
                    + family.leftReason().label().toLowerCase() + "): nothing more can be recorded");
            problems.throwIfAny();
        }
        return family;
    }

    /** A step's date: given, not in the future, not before the step it follows. */
    private LocalDate stepDate(FieldProblems problems, String field, DateParts typed, String label, String earlierLabel, LocalDate earlier) {
        var date = problems.date(field, label, typed, true);
        problems.notInFuture(field, label, date, today());
        problems.notBefore(field, label, date, earlierLabel, earlier);
        return date;
    }

    private void save(AdoptiveFamily family, StepColumn step, LocalDate date, String what) {
        touch(family);
        repository.recordStep(family.id(), step, date);
        audit.record(AuditAction.UPDATE, null, "Adoptive family " + family.id() + ": " + what, AuditSubject.adoptiveFamily(family.id()));
    }

    AdoptiveFamily find(long id) {
        return repository.family(id).orElseThrow(() -> new NotFoundException("Adoptive family " + id));
    }

    void touch(AdoptiveFamily family) {
        if (!repository.touch(family.id(), family.version())) {
            throw new RecordChangedException("The adoptive family");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
