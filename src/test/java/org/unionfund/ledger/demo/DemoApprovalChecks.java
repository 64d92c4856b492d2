package org.unionfund.ledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.function.Function;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.unionfund.ledger.demo.scenario.ApprovalScenario;
import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.query.ApprovalReportView;
import org.unionfund.ledger.funds.query.ApprovalReports;
import org.unionfund.ledger.funds.query.ProposalBook;
import org.unionfund.ledger.funds.query.ProposalView;
import org.unionfund.ledger.testsupport.Patience;

/** What the demo's maker-checker steps (the last of the load) recorded and what the approvers' inboxes show. */
final class DemoApprovalChecks {

    private DemoApprovalChecks() {
    }

    static void verify(List<TrackedEventMessage<?>> tail, ProposalBook book, ApprovalReports reports) {
        assertThat(of(tail, ApprovalPolicyAdoptedEvent.class)).extracting(e -> e.bodyId().value())
                .containsExactly("330000", "520000");
        assertThat(of(tail, ActProposedEvent.class)).extracting(e -> e.proposalId().value()).containsExactly(
                "AP-330000-330100", "AP-330000-330300", "AP-330000-330400", "AP-330000-330700",
                "AP-330000-331100", "AP-520000-520425");
        assertThat(of(tail, ProposalApprovedEvent.class)).extracting(e -> e.proposalId().value() + " "
                + e.approver().name() + (e.booked() ? " booked" : "")).containsExactly(
                "AP-330000-330100 zj-reviewer", "AP-330000-330100 zj-chair booked",
                "AP-330000-330300 zj-reviewer booked", "AP-330000-330400 zj-reviewer",
                "AP-330000-330700 zj-reviewer");
        // Only the approved ones are booked, each right after its last approval.
        assertThat(of(tail, FundsAllocatedEvent.class)).extracting(e -> e.allocationId().value())
                .containsExactly("AP-330000-330100", "AP-330000-330300");
        assertThat(of(tail, ProposalRejectedEvent.class)).singleElement().satisfies(r -> {
            assertThat(r.proposalId().value()).isEqualTo("AP-330000-330400");
            assertThat(r.by().name()).isEqualTo("zj-chair");
            assertThat(r.reason()).isEqualTo(ApprovalScenario.REJECTION);
        });

        Function<String, String> names = Function.identity();
        await().atMost(Patience.HANG_GUARD).untilAsserted(() -> {
            assertThat(book.inbox("330000", "REVIEWER", names)).extracting(ProposalView::proposalId)
                    .containsExactly("AP-330000-331100");
            assertThat(book.inbox("330000", "APPROVER", names)).extracting(ProposalView::proposalId)
                    .containsExactly("AP-330000-330700");
            assertThat(book.inbox("520000", "REVIEWER", names)).extracting(ProposalView::proposalId)
                    .containsExactly("AP-520000-520425");
            assertThat(book.find("330000", "AP-330000-330400", names).orElseThrow().status()).isEqualTo("REJECTED");
            assertThat(book.find("330000", "AP-330000-330100", names).orElseThrow().status()).isEqualTo("APPROVED");
            // the auditors' approval report: both bookings approved, none without approval, none dated back
            ApprovalReportView report = reports.report("330000", names);
            assertThat(report.bookings()).extracting(ApprovalReportView.Booking::postingId)
                    .containsExactlyInAnyOrder("AP-330000-330100", "AP-330000-330300");
            assertThat(report.withoutApproval()).isZero();
            assertThat(report.beforePolicy()).isZero();
            assertThat(reports.report("520000", names).bookings()).isEmpty();
        });
    }

    private static <T> List<T> of(List<TrackedEventMessage<?>> events, Class<T> type) {
        return events.stream().map(TrackedEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
