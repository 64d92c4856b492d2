package org.unionfund.ledger.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;

import org.unionfund.ledger.funds.query.ApprovalReportView;
import org.unionfund.ledger.funds.query.ApprovalReports;
import org.unionfund.ledger.funds.query.ProposalView;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.SignOff;
import org.unionfund.ledger.reporting.model.Table;

/**
 * The report's list of large allocations (大额拨付): every allocation of at least {@link #LARGE_FEN} booked by the body
 * or a body below it in the year, with who proposed (经办), reviewed (审核) and approved (审批) it and when (local
 * time), read from the approval read models at the report's own basis, with a 合计 row of the amounts listed. Absent
 * when there is none, so such a report is unchanged.
 */
final class LargeAllocationsTable {

    /** 50,000.00 元: the amount above which the example policy asks for the chair's approval. */
    static final long LARGE_FEN = 5_000_000L;
    private static final String NONE = "—";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SignOff.ZONE);
    private static final Map<String, String> STATUS = Map.of("APPROVED", "已审批", ApprovalReports.DIRECT, "直接入账",
            "BEFORE_POLICY", "审批政策前入账", "WITHOUT_APPROVAL", "未经审批");

    private LargeAllocationsTable() {
    }

    static List<Table> of(ReportSources sources, int year, BodyDirectoryEntry body) {
        List<String> bodies = new ArrayList<>();
        subtree(sources.directory(), new BodyId(body.bodyId()), bodies);
        List<ApprovalReportView.Booking> found = sources.approvals().allocations(bodies, year, LARGE_FEN,
                id -> sources.directory().find(new BodyId(id)).map(BodyDirectoryEntry::name).orElse(id));
        if (found.isEmpty()) {
            return List.of();
        }
        Table.Builder table = new Table.Builder("large_allocations", "大额拨付", Column.text("postingId", "记账编号"),
                Column.text("date", "拨付日期"), Column.text("bodyId", "拨出单位代码"), Column.text("bodyName", "拨出单位"),
                Column.amount("amount", "金额（元）"), Column.text("status", "审批状态代码"),
                Column.text("statusLabel", "审批状态"), Column.text("proposer", "经办"),
                Column.text("proposedAt", "经办时间"), Column.text("reviewers", "审核"),
                Column.text("reviewedAt", "审核时间"), Column.text("approvers", "审批"),
                Column.text("approvedAt", "审批时间"));
        Amount total = Amount.ZERO;
        for (ApprovalReportView.Booking b : found) {
            ProposalView.Signed proposer = b.proposer();
            total = total.plus(Amount.of(b.amount()));
            table.row(b.postingId(), b.date(), b.bodyId(), b.bodyName(), Amount.of(b.amount()), b.status(),
                    STATUS.get(b.status()), proposer == null ? NONE : proposer.name(),
                    proposer == null ? NONE : local(proposer.at()), signers(b, "REVIEW", false),
                    signers(b, "REVIEW", true), signers(b, "APPROVE", false), signers(b, "APPROVE", true));
        }
        return List.of(table.build().withTotal(Map.of("amount", total)));
    }

    private static String signers(ApprovalReportView.Booking b, String step, boolean when) {
        List<String> cells = b.approvals().stream().filter(a -> step.equals(a.step()))
                .map(a -> when ? local(a.at()) : a.name()).toList();
        return cells.isEmpty() ? NONE : String.join(", ", cells);
    }

    private static String local(String instant) {
        return instant == null ? NONE : LOCAL.format(Instant.parse(instant));
    }

    private static void subtree(BodyDirectory directory, BodyId body, List<String> into) {
        into.add(body.value());
        directory.children(body).forEach(child -> subtree(directory, new BodyId(child.bodyId()), into));
    }
}
