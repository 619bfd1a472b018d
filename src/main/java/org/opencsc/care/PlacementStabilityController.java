package org.opencsc.care;

import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Placement stability across the authority: the figures, and the children behind them. */
@Controller
@PreAuthorize("hasAuthority('CHILD_READ')")
@Tag(name = "Children in care")
class PlacementStabilityController {

    private final PlacementStabilityService stability;

    PlacementStabilityController(PlacementStabilityService stability) {
        this.stability = stability;
    }

    @ListsChildren("children behind the placement stability figures")
    @GetMapping("/work/placement-stability")
    String page(Model model) {
        model.addAttribute("stability", stability.on(stability.today()));
        return "care/placement-stability";
    }

    @ListsChildren("children behind the placement stability figures")
    @GetMapping(path = "/api/placement-stability", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Today's placement stability: 3 or more placements in 12 months, and long-term stability, with the children the reader may see")
    PlacementStability figures() {
        return stability.on(stability.today());
    }
}
