package org.opencsc.child;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.ShowsNoChildRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ChildSearchController {

    private final ChildRecordService records;

    ChildSearchController(ChildRecordService records) {
        this.records = records;
    }

    @ShowsNoChildRecord("redirects to the search")
    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "redirect:/children";
    }

    @ListsChildren("search results")
    @GetMapping("/children")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String postcode,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        var search = ChildSearch.parse(q, postcode, page);
        var results = records.search(search);
        model.addAttribute("q", q);
        model.addAttribute("postcode", postcode);
        model.addAttribute("searched", !search.isEmpty());
        model.addAttribute("results", results.stream().limit(ChildSearch.PAGE_SIZE).toList());
        model.addAttribute("page", search.page());
        model.addAttribute("hasNext", results.size() > ChildSearch.PAGE_SIZE);
        return "child/search";
    }
}
