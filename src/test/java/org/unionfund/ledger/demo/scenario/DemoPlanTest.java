package org.unionfund.ledger.demo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.kernel.Money;

/** The plan the loader sends, checked without sending it. */
class DemoPlanTest {

    private static final Divisions DIVISIONS = Divisions.load();

    @Test
    void provincial_money_is_allocated_in_full_and_matching_is_evaluated() {
        ZhejiangScenario zhejiang = new ZhejiangScenario(DIVISIONS, 1, DemoScale.DEFAULT);
        List<Object> money = zhejiang.money();
        for (int year : new int[] {2023, 2024, 2025}) {
            String fund = "ZJ-" + year + "-RECUP";
            long toCities = money.stream().filter(IssueAllocationDocumentCommand.class::isInstance)
                    .map(IssueAllocationDocumentCommand.class::cast)
                    .filter(d -> d.fromBodyId().value().equals("330000")).flatMap(d -> d.lines().stream())
                    .filter(l -> l.fundId().value().equals(fund)).mapToLong(l -> l.amount().fen()).sum();
            assertThat(toCities).isEqualTo(Money.ofYuan(year == 2025 ? 20_000_000 : 10_000_000).fen());
        }
        long requirements = money.stream().filter(AllocateFundsCommand.class::isInstance)
                .map(AllocateFundsCommand.class::cast).filter(a -> a.matching() != null).count()
                + money.stream().filter(IssueAllocationDocumentCommand.class::isInstance)
                .map(IssueAllocationDocumentCommand.class::cast).filter(d -> d.matching() != null).count();
        assertThat(money.stream().filter(RecordMatchingShortfallCommand.class::isInstance).count())
                .isEqualTo(requirements);
        assertThat(money.stream().filter(c -> c instanceof CommitMatchingFundsCommand
                || c instanceof CommitOwnFundsCommand).count()).isEqualTo(requirements);
        assertThat(money.stream().filter(IssueAllocationDocumentCommand.class::isInstance)
                .map(IssueAllocationDocumentCommand.class::cast).map(IssueAllocationDocumentCommand::documentNumber))
                .contains("浙工〔2025〕12号").doesNotHaveDuplicates();
        // Every evaluation comes after the on-time commitment of its allocation and before the late ones.
        int firstEvaluation = indexOf(money, RecordMatchingShortfallCommand.class, 0);
        assertThat(money.subList(firstEvaluation, money.size()).stream()
                .filter(CommitMatchingFundsCommand.class::isInstance).map(CommitMatchingFundsCommand.class::cast)
                .allMatch(c -> c.commitmentId().value().endsWith("-2") || c.effectiveDate().getMonthValue() < 7))
                .isTrue();
        assertThat(money.subList(firstEvaluation, money.size()).stream()
                .filter(CommitOwnFundsCommand.class::isInstance).map(CommitOwnFundsCommand.class::cast)
                .allMatch(c -> c.commitmentId().value().endsWith("-2") || c.effectiveDate().getMonthValue() < 7))
                .isTrue();
    }

    @Test
    void gongshu_2025_is_the_seed_case() {
        ZhejiangScenario zhejiang = new ZhejiangScenario(DIVISIONS, 1, DemoScale.DEFAULT);
        ProgrammePlan gongshu = zhejiang.programmes().stream()
                .filter(p -> p.programmeId().equals(ZhejiangScenario.GONGSHU_PROGRAMME)).findFirst().orElseThrow();
        OpenProgrammeCommand open = gongshu.openCommand();
        assertThat(open.budget().stream().mapToLong(l -> l.amount().fen()).sum())
                .isEqualTo(ZhejiangScenario.GONGSHU_BUDGET.fen());
        assertThat(open.plannedHeadcount()).isEqualTo(2_500);
        assertThat(open.tripDays()).containsExactly(1, 3);
        assertThat(open.budget()).extracting(ProgrammeBudgetLine::earmark).contains(ZhejiangScenario.EARMARK);
        Map<String, TripPlan> trips = gongshu.trips().stream()
                .collect(Collectors.toMap(TripPlan::tripId, Function.identity()));
        assertThat(trips.get(ZhejiangScenario.SF_TRIP).workers()).isEqualTo(80);
        assertThat(trips.get(ZhejiangScenario.MEITUAN_TRIP).workers()).isEqualTo(71);
        assertThat(trips.get(ZhejiangScenario.OTHER_NEW_FORM_TRIP).workers()).isEqualTo(50);
        long charged = gongshu.trips().stream()
                .mapToLong(t -> t.attendingWorkers() * t.costPerPerson().fen()).sum();
        assertThat(charged).isLessThanOrEqualTo(ZhejiangScenario.GONGSHU_BUDGET.fen())
                .isGreaterThan(ZhejiangScenario.GONGSHU_BUDGET.fen() * 9 / 10);
        assertThat(gongshu.trips()).allSatisfy(t -> {
            assertThat(t.pricePerDay().fen()).isLessThanOrEqualTo(Money.ofYuan(600).fen());
            assertThat(t.start().getYear()).isEqualTo(2025);
        });
        assertThat(gongshu.trips().stream().mapToLong(t -> t.corrections().size()).sum()).isEqualTo(2);
        // The own fund that completes the budget is established.
        assertThat(zhejiang.money()).filteredOn(EstablishFundCommand.class::isInstance)
                .map(c -> ((EstablishFundCommand) c).fundId().value()).contains("GS-2025-RECUP");
    }

    @Test
    void trips_respect_the_standards_and_the_plan_is_the_same_every_time() {
        ZhejiangScenario first = new ZhejiangScenario(DIVISIONS, 5, DemoScale.DEFAULT);
        ZhejiangScenario again = new ZhejiangScenario(DIVISIONS, 5, DemoScale.DEFAULT);
        for (TripPlan trip : first.trips()) {
            long cap = trip.start().isBefore(LocalDate.of(2020, 1, 1)) ? 400 : 600;
            assertThat(trip.pricePerDay().fen()).as(trip.tripId()).isLessThanOrEqualTo(Money.ofYuan(cap).fen());
            assertThat(trip.days()).isLessThanOrEqualTo(trip.destinationId().equals("AKSU") ? 7 : 5);
            assertThat(trip.workers() + trip.family()).isLessThanOrEqualTo(TripRunner.ENROLMENT_BATCH);
        }
        assertThat(again.trips()).extracting(TripPlan::tripId, TripPlan::workers, TripPlan::attendingWorkers,
                TripPlan::defaultLine).containsExactlyElementsOf(first.trips().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.tripId(), t.workers(), t.attendingWorkers(),
                                t.defaultLine())).toList());
    }

    @Test
    void the_province_year_has_about_40000_trips_and_one_and_a_half_million_person_times() {
        ZhejiangScenario zhejiang = new ZhejiangScenario(DIVISIONS, 1, DemoScale.PROVINCE_YEAR);
        List<TripPlan> trips = zhejiang.trips();
        long personTimes = trips.stream().mapToLong(TripPlan::attendingWorkers).sum();
        assertThat(trips.size()).isBetween(40_000, 40_200);
        assertThat(personTimes).isBetween(1_450_000L, 1_550_000L);
        assertThat(zhejiang.programmes()).hasSizeGreaterThan(90);
    }

    private static int indexOf(List<Object> commands, Class<?> type, int from) {
        for (int i = from; i < commands.size(); i++) {
            if (type.isInstance(commands.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
