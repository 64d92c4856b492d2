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
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.UnionBodyLevel;

/**
 * Reversing (part of) an allocation document whose requirement was already evaluated revises that outcome by a new
 * event naming the document and the reversal: the requirement shrinks with the money taken back, and is withdrawn
 * (nothing required, met) when all of it is. Before the evaluation the smaller requirement is simply what is judged.
 */
class DocumentReversalTest {

    static final ReversalId R_DOC = new ReversalId("R-DOC");
    static final LocalDate ON_TIME = LocalDate.of(2025, 9, 15);

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(
            register(HAISHU, "海曙区总工会", UnionBodyLevel.COUNTY, NINGBO),
            register(YINZHOU, "鄞州区总工会", UnionBodyLevel.COUNTY, NINGBO), zhejiangFund());

    static ReversePostingCommand reverseDocument(String document, Money amount) {
        return new ReversePostingCommand(ZJ_LEDGER, R_DOC, new PostingId(document), List.of(), amount,
                "document partly withdrawn", LocalDate.of(2025, 10, 25), false);
    }

    @Test
    void reversing_part_of_an_evaluated_document_lowers_its_requirement_by_a_revision() {
        var haishu = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, NB_HS, HAISHU, DEADLINE, 1, 0,
                new CommitmentId(NB_HS.value()), "MET", yuan(800_000), yuan(900_000), Money.ZERO, R_DOC);
        ledger.given(zhejiang12(), ningboToHaishu(), commit("C-HS", NB_HS, HAISHU, 900_000, ON_TIME),
                evaluate(NB_HS))
                .when(reverseDocument(NB_HS.value(), yuan(200_000)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), predicate(haishu::equals), andNoMore())));
    }

    @Test
    void reversing_a_whole_evaluated_document_withdraws_its_requirement() {
        var ningbo = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, ZJ_12, NINGBO, DEADLINE, 1, 0,
                new CommitmentId(ZJ_12.value()), "MET", Money.ZERO, yuan(1_200_000), Money.ZERO, R_DOC);
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                evaluate(ZJ_12))
                .when(reverseDocument(ZJ_12.value(), null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), predicate(ningbo::equals), andNoMore())));
    }

    @Test
    void a_revised_document_reversed_later_revises_the_revision() {
        ledger.given(zhejiang12(), ningboToHaishu(), evaluate(NB_HS),
                commit("C-HS", NB_HS, HAISHU, 900_000, ON_TIME))
                .when(reverseDocument(NB_HS.value(), yuan(100_000)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance),
                        predicate(p -> p instanceof MatchingOutcomeRevisedEvent r && r.revision() == 2
                                && r.revises() == 1 && r.required().equals(yuan(900_000))
                                && r.shortfall().equals(Money.ZERO) && r.outcome().equals("MET")),
                        andNoMore())));
    }

    @Test
    void a_document_reversed_before_its_evaluation_is_judged_on_what_is_left() {
        ledger.given(zhejiang12(), ningboToHaishu(), commit("C-HS", NB_HS, HAISHU, 500_000, ON_TIME),
                reverseDocument(NB_HS.value(), yuan(400_000)))
                .when(evaluate(NB_HS))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(p -> p instanceof MatchingShortfallRecordedEvent s
                                && s.required().equals(yuan(600_000)) && s.shortfall().equals(yuan(100_000))),
                        andNoMore())));
    }

    @Test
    void reversing_an_unevaluated_document_revises_nothing() {
        ledger.given(zhejiang12(), ningboToHaishu())
                .when(reverseDocument(NB_HS.value(), yuan(1_000_000)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(PostingReversedEvent.class::isInstance), andNoMore())));
    }
}
