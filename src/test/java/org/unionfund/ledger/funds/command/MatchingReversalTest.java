package org.unionfund.ledger.funds.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.unionfund.ledger.funds.command.LedgerTestData.NINGBO;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.register;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.DEADLINE;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.HAISHU;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.NB_HS;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.YINZHOU;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.ZJ_12;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.commit;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.evaluate;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.ningboToHaishu;
import static org.unionfund.ledger.funds.command.RegionMatchingTest.zhejiang12;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;

/**
 * A corrected (reversed) own-money commitment revises the matching outcomes already recorded that counted it on
 * time, by new events that reference the outcome they revise; nothing recorded earlier changes.
 */
class MatchingReversalTest {

    static final LocalDate ON_TIME = LocalDate.of(2025, 9, 15);
    static final ReversalId R_HS = new ReversalId("R-HS");
    static final CommitmentId C_HS = new CommitmentId("C-HS");

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(
            register(HAISHU, "海曙区总工会", UnionBodyLevel.COUNTY, NINGBO),
            register(YINZHOU, "鄞州区总工会", UnionBodyLevel.COUNTY, NINGBO), zhejiangFund());

    static ReversePostingCommand reverse(String commitment, long yuan) {
        return new ReversePostingCommand(ZJ_LEDGER, R_HS, new PostingId(commitment), List.of(), yuan(yuan),
                "keyed in too high", LocalDate.of(2025, 10, 25), false);
    }

    @Test
    void reversing_an_on_time_commitment_revises_every_evaluated_outcome_that_counted_it() {
        var haishu = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, NB_HS, HAISHU, DEADLINE, 1, 0, C_HS, "SHORTFALL",
                yuan(1_000_000), yuan(500_000), yuan(500_000), R_HS);
        var ningbo = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, ZJ_12, NINGBO, DEADLINE, 1, 0, C_HS, "SHORTFALL",
                yuan(3_000_000), yuan(1_700_000), yuan(1_300_000), R_HS);
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                ningboToHaishu(), commit("C-HS", NB_HS, HAISHU, 900_000, ON_TIME), evaluate(ZJ_12), evaluate(NB_HS))
                .when(reverse("C-HS", 400_000))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), predicate(haishu::equals),
                        predicate(ningbo::equals), andNoMore())));
    }

    @Test
    void a_reversal_after_a_revision_revises_that_revision() {
        var ningbo = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, ZJ_12, NINGBO, DEADLINE, 2, 1, C_HS, "SHORTFALL",
                yuan(3_000_000), yuan(1_200_000), yuan(1_800_000), R_HS);
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                evaluate(ZJ_12), commit("C-HS", ZJ_12, HAISHU, 900_000, ON_TIME))
                .when(reverse("C-HS", 900_000))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), predicate(ningbo::equals), andNoMore())));
    }

    @Test
    void a_reversal_that_lowers_a_met_requirement_below_it_turns_the_outcome_into_a_shortfall() {
        var ningbo = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, ZJ_12, NINGBO, DEADLINE, 1, 0,
                new CommitmentId("C-NB"), "SHORTFALL", yuan(3_000_000), yuan(2_000_000), yuan(1_000_000),
                R_HS);
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 3_000_000, LocalDate.of(2025, 5, 10)),
                evaluate(ZJ_12))
                .when(reverse("C-NB", 1_000_000))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), predicate(ningbo::equals), andNoMore())));
    }

    @Test
    void a_reversal_before_the_evaluation_revises_nothing() {
        ledger.given(zhejiang12(), commit("C-HS", ZJ_12, HAISHU, 900_000, ON_TIME))
                .when(reverse("C-HS", 400_000))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), andNoMore())));
    }

    @Test
    void reversing_a_late_commitment_revises_nothing() {
        ledger.given(zhejiang12(), evaluate(ZJ_12),
                commit("C-YZ", ZJ_12, YINZHOU, 700_000, LocalDate.of(2025, 10, 10)))
                .when(reverse("C-YZ", 700_000))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), andNoMore())));
    }

    @Test
    void the_outcome_after_a_reversal_is_what_the_next_evaluation_of_the_same_figures_would_say() {
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                commit("C-HS", ZJ_12, HAISHU, 900_000, ON_TIME), evaluate(ZJ_12), reverse("C-HS", 400_000))
                .when(commit("C-HS2", ZJ_12, HAISHU, 100_000, ON_TIME))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(p -> !(p instanceof MatchingOutcomeRevisedEvent)),
                        predicate(p -> p instanceof MatchingOutcomeRevisedEvent r && r.revision() == 2
                                && r.revises() == 1 && r.committedByDeadline().equals(yuan(1_800_000))
                                && r.shortfall().equals(yuan(1_200_000)) && r.reversedBy() == null),
                        andNoMore())));
    }
}
