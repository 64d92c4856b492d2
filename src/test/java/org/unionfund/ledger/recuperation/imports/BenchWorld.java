package org.unionfund.ledger.recuperation.imports;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.testsupport.GongshuCase;

/**
 * The import tests' world (Gongshu 2025, {@link ImportWorld}) with a budget for a province-year: Gongshu's own fund
 * and its programme line hold 2,000,000,000 yuan instead of 2,000,000, so a benchmark file is judged by every rule
 * without running out of money after the first 6,000 participants; and the programme offers trips of 1, 2 and 3 days
 * (the province-year file's lengths) where the tests' programme offers 1 and 3.
 */
final class BenchWorld {

    private BenchWorld() {
    }

    static void load(int port, RestClient http, CommandGateway commands) throws Exception {
        ImportWorld.load(port, http, commands, BenchWorld::bigger);
    }

    private static Object bigger(Object command) {
        if (command instanceof EstablishFundCommand f && f.fundId().equals(GongshuCase.GS_FUND)) {
            return new EstablishFundCommand(f.ledgerId(), f.fundId(), f.bodyId(), f.year(), f.purpose(),
                    GongshuCase.yuan(2_000_000_000), f.earmarks(), f.effectiveDate(), f.name());
        }
        if (command instanceof OpenProgrammeCommand p) {
            return new OpenProgrammeCommand(p.programmeId(), p.ledgerId(), p.bodyId(), p.year(), p.name(),
                    p.plannedHeadcount(), p.eligibleCategories(), java.util.List.of(1, 2, 3), p.frequencyRule(),
                    p.annualCapPerWorker(), p.budget().stream().map(line -> line.fundId().equals(GongshuCase.GS_FUND)
                            ? new ProgrammeBudgetLine(line.fundId(), line.earmark(), GongshuCase.yuan(2_000_000_000))
                            : line).toList(), p.effectiveDate());
        }
        return command;
    }
}
