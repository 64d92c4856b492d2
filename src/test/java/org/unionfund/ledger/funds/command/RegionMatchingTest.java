package org.unionfund.ledger.funds.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.NINGBO;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.register;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.MatchingCount;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.Money;

/** Region matching on business dates with allocation documents: the worked example of issue 15 and its rules. */
class RegionMatchingTest {

    static final BodyId HAISHU = new BodyId("330203");
    static final BodyId YINZHOU = new BodyId("330212");
    static final LocalDate DEADLINE = LocalDate.of(2025, 9, 30);
    static final AllocationId ZJ_12 = new AllocationId("ZJ-2025-12");
    static final AllocationId NB_HS = new AllocationId("NB-2025-7");
    static final AllocationId NB_YZ = new AllocationId("NB-2025-8");
    static final FundId NINGBO_OWN = new FundId("OWN-330200-2025");
    static final Instant EVALUATED = Instant.parse("2025-10-01T02:00:00Z");

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(
            register(HAISHU, "海曙区总工会", UnionBodyLevel.COUNTY, NINGBO),
            register(YINZHOU, "鄞州区总工会", UnionBodyLevel.COUNTY, NINGBO), zhejiangFund());

    static IssueAllocationDocumentCommand document(AllocationId id, String number, BodyId from, BodyId to,
            MatchingRequirement matching, AllocationLine... lines) {
        return new IssueAllocationDocumentCommand(ZJ_LEDGER, id, number, "疗休养补助资金", LocalDate.of(2025, 3, 1),
                from, to, List.of(lines), matching, null);
    }

    static IssueAllocationDocumentCommand zhejiang12() {
        return document(ZJ_12, "浙工〔2025〕12号", ZHEJIANG, NINGBO, new MatchingRequirement(10_000, DEADLINE),
                new AllocationLine(ZJ_FUND, NON_PUBLIC_LINE, yuan(1_000_000)),
                new AllocationLine(ZJ_FUND, null, yuan(2_000_000)));
    }

    static IssueAllocationDocumentCommand ningboToHaishu() {
        return document(NB_HS, "甬工〔2025〕7号", NINGBO, HAISHU, new MatchingRequirement(10_000, DEADLINE),
                new AllocationLine(ZJ_FUND, null, yuan(1_000_000)));
    }

    static CommitOwnFundsCommand commit(String id, AllocationId document, BodyId body, long yuan, LocalDate date) {
        return new CommitOwnFundsCommand(ZJ_LEDGER, new CommitmentId(id), document, body, null, yuan(yuan), date);
    }

    static RecordMatchingShortfallCommand evaluate(AllocationId id) {
        return new RecordMatchingShortfallCommand(ZJ_LEDGER, id, EVALUATED);
    }

