package org.opencsc.oversight;

import org.opencsc.security.ListsChildren;
import org.opencsc.platform.Coded;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.StaffAccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The management lists under /performance: late oversight and drift, per team. A manager sees
 * their own team first; "all" shows the authority.
 */
@Controller
@PreAuthorize("hasAuthority('PERFORMANCE')")
class OversightListController {

    private static final String ALL_TEAMS = "all";

    private final OversightLists lists;
    private final StaffAccountService staff;

    OversightListController(OversightLists lists, StaffAccountService staff) {
        this.lists = lists;
        this.staff = staff;
    }

    @ListsChildren("children with management oversight overdue")
    @GetMapping("/performance/oversight")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String late(@RequestParam(required = false) String team, @RequestParam(defaultValue = "0") int page, Model model) {
        var chosen = chosenTeam(team, model);
        model.addAttribute("list", lists.late(chosen, page));
        return "oversight/late";
    }

    @ListsChildren("children whose plans are drifting")
    @GetMapping("/performance/drift")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String drift(@RequestParam(required = false) String team, @RequestParam(required = false) String reason,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        var chosen = chosenTeam(team, model);
        var only = Coded.fromCode(DriftReason.class, reason).orElse(null);
        model.addAttribute("reasons", DriftReason.values());
        model.addAttribute("list", lists.drift(chosen, only, page));
        return "oversight/drift";
    }

    /** The team asked for; else the signed-in manager's own; "all" (or no team of one's own) is the whole authority. */
    private Long chosenTeam(String team, Model model) {
        var teams = staff.teams();
        Long chosen = null;
        if (team == null) {
            chosen = CurrentUser.get().teamId();
        } else if (!ALL_TEAMS.equals(team)) {
            chosen = teams.stream().filter(t -> String.valueOf(t.id()).equals(team)).map(t -> t.id()).findFirst().orElse(null);
        }
        model.addAttribute("teams", teams);
        model.addAttribute("chosen", chosen == null ? ALL_TEAMS : String.valueOf(chosen));
        return chosen;
    }
}
