package org.opencsc.workload;

import org.opencsc.security.ShowsNoChildRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each team's workload as JSON, and for other features' dashboards as a call: the figures count
 * every child and name none, so they may be shown to anyone who may see performance.
 */
@RestController
@PreAuthorize("hasAuthority('PERFORMANCE')")
@Tag(name = "Workload", description = "Caseloads and weighted workloads per team")
public class WorkloadApi {

    private final WorkloadService workload;

    WorkloadApi(WorkloadService workload) {
        this.workload = workload;
    }

    @ShowsNoChildRecord("teams' workload figures, no child")
    @GetMapping(path = "/api/performance/workload/teams", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Each team with case-holding workers: children held, weighted points, workers and workers over the threshold")
    public List<TeamWorkload> teams() {
        return workload.teams();
    }
}
