package org.unionfund.ledger.recuperation.settlement.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorKind;
import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;

/**
 * The programme, registry, standards, ledger and worker histories a trip talks to, as plain data: standards are
 * real {@link StandardTimeline}s, the ledger books charges the way the FundLedger does (PROGRAMME −, EXPENSE +
 * per line) without judging budgets, worker calls are recorded.
 */
final class FakeTripParties implements TripParties {

    final Map<String, StandardTimeline> standards = new HashMap<>();
    final List<Object> ledgerCalls = new ArrayList<>();
    final List<Object> workerCalls = new ArrayList<>();
    ProgrammeTerms terms = new ProgrammeTerms(GongshuCase.PROGRAMME, GongshuCase.LEDGER, GongshuCase.GONGSHU,
            List.of(GongshuCase.GONGSHU, GongshuCase.HANGZHOU, GongshuCase.ZHEJIANG), 2025,
            java.util.Set.of(WorkerCategory.FRONTLINE, WorkerCategory.NEW_FORM), List.of(1, 3, 5, 6, 7),
            FrequencyRule.ONCE_PER_YEAR, null, List.of(GongshuCase.EARMARKED_LINE, GongshuCase.OWN_LINE));

    void standard(StandardSetEvent event) {
        standards.merge(event.scheduleId().value(), StandardTimeline.empty().with(event), (a, b) -> a.with(event));
    }

    @Override
    public ProgrammeTerms programme(ProgrammeId id) {
        return terms;
    }

    @Override
    public void recordTrip(ProgrammeId programme, TripId trip) {
    }

    @Override
    public ContractorRegisteredEvent contractor(ContractorId id) {
        return new ContractorRegisteredEvent(id, "杭州职工国际旅行社", ContractorKind.LICENSED_TRAVEL_AGENCY, "L-1");
    }

    @Override
    public DestinationRegisteredEvent destination(DestinationId id) {
        return new DestinationRegisteredEvent(id, id.value(), id.equals(GongshuCase.AKSU) ? "652901" : "330523",
                id.equals(GongshuCase.AKSU));
    }

    @Override
    public Optional<StandardEntry> standardInForce(BodyId region, StandardKind kind, LocalDate date) {
        StandardTimeline timeline = standards.get(StandardScheduleId.of(region, kind).value());
        return timeline == null ? Optional.empty() : timeline.inForceOn(date);
    }

    @Override
    public Posting charge(ChargeProgrammeCommand c) {
        ledgerCalls.add(c);
        Map<ProgrammeLine, Long> perLine = new java.util.LinkedHashMap<>();
        for (ProgrammeCharge charge : c.charges()) {
            perLine.merge(new ProgrammeLine(charge.fundId(), charge.earmark()), charge.amount().fen(), Long::sum);
        }
        List<PostingLeg> legs = new ArrayList<>();
        perLine.forEach((line, fen) -> {
            legs.add(new PostingLeg(AccountRef.programme(c.bodyId(), c.year(), line.fundId(), line.earmark(),
                    c.programme()), org.unionfund.ledger.kernel.Money.ofFen(-fen)));
            legs.add(new PostingLeg(AccountRef.expense(c.bodyId(), c.year(), line.fundId(), line.earmark(),
                    c.expenseCategory()), org.unionfund.ledger.kernel.Money.ofFen(fen)));
        });
        return new Posting(c.postingId(), c.effectiveDate(), legs);
    }

    @Override
    public Posting reverse(ReversePostingCommand c, Posting original) {
        ledgerCalls.add(c);
        ledgerCalls.stream().filter(ChargeProgrammeCommand.class::isInstance)
                .filter(x -> ((ChargeProgrammeCommand) x).postingId().equals(c.originalPostingId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("reversal of a posting never charged: " + c));
        if (!original.id().equals(c.originalPostingId())) {
            throw new IllegalStateException("reversal of " + c.originalPostingId() + " given posting " + original.id());
        }
        // Two legs of equal amount, opposite signs in the real ledger; the sign is irrelevant for the trip.
        return new Posting(new org.unionfund.ledger.funds.api.PostingId(c.reversalId().value()), c.effectiveDate(),
                List.of(new PostingLeg(AccountRef.source(GongshuCase.GONGSHU, 2025), c.legs().get(0).amount()),
                        new PostingLeg(AccountRef.source(GongshuCase.GONGSHU, 2025), c.legs().get(0).amount().negate())));
    }

    @Override
    public void requireAdmits(LedgerId ledger, ProgrammeLine line, EmployerOwnership ownership,
            WorkerCategory category, String field) {
        ledgerCalls.add("admits " + line + " " + ownership + " " + category);
    }

    @Override
    public void fund(FundWorkerCommand command) {
        workerCalls.add(command);
    }

    @Override
    public void release(ReleaseWorkerFundingCommand command) {
        workerCalls.add(command);
    }
}
