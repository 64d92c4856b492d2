package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.MATCHING_DEADLINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.fundLine;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.Money;

class ReversalTest {

    private static final LocalDate CORRECTED = LocalDate.of(2025, 5, 20);
    private static final String REASON = "allocated to the wrong city";

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree())
            .given(zhejiangFund(), allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(1_000_000)));

    private static ReversePostingCommand reverse(String id, String original, List<ReversalLeg> legs, Money amount) {
        return new ReversePostingCommand(ZJ_LEDGER, new ReversalId(id), new PostingId(original), legs, amount, REASON,
                CORRECTED, false);
    }

    private static PostingReversedEvent reversed(ReversePostingCommand c, long provinceGetsBack) {
        Money back = yuan(provinceGetsBack);
        return new PostingReversedEvent(ZJ_LEDGER, c.reversalId(), c.originalPostingId(),
                List.of(new ReversalLeg(0, back), new ReversalLeg(1, back)), REASON, false,
                posting(c.reversalId().value(), CORRECTED, leg(fundLine(ZHEJIANG, 2025, null), back),
                        leg(fundLine(HANGZHOU, 2025, null), back.negate())),
                Fingerprint.of(c));
    }

    @Test
    void a_full_reversal_negates_every_leg_in_the_original_accounts() {
        ReversePostingCommand command = reverse("R-1", "A-HZ", null, null);
        ledger.when(command).expectEvents(reversed(command, 1_000_000));
    }

    @Test
    void a_two_leg_posting_is_partly_reversed_by_a_single_amount() {
        ReversePostingCommand command = reverse("R-1", "A-HZ", null, yuan(300_000));
        ledger.when(command).expectEvents(reversed(command, 300_000));
    }

    @Test
    void a_later_full_reversal_takes_back_only_what_is_left() {
        ReversePostingCommand rest = reverse("R-2", "A-HZ", null, null);
        ledger.given(reverse("R-1", "A-HZ", null, yuan(300_000)))
                .when(rest)
                .expectEvents(reversed(rest, 700_000));
    }

    @Test
    void cumulative_reversals_cannot_exceed_the_original() {
        ledger.given(reverse("R-1", "A-HZ", null, yuan(800_000)))
                .when(reverse("R-2", "A-HZ", null, yuan(300_000)))
                .expectException(violation("reversal-exceeds-original", "amount"))
                .expectNoEvents();
    }

    @Test
    void a_fully_reversed_posting_cannot_be_reversed_again() {
        ledger.given(reverse("R-1", "A-HZ", null, null))
                .when(reverse("R-2", "A-HZ", null, null))
                .expectException(violation("reversal-exceeds-original", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void a_reversal_is_refused_when_the_receiver_already_passed_the_money_on() {
        ledger.given(allocate("A-GS", HANGZHOU, null, GONGSHU, yuan(1_000_000)))
                .when(reverse("R-1", "A-HZ", null, null))
                .expectException(violation("insufficient-funds", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void chosen_legs_of_a_multi_leg_posting_are_reversed_in_part() {
        List<ReversalLeg> legs = List.of(new ReversalLeg(0, yuan(1_000_000)), new ReversalLeg(1, yuan(1_000_000)));
        ReversePostingCommand command = reverse("R-FUND", "ZJ-2025-RECUP", legs, null);
        ledger.when(command)
                .expectEvents(new PostingReversedEvent(ZJ_LEDGER, command.reversalId(), command.originalPostingId(),
                        legs, REASON, false, posting("R-FUND", CORRECTED,
                                leg(AccountRef.source(ZHEJIANG, 2025), yuan(1_000_000)),
                                leg(fundLine(ZHEJIANG, 2025, null), yuan(-1_000_000))),
                        Fingerprint.of(command)));
    }

    @Test
    void chosen_legs_that_do_not_balance_are_refused() {
        ledger.when(reverse("R-1", "ZJ-2025-RECUP", List.of(new ReversalLeg(0, yuan(1))), null))
                .expectException(violation("unbalanced-posting", "legs"))
                .expectNoEvents();
    }

    @Test
    void a_single_amount_cannot_reverse_a_posting_of_more_than_two_legs() {
        ledger.when(reverse("R-1", "ZJ-2025-RECUP", null, yuan(1)))
                .expectException(violation("invalid-amount", "amount"))
                .expectNoEvents();
    }

    @Test
    void a_leg_the_original_does_not_have_is_refused() {
        ledger.when(reverse("R-1", "A-HZ", List.of(new ReversalLeg(2, yuan(1))), null))
                .expectException(violation("unknown-leg", "legs[0].leg"))
                .expectNoEvents();
    }

    @Test
    void a_reversal_is_not_itself_reversed() {
        ledger.given(reverse("R-1", "A-HZ", null, yuan(1)))
                .when(reverse("R-2", "R-1", null, null))
                .expectException(violation("not-reversible", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_posting_is_refused() {
        ledger.when(reverse("R-1", "A-NONE", null, null))
                .expectException(violation("unknown-posting", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void a_partial_reversal_must_leave_a_whole_fen_of_matching_owed() {
        ledger.given(allocate("A-HALF", ZHEJIANG, null, HANGZHOU, yuan(100),
                        new MatchingRequirement(5_000, MATCHING_DEADLINE)))
                .when(reverse("R-1", "A-HALF", null, Money.parseYuan("0.01")))
                .expectException(violation("invalid-amount", "amount"))
                .expectNoEvents();
    }
}
