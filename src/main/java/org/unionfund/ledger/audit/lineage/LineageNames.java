package org.unionfund.ledger.audit.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.funds.query.ApprovalTrail;
import org.unionfund.ledger.funds.query.ProposalBook;
import org.unionfund.ledger.statistics.funds.FundNames;

/**
 * The names one lineage walk shows beside the codes, within its ledger: funds by display name, allocation
 * documents by 文号, and who proposed and approved a posting booked through maker-checker. Each code is looked up
 * once per walk.
 */
final class LineageNames {

    private final FundNames names;
    private final String ledger;
    private final Map<String, String> funds = new HashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final ProposalBook proposals;
    private final Map<String, ApprovalTrail> approvals = new HashMap<>();

    LineageNames(FundNames names, ProposalBook proposals, String ledger) {
        this.names = names;
        this.proposals = proposals;
        this.ledger = ledger;
    }

    /** Who proposed and approved the posting {@code postingId}, booked by {@code event}; null when booked directly. */
    ApprovalTrail approval(String postingId, String event) {
        if (postingId == null || !ApprovalTrail.BOOKING_EVENTS.contains(event)) {
            return null;
        }
        return approvals.computeIfAbsent(postingId, id -> proposals.trail(ledger, id));
    }

    /** The fund's display name (its code when it has none); null for no fund. */
    String fund(String code) {
        return code == null ? null : funds.computeIfAbsent(code, c -> names.of(ledger, c));
    }

    /** The 文号 of the allocation document posted as {@code postingId}; null for any other posting. */
    String document(String postingId) {
        String number = postingId == null ? "" : documents.computeIfAbsent(postingId,
                id -> names.documentNumbers(ledger, List.of(id)).getOrDefault(id, ""));
        return number.isEmpty() ? null : number;
    }
}
