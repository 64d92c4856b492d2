package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.Money;

/** Programme budget lines (PROGRAMME accounts) and charges of settled trips against them. */
class ProgrammeBudgetTest {

    private static final String PROGRAMME = "GS-2025-LIAOXIU";
    private static final LocalDate OPENED = LocalDate.of(2025, 3, 10);
    private static final LocalDate TRIP = LocalDate.of(2025, 5, 6);

    static AllocateProgrammeBudgetCommand budget(Money amount) {
        return new AllocateProgrammeBudgetCommand(ZJ_LEDGER, new PostingId(PROGRAMME), PROGRAMME, GONGSHU, 2025,
                List.of(new ProgrammeBudgetLine(ZJ_FUND, NON_PUBLIC_LINE, amount)), OPENED);
    }

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund(),
            zhejiangToHangzhou(), allocate("A-HZ-GS", LedgerTestData.HANGZHOU, NON_PUBLIC_LINE, GONGSHU,
                    yuan(1_000_000)));

    static AccountRef programmeLine() {
        return AccountRef.programme(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE, PROGRAMME);
    }

    static final PostingId SETTLEMENT = PostingId.tripSettlement("GS25-SF");

    private static ChargeProgrammeCommand charge(EmployerOwnership ownership, WorkerCategory category, long yuan) {
        return charge(SETTLEMENT, ownership, category, yuan);
    }

    static ChargeProgrammeCommand charge(PostingId id, EmployerOwnership ownership, WorkerCategory category,
            long yuan) {
        return new ChargeProgrammeCommand(ZJ_LEDGER, id, PROGRAMME, GONGSHU, 2025,
                "RECUPERATION", List.of(new ProgrammeCharge("SF-001", ZJ_FUND, NON_PUBLIC_LINE, ownership, category,
                        yuan(yuan))), TRIP, null);
    }

    @Test
    void budget_moves_from_the_received_earmarked_line_to_the_programme_line() {
        AllocateProgrammeBudgetCommand command = budget(yuan(546_000));
        Posting expected = posting(PROGRAMME, OPENED,
                leg(AccountRef.fund(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE), yuan(-546_000)),
                leg(programmeLine(), yuan(546_000)));
        ledger.when(command)
                .expectEvents(new ProgrammeBudgetAllocatedEvent(ZJ_LEDGER, new PostingId(PROGRAMME), PROGRAMME,
                        GONGSHU, 2025, command.lines(), expected, Fingerprint.of(command)))
                .expectResultMessagePayload(new LedgerCommandResult(PROGRAMME, "ProgrammeBudgetAllocatedEvent",
                        expected));
    }

    @Test
    void a_budget_beyond_the_line_is_refused() {
        ledger.when(budget(yuan(1_000_001))).expectException(violation("insufficient-funds", "budget[0].amount"))
                .expectNoEvents();
    }

    @Test
    void a_courier_of_a_non_public_firm_is_charged_to_the_earmark() {
        ledger.given(budget(yuan(546_000)));
        ChargeProgrammeCommand command = charge(EmployerOwnership.NON_PUBLIC, WorkerCategory.NEW_FORM, 1_740);
        Posting expected = posting(SETTLEMENT.value(), TRIP, leg(programmeLine(), yuan(-1_740)),
                leg(AccountRef.expense(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE, "RECUPERATION"), yuan(1_740)));
        ledger.when(command).expectEvents(new ProgrammeChargedEvent(ZJ_LEDGER, SETTLEMENT, PROGRAMME,
                GONGSHU, 2025, "RECUPERATION", command.charges(), null, expected, Fingerprint.of(command)));
    }

    @Test
    void a_state_owned_frontline_worker_is_not_charged_to_the_non_public_earmark() {
        ledger.given(budget(yuan(546_000)));
        ledger.when(charge(EmployerOwnership.STATE_OWNED, WorkerCategory.FRONTLINE, 1_740))
                .expectException(violation("earmark-violation", "charges[0]")).expectNoEvents();
    }

    @Test
    void a_settlement_beyond_the_programme_budget_is_refused() {
        ledger.given(budget(yuan(1_000)));
        ledger.when(charge(EmployerOwnership.PLATFORM, WorkerCategory.NEW_FORM, 1_740))
                .expectException(violation("insufficient-funds", "charges[0].amount")).expectNoEvents();
    }
}
