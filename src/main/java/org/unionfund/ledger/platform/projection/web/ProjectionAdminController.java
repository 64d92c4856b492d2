package org.unionfund.ledger.platform.projection.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.platform.projection.CollectionDigest;
import org.unionfund.ledger.platform.projection.ProjectionRebuilds;
import org.unionfund.ledger.platform.projection.ProjectionRegistry;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Projection admin", description = "Every projection rebuilt from the log into shadow collections and "
        + "compared with the live ones, by digest and document by document")
public record ProjectionAdminController(ProjectionRegistry registry, ProjectionRebuilds rebuilds) {

    @GetMapping
    @Operation(summary = "All projections: name, processing group, kind (batch or per-event) and collections")
    public List<ProjectionRegistry.Entry> all() {
        return registry.all();
    }

    @GetMapping("/{name}/digest")
    @Operation(summary = "Digest of each live collection of a projection",
            description = "SHA-256 over the documents in _id order, canonical JSON (sorted keys), without bookkeeping "
                    + "fields (_pos, _gaps, lastSeq)")
    public List<CollectionDigest.Digest> digest(@PathVariable String name) {
        return rebuilds.digests(name);
    }

    @PostMapping("/{name}/rebuild-compare")
    @Operation(summary = "Rebuild a projection (or all) into shadow collections and compare with the live ones",
            description = "202 with the job; poll GET /api/v1/admin/projections/jobs/{id}. Replays the event store "
                    + "from the start into shadow_* collections with the same projection code (the live "
                    + "collections are not touched), pauses the live processor on this instance to catch the shadow "
                    + "up to its token, compares per collection (digest, and every difference as collection, _id, "
                    + "field), restarts the processor. 409 rebuild-in-progress when a job runs.")
    public ResponseEntity<ProjectionRebuilds.Job> rebuildAndCompare(
            @Parameter(description = "A projection name from the list, or 'all'") @PathVariable String name,
            @Parameter(description = "Keep the shadow collections for inspection")
            @RequestParam(defaultValue = "false") boolean keepShadow) {
        if (rebuilds.busy()) {
            throw RequestProblem.of(HttpStatus.CONFLICT, "rebuild-in-progress", "name",
                    "a rebuild-and-compare job is running already");
        }
        ProjectionRebuilds.Job job = rebuilds.start(name, keepShadow);
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/jobs/" + job.id())).body(job);
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "A rebuild-and-compare job: phase, progress, and per projection and collection the live and "
            + "shadow digests and the differences found (state EQUAL, DIFFERENT or FAILED when done)")
    public ProjectionRebuilds.Job job(@PathVariable String id) {
        return rebuilds.job(id).orElseThrow(() -> RequestProblem.notFound("id", "no job " + id));
    }
}
