package org.opencsc.returns;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.ShowsNoChildRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.FormPost;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The performance team's page for the statutory returns: check a return against the DfE rules
 * and work through what fails, child by child, or produce the files to send.
 */
@Controller
@PreAuthorize("hasAuthority('RETURNS')")
class ReturnsController {

    /** Enough to work through on screen; the CSV has them all. */
    static final int FAILURES_SHOWN = 500;

    private final StatutoryReturns returns;
    private final ReturnRuns runs;
    private final AuditLog audit;
    private final Clock clock;
    private final ChildRecordService records;

    ReturnsController(StatutoryReturns returns, ReturnRuns runs, AuditLog audit, Clock clock, ChildRecordService records) {
        this.returns = returns;
        this.records = records;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    @ShowsNoChildRecord("the returns and their runs, no child")
    @GetMapping("/performance/returns")
    String page(Model model) {
        return showForm(model, ReturnRunForm.blank(latestYear()));
    }

    @PostMapping("/performance/returns")
    String start(@ModelAttribute("form") ReturnRunForm form, BindingResult binding, Model model) {
        return FormPost.save(binding, () -> {
                    var problems = new FieldProblems();
                    var chosen = problems.choice("statutoryReturn", "Return", form.statutoryReturn(), returns::named, true);
                    var year = problems.choice("collectionYear", "Collection year", form.collectionYear(), this::offeredYear, true);
                    var purpose = problems.choice("purpose", "What to do", form.purpose(), this::purpose, true);
                    problems.throwIfAny();
                    return runs.start(chosen, year, purpose);
                }, run -> "redirect:/performance/returns/runs/" + run.id(),
                () -> showForm(model, form));
    }

    @ListsChildren("a return run's failures")
    @GetMapping("/performance/returns/runs/{id}")
    String run(@PathVariable String id, @RequestParam(required = false) String rule, @RequestParam(required = false) String child,
               Model model) {
        var run = runOf(id);
        var ruleWanted = rule == null ? "" : rule.strip();
        var childWanted = child == null ? "" : child.strip();
        model.addAttribute("run", run);
        model.addAttribute("rule", ruleWanted);
        model.addAttribute("child", childWanted);
        var matching = asSeenByReader(run.failures()).stream()
                .filter(f -> ruleWanted.isEmpty() || f.code().equalsIgnoreCase(ruleWanted))
                .filter(f -> childWanted.isEmpty() || childWanted.equalsIgnoreCase(f.childReference()))
                .toList();
        model.addAttribute("matching", matching.size());
        model.addAttribute("shown", matching.stream().limit(FAILURES_SHOWN).toList());
        return "returns/run";
    }

    @ListsChildren("a return run's failures")
    @GetMapping("/performance/returns/runs/{id}/failures.csv")
    ResponseEntity<String> failures(@PathVariable String id) throws IOException {
        var run = runOf(id);
        var name = run.statutoryReturn().name() + "-" + run.year().year() + "-validation.csv";
        audit.record(AuditAction.EXPORT, null, "Validation failures of " + run.returnTitle() + " " + run.year().label());
        // The failures are already held in memory by the run, so the CSV is made whole.
        var csv = new StringWriter();
        RuleFailureCsv.write(asSeenByReader(run.failures()), csv);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    @ListsChildren("a return's file")
    @GetMapping("/performance/returns/runs/{id}/files/{name}")
    ResponseEntity<FileSystemResource> file(@PathVariable String id, @PathVariable String name) throws IOException {
        var run = runOf(id);
        // Only a file the run wrote, looked up by name, so no path can be steered elsewhere.
        var file = run.file(name).orElseThrow(() -> new NotFoundException("Return run"));
        audit.record(AuditAction.EXPORT, null, "Downloaded " + name + " of " + run.returnTitle() + " " + run.year().label());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentLength(Files.size(file))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(file));
    }

    /**
     * The failures as this reader may see them. A return holds every child, restricted ones too,
     * so their failures are counted; but who they are, and the way to their record, are shown only
     * to those named on it, as everywhere else.
     */
    private List<RuleFailure> asSeenByReader(List<RuleFailure> failures) {
        var children = failures.stream().map(RuleFailure::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        var visible = records.visibleAmong(children);
        // Masked first, then sorted: a sort (stable) that keeps the return's order for the rest and puts the masked ones last.
        return failures.stream().map(f -> f.personId() == null || visible.contains(f.personId()) ? f : f.restricted())
                .sorted(RuleFailure.maskedLast()).toList();
    }

    private String showForm(Model model, ReturnRunForm form) {
        model.addAttribute("form", form);
        var choices = new LinkedHashMap<String, String>();
        returns.all().forEach(r -> choices.put(r.name(), r.title()));
        model.addAttribute("returnChoices", choices);
        model.addAttribute("yearChoices", yearChoices());
        var purposes = new LinkedHashMap<String, String>();
        for (var purpose : ReturnRun.Purpose.values()) {
            purposes.put(purpose.name(), purpose.label());
        }
        model.addAttribute("purposeChoices", purposes);
        model.addAttribute("runs", runs.recent());
        return "returns/returns";
    }

    private ReturnRun runOf(String id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("Return run"));
    }

    private CollectionYear latestYear() {
        return CollectionYear.latestEndedBy(LocalDate.now(clock.withZone(ClockZone.UK)));
    }

    /** The year in progress (to check early), the latest ended, and the two before (resubmissions). */
    private Map<String, String> yearChoices() {
        var latest = latestYear().year();
        var choices = new LinkedHashMap<String, String>();
        IntStream.rangeClosed(latest - 2, latest + 1).map(y -> 2 * latest - 1 - y).forEach(y -> {
            var year = new CollectionYear(y);
            choices.put(String.valueOf(y), year.label() + (y > latest ? " (so far)" : ""));
        });
        return choices;
    }

    private Optional<CollectionYear> offeredYear(String text) {
        return yearChoices().containsKey(text) ? Optional.of(CollectionYear.parse(text)) : Optional.empty();
    }

    private Optional<ReturnRun.Purpose> purpose(String text) {
        try {
            return Optional.of(ReturnRun.Purpose.valueOf(text));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
