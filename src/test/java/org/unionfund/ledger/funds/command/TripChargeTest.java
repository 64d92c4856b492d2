package org.unionfund.ledger.funds.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangToHangzhou;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;
import static org.unionfund.ledger.funds.command.ProgrammeBudgetTest.SETTLEMENT;
import static org.unionfund.ledger.funds.command.ProgrammeBudgetTest.budget;
import static org.unionfund.ledger.funds.command.ProgrammeBudgetTest.charge;
import static org.unionfund.ledger.funds.command.ProgrammeBudgetTest.programmeLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.command.TripLedgerCalls.ReverseTripCharge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Trip postings: only trips make them (not the command bus), under reserved ids, and the trip, not the ledger's
 * journal, holds them — so a ledger charged for every trip of a province-year does not grow with the trips.
 */
class TripChargeTest {

    private static final LocalDate CORRECTED = LocalDate.of(2025, 6, 2);
    private static final PostingId REVERSAL = PostingId.tripReversal("GS25-SF", 1);

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund(),
            zhejiangToHangzhou(), allocate("A-HZ-GS", HANGZHOU, NON_PUBLIC_LINE, GONGSHU, yuan(1_000_000)),
            budget(yuan(546_000)));

    private static Object courier(PostingId id) {
        return charge(id, EmployerOwnership.NON_PUBLIC, WorkerCategory.NEW_FORM, 1_740);
    }

    private static Posting charged() {
        return posting(SETTLEMENT.value(), LocalDate.of(2025, 5, 6), leg(programmeLine(), yuan(-1_740)),
                leg(expenseLine(), yuan(1_740)));
    }

    private static AccountRef expenseLine() {
        return AccountRef.expense(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE, "RECUPERATION");
    }

    private static ReversePostingCommand reverseAll(String reversalId) {
        return new ReversePostingCommand(ZJ_LEDGER, new ReversalId(reversalId), SETTLEMENT,
                List.of(new ReversalLeg(0, yuan(1_740)), new ReversalLeg(1, yuan(1_740))), null, "did not go",
                CORRECTED, true);
    }

    @Test
    void programme_charges_and_budgets_are_not_commands_anyone_can_send() {
        new AggregateTestFixture<>(FundLedger.class).givenNoPriorActivity().when(courier(SETTLEMENT))
                .expectException(NoHandlerForCommandException.class).expectNoEvents();
        new AggregateTestFixture<>(FundLedger.class).givenNoPriorActivity().when(budget(yuan(1)))
                .expectException(NoHandlerForCommandException.class).expectNoEvents();
    }

    @Test
    void a_charge_needs_a_trip_posting_id() {
        ledger.when(courier(new PostingId("S-SF"))).expectException(violation("invalid-id", "postingId"))
                .expectNoEvents();
    }

    @Test
    void clients_may_not_use_the_trip_prefix() {
        ledger.when(allocate(PostingId.TRIP_PREFIX + "settle:X", HANGZHOU, NON_PUBLIC_LINE, GONGSHU, yuan(1)))
                .expectException(violation("invalid-id", "allocationId")).expectNoEvents();
    }

    @Test
    void the_ledger_refuses_to_reverse_a_trip_posting_itself() {
        ledger.given(courier(SETTLEMENT));
        ledger.when(reverseAll("R-1")).expectException(violation("not-reversible", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void a_trip_reverses_its_own_charge_in_the_charged_accounts() {
        ledger.given(courier(SETTLEMENT));
        ReversePostingCommand command = reverseAll(REVERSAL.value());
        Posting expected = posting(REVERSAL.value(), CORRECTED, leg(programmeLine(), yuan(1_740)),
                leg(expenseLine(), yuan(-1_740)));
        ledger.when(new ReverseTripCharge(command, charged()))
                .expectEvents(new PostingReversedEvent(ZJ_LEDGER, command.reversalId(), SETTLEMENT, command.legs(),
                        "did not go", true, expected, Fingerprint.of(command)))
                .expectResultMessagePayload(new LedgerCommandResult(REVERSAL.value(), "PostingReversedEvent",
                        expected));
    }

    @Test
    void a_trip_reversal_must_carry_a_trip_id() {
        ledger.given(courier(SETTLEMENT));
        ledger.when(new ReverseTripCharge(reverseAll("R-1"), charged()))
                .expectException(violation("invalid-id", "reversalId")).expectNoEvents();
    }

    @Test
    void a_trip_reversal_cannot_take_more_than_the_charged_leg() {
        ledger.given(courier(SETTLEMENT));
        ReversePostingCommand tooMuch = new ReversePostingCommand(ZJ_LEDGER, new ReversalId(REVERSAL.value()),
                SETTLEMENT, List.of(new ReversalLeg(0, yuan(1_741))), null, "did not go", CORRECTED, true);
        ledger.when(new ReverseTripCharge(tooMuch, charged()))
                .expectException(violation("reversal-exceeds-original", "legs[0].amount")).expectNoEvents();
    }

    @Test
    void the_ledger_state_does_not_grow_with_the_trips_it_charges() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        LedgerRunner runner = LedgerRunner.fresh();
        List<Object> setup = new ArrayList<>(zhejiangTree());
        setup.addAll(List.of(zhejiangFund(), zhejiangToHangzhou(),
                allocate("A-HZ-GS", HANGZHOU, NON_PUBLIC_LINE, GONGSHU, yuan(1_000_000))));
        setup.forEach(runner::handle);
        assertThat(runner.call(l -> l.allocateProgrammeBudget(budget(yuan(546_000))))).isInstanceOf(
                LedgerCommandResult.class);
        chargeTrips(runner, 0, 10);
        int afterTen = json.writeValueAsString(runner.root()).length();

        chargeTrips(runner, 10, 300);

        assertThat(runner.root().balanceOf(programmeLine())).isEqualTo(yuan(546_000 - 300 * 1_740));
        assertThat(json.writeValueAsString(runner.root()).length()).isBetween(afterTen, afterTen + 16);
    }

    private static void chargeTrips(LedgerRunner runner, int from, int to) {
        for (int trip = from; trip < to; trip++) {
            ChargeProgrammeCommand charge = charge(PostingId.tripSettlement("T-" + trip), EmployerOwnership.NON_PUBLIC,
                    WorkerCategory.NEW_FORM, 1_740);
            assertThat(runner.call(l -> l.charge(charge)))
                    .isInstanceOf(LedgerCommandResult.class);
        }
    }
}
