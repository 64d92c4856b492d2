package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.MATCHING_DEADLINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.NINGBO;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.XIHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_TO_HZ;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangToHangzhou;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.funds.api.SubsidyId;

/** A Zhejiang 2025 history that uses every command and produces every kind of event. */
final class LedgerHistory {

    private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    private static final Instant AFTER_DEADLINE = Instant.parse("2025-07-01T02:00:00Z");

    private LedgerHistory() {
    }

    static List<Object> zhejiang2025() {
        List<Object> commands = new ArrayList<>(zhejiangTree());
        commands.addAll(List.of(
                zhejiangFund(),
                zhejiangToHangzhou(),
                allocate("A-NB", ZHEJIANG, null, NINGBO, yuan(2_000_000),
                        new MatchingRequirement(5_000, MATCHING_DEADLINE)),
                allocate("A-HZ-GS", HANGZHOU, NON_PUBLIC_LINE, GONGSHU, yuan(1_000_000)),
                new CommitMatchingFundsCommand(ZJ_LEDGER, new CommitmentId("M-HZ-1"), ZJ_TO_HZ, yuan(4_000_000), JUNE),
                new CommitMatchingFundsCommand(ZJ_LEDGER, new CommitmentId("M-NB-1"), new AllocationId("A-NB"),
                        yuan(500_000), JUNE),
                new RecordMatchingShortfallCommand(ZJ_LEDGER, ZJ_TO_HZ, AFTER_DEADLINE),
                new RecordMatchingShortfallCommand(ZJ_LEDGER, new AllocationId("A-NB"), AFTER_DEADLINE),
                new GrantFixedSubsidiesCommand(ZJ_LEDGER, new SubsidyId("S-ZJ-1"), ZHEJIANG, ZJ_FUND, null, 2025,
                        List.of(new SubsidyGrant(GONGSHU, yuan(100_000)), new SubsidyGrant(XIHU, yuan(100_000))),
                        JUNE),
                new PostSharedCostCommand(ZJ_LEDGER, new PostingId("C-TRIP-1"), "拱墅区快递员疗休养专场", "TRIP", JUNE,
                        List.of(new SharedCostShare(HANGZHOU, ZJ_FUND, NON_PUBLIC_LINE, yuan(50_000)),
                                new SharedCostShare(GONGSHU, ZJ_FUND, NON_PUBLIC_LINE, yuan(50_000)))),
                new ReversePostingCommand(ZJ_LEDGER, new ReversalId("R-NB-1"), new PostingId("A-NB"), null,
                        yuan(200_000), "Ningbo budget revised", JUNE.plusDays(5), false),
                new CloseYearCommand(ZJ_LEDGER, GONGSHU, 2025, LocalDate.of(2025, 12, 31))));
        return commands;
    }

    /** Runs the history on a fresh ledger; fails when any command of it is refused. */
    static LedgerRunner run() {
        LedgerRunner runner = LedgerRunner.fresh();
        for (Object command : zhejiang2025()) {
            Object result = runner.handle(command);
            if (result instanceof Exception refusal) {
                throw new AssertionError(command + " was refused", refusal);
            }
        }
        return runner;
    }
}
