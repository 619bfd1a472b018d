package org.opencsc.work;

import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.ChildRecordService;
import org.opencsc.security.CurrentUser;
import org.opencsc.timescales.StatutoryClock;
import org.opencsc.timescales.TimescaleService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Due dates, timelines, visits and work lists as JSON. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Work", description = "Statutory due dates, the child's timeline, visits and work lists")
class WorkApi {

    record Journey(List<StatutoryClock> clocks, List<CaseEvent> timeline, List<Visit> recentVisits) {
    }

    private final ChildRecordService records;
    private final TimescaleService timescales;
    private final VisitService visits;
    private final WorkListService workLists;

    WorkApi(ChildRecordService records, TimescaleService timescales, VisitService visits, WorkListService workLists) {
        this.records = records;
        this.timescales = timescales;
        this.visits = visits;
        this.workLists = workLists;
    }

    @GetMapping("/children/{id}/journey")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Every statutory clock (met and running), the timeline of key events and recent visits")
    Journey journey(@PathVariable long id) {
        records.view(id, "Read the journey through the API");
        return new Journey(timescales.clocksFor(id), records.journey(id), visits.recent(id));
    }

    @PostMapping(path = "/children/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a visit (kind CP, CIN, ASSESSMENT or OTHER); a child seen stops the visit clock")
    Map<String, Long> visit(@PathVariable long id, @RequestBody VisitForm form) {
        return Map.of("id", visits.record(id, form));
    }

    @ListsChildren("the worker's children")
    @GetMapping("/work")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The signed-in worker's children: next due, overdue count and date last seen")
    WorkListService.WorkerList mine() {
        return workLists.forWorker(CurrentUser.get().id());
    }

    @ListsChildren("a team's children")
    @GetMapping("/work/teams/{teamId}")
    @PreAuthorize("hasAuthority('ALLOCATE')")
    @Operation(summary = "A team's overdue items (paged), unallocated cases and assessments waiting for authorisation")
    WorkListService.TeamList team(@PathVariable long teamId, @RequestParam(defaultValue = "0") int page) {
        return workLists.forTeam(teamId, page);
    }
}