    @Test
    void a_district_commitment_counts_for_its_own_requirement_and_the_region_requirement_above() {
        ledger.given(zhejiang12(), ningboToHaishu())
                .when(commit("C-HS", NB_HS, HAISHU, 900_000, LocalDate.of(2025, 9, 15)))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                predicate(p -> p instanceof
                                        OwnFundsCommittedEvent e && e.counted().equals(List.of(
                                                new MatchingCount(NB_HS, true), new MatchingCount(ZJ_12, true)))),
                                andNoMore())));
    }

    @Test
    void the_worked_example_revises_both_outcomes_when_haishu_records_its_on_time_money_late() {
        var haishu = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, NB_HS, HAISHU, DEADLINE, 1, 0,
                new CommitmentId("C-HS"), "SHORTFALL", yuan(1_000_000), yuan(900_000), yuan(100_000));
        var ningbo = new MatchingOutcomeRevisedEvent(ZJ_LEDGER, ZJ_12, NINGBO, DEADLINE, 1, 0,
                new CommitmentId("C-HS"), "SHORTFALL", yuan(3_000_000), yuan(2_100_000), yuan(900_000));
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                ningboToHaishu(),
                document(NB_YZ, "甬工〔2025〕8号", NINGBO, YINZHOU, null,
                        new AllocationLine(NINGBO_OWN, null, yuan(500_000))),
                evaluate(ZJ_12), evaluate(NB_HS))
                .when(commit("C-HS", NB_HS, HAISHU, 900_000, LocalDate.of(2025, 9, 15)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(OwnFundsCommittedEvent.class::isInstance), predicate(haishu::equals),
                        predicate(ningbo::equals), andNoMore())));
    }

    @Test
    void the_first_evaluation_judges_what_is_known_on_business_dates() {
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                commit("C-YZ", ZJ_12, YINZHOU, 700_000, LocalDate.of(2025, 10, 10)))
                .when(evaluate(ZJ_12))
                .expectEvents(new MatchingShortfallRecordedEvent(ZJ_LEDGER, ZJ_12, NINGBO, DEADLINE,
                        yuan(3_000_000), yuan(1_200_000), yuan(1_800_000), EVALUATED));
    }

    @Test
    void a_late_commitment_after_the_evaluation_revises_nothing() {
        ledger.given(zhejiang12(), evaluate(ZJ_12))
                .when(commit("C-YZ", ZJ_12, YINZHOU, 700_000, LocalDate.of(2025, 10, 10)))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                predicate(p -> p instanceof
                                        OwnFundsCommittedEvent e && !e.counted().get(0).onTime()),
                                andNoMore())));
    }

    @Test
    void a_line_over_its_source_is_refused_on_that_line() {
        ledger.when(document(ZJ_12, "浙工〔2025〕12号", ZHEJIANG, NINGBO, null,
                        new AllocationLine(ZJ_FUND, NON_PUBLIC_LINE, yuan(10_000_001))))
                .expectException(violation("insufficient-funds", "lines[0].amount"));
    }

    @Test
    void a_document_number_is_unique_per_issuing_body_and_year() {
        ledger.given(zhejiang12())
                .when(document(new AllocationId("ZJ-2025-13"), "浙工〔2025〕12号", ZHEJIANG, NINGBO, null,
                        new AllocationLine(ZJ_FUND, null, yuan(1_000))))
                .expectException(violation("duplicate-document-number", "documentNumber"));
    }

    @Test
    void a_commitment_by_a_body_outside_the_region_is_refused() {
        ledger.given(zhejiang12())
                .when(commit("C-GS", ZJ_12, GONGSHU, 1_000, LocalDate.of(2025, 5, 1)))
                .expectException(violation("outside-region", "bodyId"));
    }

    @Test
    void a_receiver_scope_counts_only_the_receiver() {
        IssueAllocationDocumentCommand receiverOnly = new IssueAllocationDocumentCommand(ZJ_LEDGER, ZJ_12,
                "浙工〔2025〕12号", null, LocalDate.of(2025, 3, 1), ZHEJIANG, NINGBO,
                List.of(new AllocationLine(ZJ_FUND, null, yuan(1_000))), new MatchingRequirement(10_000, DEADLINE),
                MatchingScope.RECEIVER);
        ledger.given(receiverOnly)
                .when(commit("C-HS", ZJ_12, HAISHU, 1_000, LocalDate.of(2025, 5, 1)))
                .expectException(violation("outside-region", "bodyId"));
    }

    @Test
    void a_deadline_before_the_document_date_is_refused() {
        ledger.when(document(ZJ_12, "浙工〔2025〕12号", ZHEJIANG, NINGBO,
                        new MatchingRequirement(10_000, LocalDate.of(2025, 2, 28)),
                        new AllocationLine(ZJ_FUND, null, yuan(1_000))))
                .expectException(violation("invalid-date", "matching.deadline"));
    }

    @Test
    void a_commitment_needs_a_document_with_a_requirement() {
        ledger.given(document(ZJ_12, "浙工〔2025〕12号", ZHEJIANG, NINGBO, null,
                        new AllocationLine(ZJ_FUND, null, yuan(1_000))))
                .when(commit("C-NB", ZJ_12, NINGBO, 1_000, LocalDate.of(2025, 5, 1)))
                .expectException(violation("no-matching-requirement", "documentId"));
    }

    @Test
    void a_document_without_lines_is_refused() {
        ledger.when(document(ZJ_12, "浙工〔2025〕12号", ZHEJIANG, NINGBO, null))
                .expectException(violation("invalid-amount", "lines"));
    }

    @Test
    void own_money_passed_down_moves_between_own_funds_and_is_no_new_commitment() {
        ledger.given(zhejiang12(), commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)))
                .when(document(NB_YZ, "甬工〔2025〕8号", NINGBO, YINZHOU, null,
                        new AllocationLine(NINGBO_OWN, null, yuan(500_000))))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                predicate(p -> p instanceof
                                        AllocationDocumentIssuedEvent e
                                        && e.amount().equals(Money.ofYuan(500_000))),
                                andNoMore())));
    }
}
