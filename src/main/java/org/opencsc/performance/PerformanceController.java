package org.opencsc.performance;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.ShowsNoChildRecord;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.FormPost;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.CurrentUser;
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
 * The performance pages: a page for each reader (the director, the head of service, a team
 * manager), one per indicator, the children behind every figure, and the values to compare with.
 */
@Controller
class PerformanceController {

    private final PerformanceDashboards dashboards;
    private final IndicatorComparisons comparisons;
    private final DrawnPages drawn;
    private final BesideTheIndicators beside;

    PerformanceController(PerformanceDashboards dashboards, IndicatorComparisons comparisons, DrawnPages drawn, BesideTheIndicators beside) {
        this.beside = beside;
        this.dashboards = dashboards;
        this.comparisons = comparisons;
        this.drawn = drawn;
    }

    @ShowsNoChildRecord("figures, no child")
    @GetMapping("/performance")
    @PreAuthorize("hasAnyAuthority('PERFORMANCE', 'PERFORMANCE_SETTINGS', 'RETURNS')")
    String hub(Model model) {
        model.addAttribute("teams", dashboards.teams());
        model.addAttribute("findings", Finding.values());
        return "performance/hub";
    }

    /** The head of service's page: every finding, for the authority and each team. */
    @ShowsNoChildRecord("figures, no child")
    @GetMapping("/performance/service")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String service(@RequestParam(required = false) boolean print, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("heading", "Every finding, by team");
        model.addAttribute("body", drawn.body("service:" + print, "performance/service-body", () -> Map.of(
                "sections", dashboards.byFinding(Arrays.asList(Finding.values())),
                "beside", beside.now(),
                "print", print,
                "month", dashboards.currentMonth()), request, response));
        return "performance/service";
    }

    /** The director's page: the authority's headline figures beside national and comparator values. */
    @ShowsNoChildRecord("figures, no child")
    @GetMapping("/performance/director")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String director(@RequestParam(required = false) boolean print, Model model, HttpServletRequest request, HttpServletResponse response) {
        return trends(model, null, "The authority at a glance", print, request, response);
    }

    /** A team manager starts at their own team. */
    @ShowsNoChildRecord("figures, no child")
    @GetMapping("/performance/team")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String ownTeam() {
        var team = CurrentUser.get().teamId();
        return team == null ? "redirect:/performance" : "redirect:/performance/teams/" + team;
    }

    @ShowsNoChildRecord("a team's figures, no child")
    @GetMapping("/performance/teams/{id}")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String team(@PathVariable long id, @RequestParam(required = false) boolean print, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        var team = dashboards.teams().stream().filter(t -> t.id() == id).findFirst().orElseThrow(PerformanceController::notFound);
        return trends(model, id, team.name(), print, request, response);
    }

    @ShowsNoChildRecord("an indicator's figures, no child")
    @GetMapping("/performance/indicators/{slug}")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String indicator(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        var indicator = Indicator.fromSlug(slug).orElseThrow(PerformanceController::notFound);
        model.addAttribute("indicator", indicator);
        model.addAttribute("body", drawn.body("indicator:" + indicator, "performance/indicator-body", () -> Map.of(
                "indicator", indicator, "view", dashboards.indicator(indicator)), request, response));
        return "performance/indicator";
    }

    /** The children (or households) behind one month's figure. */
    @ListsChildren("the children behind an indicator")
    @GetMapping("/performance/indicators/{slug}/children")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String children(@PathVariable String slug, @RequestParam(required = false) String month, @RequestParam(required = false) Long team,
                    @RequestParam(required = false) String outcome, @RequestParam(required = false) String breakdown,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        var indicator = Indicator.fromSlug(slug).orElseThrow(PerformanceController::notFound);
        YearMonth wanted;
        try {
            wanted = month == null || month.isBlank() ? dashboards.currentMonth() : YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            throw notFound();
        }
        var onlyOutcome = outcome == null || outcome.isBlank() ? null : switch (outcome) {
            case "met" -> "Y";
            case "missed" -> "N";
            case "pending" -> "P";
            default -> throw notFound();
        };
        model.addAttribute("list", dashboards.children(indicator, wanted, team, onlyOutcome,
                breakdown == null || breakdown.isBlank() ? null : breakdown, Math.max(page, 1)));
        model.addAttribute("outcome", outcome);
        return "performance/children";
    }

    @ShowsNoChildRecord("comparison figures, no child")
    @GetMapping("/performance/comparisons")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String comparisonsPage(Model model) {
        return comparisonsPage(model, ComparisonForm.empty(), new PopulationForm(null, null));
    }

    @PostMapping("/performance/comparisons")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String saveComparison(@ModelAttribute("form") ComparisonForm form, BindingResult binding, Model model) {
        return FormPost.save(binding, () -> comparisons.save(form), () -> "redirect:/performance/comparisons?saved",
                () -> comparisonsPage(model, form, new PopulationForm(null, null)));
    }

    @PostMapping("/performance/comparisons/{slug}/remove")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String removeComparison(@PathVariable String slug) {
        comparisons.remove(Indicator.fromSlug(slug).orElseThrow(PerformanceController::notFound));
        return "redirect:/performance/comparisons?removed";
    }

    @PostMapping("/performance/comparisons/population")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String savePopulation(@ModelAttribute("population") PopulationForm form, BindingResult binding, Model model) {
        return FormPost.save(binding, () -> comparisons.savePopulation(form), () -> "redirect:/performance/comparisons?saved",
                () -> comparisonsPage(model, ComparisonForm.empty(), form));
    }

    private String comparisonsPage(Model model, ComparisonForm form, PopulationForm population) {
        model.addAttribute("form", form);
        model.addAttribute("population", population);
        model.addAttribute("entered", dashboards.comparisons());
        model.addAttribute("currentPopulation", dashboards.childPopulation().orElse(null));
        var choices = new java.util.LinkedHashMap<String, String>();
        Arrays.stream(Indicator.values()).forEach(i -> choices.put(i.slug(), i.title()));
        model.addAttribute("indicatorChoices", choices);
        return "performance/comparisons";
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such team, indicator or month");
    }

    private String trends(Model model, Long teamId, String heading, boolean print, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("heading", heading);
        model.addAttribute("body", drawn.body("trends:" + teamId + ":" + print, "performance/trends-body", () -> {
            var trends = dashboards.trends(teamId);
            Map<Finding, List<Trend>> byFinding = new java.util.LinkedHashMap<>();
            for (var finding : Finding.values()) {
                var list = Indicator.answering(finding).stream()
                        .filter(i -> teamId == null || i.measure() != Measure.PER_10K)
                        .map(trends::get).toList();
                if (!list.isEmpty()) {
                    byFinding.put(finding, list);
                }
            }
            var variables = new java.util.HashMap<String, Object>();
            variables.put("byFinding", byFinding);
            variables.put("charts", trends.values().stream().collect(java.util.stream.Collectors.toMap(
                    Trend::indicator, t -> TrendChart.of(t, 360, 140))));
            variables.put("teamId", teamId);
            variables.put("heading", heading);
            variables.put("print", print);
            variables.put("month", dashboards.currentMonth());
            return variables;
        }, request, response));
        return "performance/trends";
    }
}
