package org.unionfund.ledger.funds.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CHAIR;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CLERK;
import static org.unionfund.ledger.funds.command.ApprovalTestData.approve;
import static org.unionfund.ledger.funds.command.ApprovalTestData.by;
import static org.unionfund.ledger.funds.command.ApprovalTestData.policy;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.YearClosedEvent;

/** Reversals and year closes go through the same gate as allocations: proposed, then booked by the approval. */
class ApprovalOtherActsTest {

    private static final List<ApprovalStep> CHAIR_ONLY = List.of(ApprovalStep.APPROVE);

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund())
            .given(allocate("A-1", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(1_000)))
            .given(policy(LocalDate.of(2025, 2, 1), new ApprovalRule(ActKind.REVERSAL, null, CHAIR_ONLY),
                    new ApprovalRule(ActKind.YEAR_CLOSE, null, CHAIR_ONLY)));

    private static final ReversePostingCommand REVERSE = new ReversePostingCommand(ZJ_LEDGER, new ReversalId("R-1"),
            new PostingId("A-1"), List.of(), null, "重复拨付", LocalDate.of(2025, 4, 1), false);
    private static final CloseYearCommand CLOSE = new CloseYearCommand(ZJ_LEDGER, ZHEJIANG, 2025,
            LocalDate.of(2025, 12, 31));

    @Test
    void a_reversal_is_proposed_and_booked_by_the_chairs_approval() {
        ledger.when(by(CLERK, REVERSE)).expectEventsMatching(only(ActProposedEvent.class));
        new LedgerScenario().given(zhejiangTree()).given(zhejiangFund())
                .given(allocate("A-1", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(1_000)))
                .given(policy(LocalDate.of(2025, 2, 1), new ApprovalRule(ActKind.REVERSAL, null, CHAIR_ONLY)))
                .given(by(CLERK, REVERSE))
                .when(approve("R-1", "C-1", CHAIR))
                .expectEventsMatching(only(ProposalApprovedEvent.class, PostingReversedEvent.class));
    }

    @Test
    void a_year_close_is_proposed_under_its_close_id_and_booked_by_the_chairs_approval() {
        ledger.given(by(CLERK, CLOSE))
                .when(approve("close:2025:330000", "C-1", CHAIR))
                .expectEventsMatching(only(ProposalApprovedEvent.class, YearClosedEvent.class));
        assertThat(PostingId.yearClose(ZHEJIANG, 2025).value()).isEqualTo("close:2025:330000");
    }

    private static org.hamcrest.Matcher<List<EventMessage<?>>> only(Class<?>... types) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.stream().map(e -> e.getPayload().getClass()).toList().equals(List.of(types));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("events of types " + List.of(types));
            }
        };
    }
}
