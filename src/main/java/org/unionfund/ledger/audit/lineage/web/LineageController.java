package org.unionfund.ledger.audit.lineage.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.audit.lineage.LineageQueries;
import org.unionfund.ledger.audit.lineage.LineageView;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit/lineage")
@Tag(name = "Audit: lineage", description = "Where money came from and where it went")
public record LineageController(LineageQueries lineage) {

    @GetMapping("/postings/{ledgerId}/{postingId}")
    @Operation(summary = "A posting's lineage tree, amounts in yuan",
            description = "upstream: for every leg that draws on a FUND or PROGRAMME account, the postings that "
                    + "brought money into that account before this posting (programme budgets, allocations down the "
                    + "tree, the fund's establishment, matching commitments, year-end carry-overs), recursively up to "
                    + "the fund's origin. downstream: for every leg that fills such an account, the postings that "
                    + "took money out of it afterwards (onward allocations, programme budgets, trip settlements with "
                    + "their trip), recursively. Read from the audit-lineage projection (eventually consistent).")
    public LineageView posting(@PathVariable String ledgerId, @PathVariable String postingId) {
        return lineage.posting(ledgerId, postingId).orElseThrow(() -> RequestProblem.notFound("postingId",
                "no posting " + postingId + " in ledger " + ledgerId + " (or the lineage projection has not "
                        + "reached it yet)"));
    }
}
