package org.unionfund.ledger.recuperation.settlement.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARKED_LINE;
import static org.unionfund.ledger.testsupport.GongshuCase.GONGSHU;
import static org.unionfund.ledger.testsupport.GongshuCase.GS_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.LEDGER;
import static org.unionfund.ledger.testsupport.GongshuCase.PROGRAMME;
import static org.unionfund.ledger.testsupport.GongshuCase.ZJ_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARK;
import static org.unionfund.ledger.testsupport.GongshuCase.courier;
import static org.unionfund.ledger.testsupport.GongshuCase.frontline;
import static org.unionfund.ledger.testsupport.GongshuCase.trip;
import static org.unionfund.ledger.testsupport.GongshuCase.world;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeResult;
import org.unionfund.ledger.recuperation.programme.api.TopUpProgrammeBudgetCommand;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;

/**
 * The settlement handler changes the trip, the ledger and one worker history per attendee in one unit of work;
 * the event store keeps it as one commit. A refusal at any step — even after the ledger already decided its
 * posting — leaves nothing written on any aggregate.
 */
class SettlementUnitOfWorkTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 12);
    private static final LocalDate JUNE = LocalDate.of(2025, 6, 9);
    private RecuperationApp app;

    @BeforeEach
    void setUp() {
        app = new RecuperationApp(SettlementUnitOfWorkTest.class);
        app.sendAll(world(FrequencyRule.ONCE_PER_YEAR, yuan(3_000)));
        app.send(trip("T-MAY", MAY, 3, 580));
        app.send(trip("T-JUNE", JUNE, 3, 580));
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private void enrol(String trip, Participant... participants) {
        app.send(new EnrolParticipantsCommand(new TripId(trip), new EnrolmentId("E-" + trip), List.of(participants)));
    }

    private static SettleTripCommand settle(String trip, String settlement, String... attendees) {
        return new SettleTripCommand(new TripId(trip), new SettlementId(settlement),
                java.util.Arrays.stream(attendees).map(a -> new AttendeeFunding(new ParticipantId(a), null)).toList(),
                null, null);
    }

    private long programmeLine(Map<String, Long> balances, String earmark) {
        AccountRef line = AccountRef.programme(GONGSHU, 2025, earmark == null ? org.unionfund.ledger.testsupport
                .GongshuCase.GS_FUND : ZJ_FUND, earmark, PROGRAMME.value());
        return balances.getOrDefault(line.key(), 0L);
    }

    @Test
    void opening_a_programme_moves_its_budget_in_the_same_commit() {
        Map<String, Long> balances = app.balances(LEDGER.toString());
        assertThat(programmeLine(balances, EARMARK)).isEqualTo(yuan(546_000).fen());
        assertThat(programmeLine(balances, null)).isEqualTo(yuan(2_000_000).fen());
        assertThat(balances.get(AccountRef.fund(GONGSHU, 2025, ZJ_FUND, EARMARK).key()))
                .isEqualTo(yuan(1_000_000 - 546_000).fen());
        assertThat(balances.get(AccountRef.fund(GONGSHU, 2025, GS_FUND, null).key())).isZero();

        ProgrammeResult topUp = app.send(new TopUpProgrammeBudgetCommand(PROGRAMME, new PostingId("GS-TOPUP-1"),
                List.of(new ProgrammeBudgetLine(ZJ_FUND, EARMARK, yuan(100_000))), LocalDate.of(2025, 7, 1)));
        assertThat(topUp.posting().legs()).hasSize(2);
        assertThat(programmeLine(app.balances(LEDGER.toString()), EARMARK)).isEqualTo(yuan(646_000).fen());
        long commits = app.commits();
        assertThatThrownBy(() -> app.send(new TopUpProgrammeBudgetCommand(PROGRAMME, new PostingId("GS-TOPUP-2"),
                List.of(new ProgrammeBudgetLine(ZJ_FUND, EARMARK, yuan(1_000_000))), LocalDate.of(2025, 7, 1))))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("insufficient-funds"));
        assertThat(app.commits()).isEqualTo(commits);
    }

    @Test
    void a_settlement_stores_trip_ledger_and_worker_histories_in_one_commit() {
        enrol("T-MAY", frontline("p1", 1), frontline("p2", 2), courier("c1", 3));
        long commits = app.commits();
        TripResult result = app.send(new SettleTripCommand(new TripId("T-MAY"), new SettlementId("S-MAY"),
                List.of(new AttendeeFunding(new ParticipantId("p1"), null),
                        new AttendeeFunding(new ParticipantId("c1"), EARMARKED_LINE)), null, null));

        assertThat(app.commits()).isEqualTo(commits + 1);
        var commit = app.database.getCollection("events").find().sort(new org.bson.Document("_id", -1)).first();
        assertThat(commit.getList("events", org.bson.Document.class)).extracting(d -> d.getString("aggregateId"))
                .containsExactlyInAnyOrder(LEDGER.toString(), "trip:T-MAY",
                        new WorkerHistoryId(frontline("p1", 1).worker()).toString(),
                        new WorkerHistoryId(courier("c1", 3).worker()).toString());
        assertThat(result.postings()).singleElement().satisfies(p -> assertThat(p.legs()).hasSize(4));
        Map<String, Long> balances = app.balances(LEDGER.toString());
        assertThat(programmeLine(balances, null)).isEqualTo(yuan(2_000_000 - 1_740).fen());
        assertThat(programmeLine(balances, EARMARK)).isEqualTo(yuan(546_000 - 1_740).fen());
    }

    @Test
    void a_refused_worker_leaves_trip_ledger_and_other_workers_untouched() {
        enrol("T-MAY", frontline("p1", 1));
        app.send(settle("T-MAY", "S-MAY", "p1"));
        enrol("T-JUNE", frontline("a", 7), frontline("p1-again", 1), frontline("z", 8));
        long commits = app.commits();
        long ledgerEvents = app.stream(LEDGER.toString()).size();
        long tripEvents = app.stream("trip:T-JUNE").size();

        // p1's history refuses (once a year) after the ledger has decided its posting and "a" was funded.
        assertThatThrownBy(() -> app.send(settle("T-JUNE", "S-JUNE", "a", "p1-again", "z")))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("frequency-exceeded"));

        assertThat(app.commits()).isEqualTo(commits);
        assertThat(app.stream(LEDGER.toString())).hasSize((int) ledgerEvents);
        assertThat(app.stream("trip:T-JUNE")).hasSize((int) tripEvents);
        assertThat(app.stream(history(frontline("a", 7).worker()))).isEmpty();
        assertThat(app.stream(history(frontline("z", 8).worker()))).isEmpty();
        assertThat(app.balances(LEDGER.toString())).isEqualTo(balancesAfterMay());

        // Without p1 the same trip settles.
        app.send(settle("T-JUNE", "S-JUNE-2", "a", "z"));
        assertThat(app.stream(history(frontline("a", 7).worker()))).hasSize(1);
    }

    @Test
    void beyond_budget_nothing_is_written() {
        ProgrammeId small = new ProgrammeId("GS-2025-SMALL");
        OpenProgrammeCommand base = org.unionfund.ledger.testsupport.GongshuCase.programme(FrequencyRule.UNLIMITED,
                null);
        app.send(new OpenProgrammeCommand(small, base.ledgerId(), base.bodyId(), 2025, "小项目", 2,
                base.eligibleCategories(), base.tripDays(), FrequencyRule.UNLIMITED, null,
                List.of(new ProgrammeBudgetLine(ZJ_FUND, EARMARK, yuan(3_000))), LocalDate.of(2025, 3, 1)));
        app.send(new ScheduleTripCommand(new TripId("T-SMALL"), small, GongshuCase.AGENCY, GongshuCase.ANJI, MAY,
                3, yuan(580)));
        enrol("T-SMALL", courier("c1", 3), courier("c2", 4));
        long commits = app.commits();
        Map<String, Long> before = app.balances(LEDGER.toString());

        assertThatThrownBy(() -> app.send(new SettleTripCommand(new TripId("T-SMALL"), new SettlementId("S-X"),
                List.of(new AttendeeFunding(new ParticipantId("c1"), null),
                        new AttendeeFunding(new ParticipantId("c2"), null)), EARMARKED_LINE, null)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("insufficient-funds"));
        assertThat(app.commits()).isEqualTo(commits);
        assertThat(app.balances(LEDGER.toString())).isEqualTo(before);
        assertThat(app.stream(history(courier("c1", 3).worker()))).isEmpty();

        // One of them fits the budget.
        app.send(new SettleTripCommand(new TripId("T-SMALL"), new SettlementId("S-Y"),
                List.of(new AttendeeFunding(new ParticipantId("c1"), null)), EARMARKED_LINE, null));
        assertThat(app.commits()).isEqualTo(commits + 1);
    }

    @Test
    void removing_a_no_show_reverses_the_charge_and_releases_the_worker() {
        enrol("T-MAY", frontline("p1", 1), frontline("p2", 2));
        app.send(settle("T-MAY", "S-MAY", "p1", "p2"));
        TripResult removed = app.send(new RemoveNoShowCommand(new TripId("T-MAY"), new CorrectionId("K-1"),
                new ParticipantId("p2"), "did not board the bus", LocalDate.of(2025, 5, 20)));
        assertThat(removed.postings()).singleElement().satisfies(p -> assertThat(p.legs()).hasSize(2));
        assertThat(programmeLine(app.balances(LEDGER.toString()), null)).isEqualTo(yuan(2_000_000 - 1_740).fen());
        // p2 is free again for the June trip.
        enrol("T-JUNE", frontline("p2-june", 2));
        app.send(settle("T-JUNE", "S-JUNE", "p2-june"));
        // The same correction again writes nothing and answers the same.
        long commits = app.commits();
        TripResult again = app.send(new RemoveNoShowCommand(new TripId("T-MAY"), new CorrectionId("K-1"),
                new ParticipantId("p2"), "did not board the bus", LocalDate.of(2025, 5, 20)));
        assertThat(again).isEqualTo(removed);
        assertThat(app.commits()).isEqualTo(commits);
    }

    private Map<String, Long> balancesAfterMay() {
        Map<String, Long> expected = new java.util.HashMap<>(app.balances(LEDGER.toString()));
        return expected;
    }

    private static String history(WorkerPseudonym worker) {
        return new WorkerHistoryId(worker).toString();
    }

    static String rule(Throwable e) {
        Throwable cause = e instanceof CommandExecutionException ? e.getCause() : e;
        while (cause != null && !(cause instanceof RuleViolation)) {
            cause = cause.getCause();
        }
        return cause == null ? "no rule: " + e : ((RuleViolation) cause).rule();
    }
}
