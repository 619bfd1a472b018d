package org.opencsc.homeless;

import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.homeless.HomelessPathwayForms.AssessmentForm;
import org.opencsc.homeless.HomelessPathwayForms.DecisionForm;
import org.opencsc.homeless.HomelessPathwayForms.OutcomeForm;
import org.opencsc.homeless.HomelessPathwayForms.PresentationForm;
import org.opencsc.homeless.HomelessPathwayService.HomelessYoungPeople;
import org.opencsc.homeless.HomelessPathwayService.PathwayView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Homeless pathways of 16 and 17-year-olds as JSON: each child's, and the authority's open pathways and figures. */
@RestController
@Tag(name = "Homeless 16 and 17-year-olds", description = "The joint housing and children's services pathway, its timeline and the year's figures")
class HomelessPathwayApi {

    private static final String PATHWAYS = "/api/children/{id}/homeless-pathways";

    private final HomelessPathwayService pathways;

    HomelessPathwayApi(HomelessPathwayService pathways) {
        this.pathways = pathways;
    }

    @GetMapping(path = PATHWAYS, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's homeless pathways, newest first, each with its timeline and the day the child became looked after, if they did")
    List<PathwayView> list(@PathVariable long id) {
        return pathways.viewPathways(id);
    }

    @PostMapping(path = PATHWAYS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The young person presents as homeless: start a pathway")
    Map<String, Long> present(@PathVariable long id, @RequestBody PresentationForm form) {
        return Map.of("id", pathways.present(id, form));
    }

    @PostMapping(path = PATHWAYS + "/{pathwayId}/assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the young person seen and the joint assessment started")
    void assess(@PathVariable long id, @PathVariable long pathwayId, @RequestBody AssessmentForm form) {
        pathways.assess(id, pathwayId, form);
    }

    @PostMapping(path = PATHWAYS + "/{pathwayId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the independent advice and the young person's decision about section 20")
    void decide(@PathVariable long id, @PathVariable long pathwayId, @RequestBody DecisionForm form) {
        pathways.decide(id, pathwayId, form);
    }

    @PostMapping(path = PATHWAYS + "/{pathwayId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the completed assessment, its outcome, housing's decision and the close")
    void conclude(@PathVariable long id, @PathVariable long pathwayId, @RequestBody OutcomeForm form) {
        pathways.conclude(id, pathwayId, form);
    }

    @ListsChildren("homeless young people")
    @GetMapping(path = "/api/homeless-young-people", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Open pathways (restricted records left out for readers not named on them) and the last 12 months' figures")
    HomelessYoungPeople youngPeople() {
        return pathways.youngPeople();
    }
}
