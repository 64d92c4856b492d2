package org.unionfund.ledger.audit.lineage;

import java.util.List;

import org.unionfund.ledger.funds.query.ApprovalTrail;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A posting's lineage: where its money came from (up the tree) and where it went (down to trips). Amounts are
 * yuan strings. Money is fungible within an account, so each account on the way shows every flow into it (upstream,
 * recorded before the posting that drew on it) or out of it (downstream, recorded after the posting that filled it),
 * with amounts; a flow is not split pro rata. Funds show their display names ({@code fundName}) and allocation
 * documents their 文号 ({@code documentNumber}, null for other postings) beside the codes. {@code approval}: who
 * proposed (经办), reviewed (审核) and approved (审批) a posting booked through maker-checker, and when; null when it
 * was booked directly.
 */
public record LineageView(String ledgerId, String postingId, String event, String effectiveDate, Long gseq,
                          TripRef trip, List<Leg> legs, JsonNode details, String reverses,
                          List<AccountNode> upstream, List<AccountNode> downstream, boolean truncated,
                          String documentNumber, ApprovalTrail approval) {

    /** An account; {@code fundName}: its fund's display name (the code stays in {@code fund}). */
    public record Account(String key, String kind, String body, Integer year, String fund, String fundName,
                          String earmark, String category, String programme) {
    }

    public record Leg(Account account, String amount) {
    }

    public record TripRef(String tripId, String programme, String body, String startDate, Integer days) {
    }

    /**
     * An account on the way. {@code totalIn}/{@code totalOut}: the flows listed; {@code flows}: postings into it
     * (upstream) or out of it (downstream).
     */
    public record AccountNode(Account account, String totalIn, String totalOut, List<Flow> flows, String note) {
    }

    /**
     * One posting into or out of an account: its amount there, the other legs, the trip it settled (if any), the
     * matching commitments of an allocation with a matching requirement, and the accounts it leads on to.
     */
    public record Flow(String postingId, String event, String effectiveDate, Long gseq, String amount,
                       List<Leg> otherLegs, TripRef trip, JsonNode details, List<Commitment> matchingCommitments,
                       List<AccountNode> next, String note, String documentNumber, ApprovalTrail approval) {
    }

    public record Commitment(String commitmentId, String amount, String effectiveDate, Boolean late) {
    }
}
