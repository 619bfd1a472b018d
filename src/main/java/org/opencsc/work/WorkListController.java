package org.opencsc.work;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.StaffAccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A worker's "my children" and a manager's team list. */
@Controller
class WorkListController {

    private final WorkListService workLists;
    private final StaffAccountService staff;

    private final java.time.Clock clock;

    WorkListController(WorkListService workLists, StaffAccountService staff, java.time.Clock clock) {
        this.clock = clock;
        this.workLists = workLists;
        this.staff = staff;
    }

    @ListsChildren("the worker's children")
    @GetMapping("/work")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String mine(Model model) {
        model.addAttribute("list", workLists.forWorker(CurrentUser.get().id()));
        return "work/my-children";
    }

    @ListsChildren("reviews due")
    @GetMapping("/work/reviews")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String reviews(@RequestParam(defaultValue = "8") int weeks, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", workLists.reviewsDue(weeks, page));
        return "work/reviews";
    }

    @ListsChildren("a team's children")
    @GetMapping("/work/team")
    @PreAuthorize("hasAuthority('ALLOCATE')")
    String team(@RequestParam(required = false) Long team, @RequestParam(defaultValue = "0") int page, Model model) {
        var teams = staff.teams();
        Long chosen = team != null ? team : CurrentUser.get().teamId();
        if (chosen == null && !teams.isEmpty()) {
            chosen = teams.getFirst().id();
        }
        model.addAttribute("teams", teams);
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            model.addAttribute("list", workLists.forTeam(chosen, page));
            model.addAttribute("now", clock.instant());
        }
        return "work/team";
    }
}
