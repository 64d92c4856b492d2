package org.unionfund.ledger.funds.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.XIHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Events, commands, results and snapshots travel through plain Jackson (no XStream, no custom modules). */
class LedgerJsonRoundTripTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private <T> T roundTrip(T value) throws Exception {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        return json.readValue(json.writeValueAsString(value), type);
    }

    @Test
    void every_event_of_a_full_history_survives_a_round_trip() throws Exception {
        List<Object> events = LedgerHistory.run().events();
        assertThat(events).extracting(Object::getClass).contains(UnionBodyRegisteredEvent.class,
                FundEstablishedEvent.class, FundsAllocatedEvent.class, MatchingFundsCommittedEvent.class,
                MatchingShortfallRecordedEvent.class, MatchingRequirementMetEvent.class,
                FixedSubsidiesGrantedEvent.class, SharedCostPostedEvent.class, PostingReversedEvent.class,
                YearClosedEvent.class);
        for (Object event : events) {
            assertThat(roundTrip(event)).as(event.getClass().getSimpleName()).isEqualTo(event);
        }
    }

    @Test
    void every_command_and_its_result_survive_a_round_trip() throws Exception {
        LedgerRunner runner = LedgerRunner.fresh();
        for (Object command : LedgerHistory.zhejiang2025()) {
            assertThat(roundTrip(command)).as(command.getClass().getSimpleName()).isEqualTo(command);
            Object result = runner.handle(command);
            assertThat(roundTrip(result)).as("result of " + command.getClass().getSimpleName()).isEqualTo(result);
        }
    }

    @Test
    void a_restored_snapshot_is_identical_and_decides_exactly_like_the_original() throws Exception {
        LedgerRunner original = LedgerHistory.run();
        String snapshot = json.writeValueAsString(original.root());
        LedgerRunner restored = new LedgerRunner(json.readValue(snapshot, FundLedger.class));
        assertThat(json.writeValueAsString(restored.root())).isEqualTo(snapshot);

        List<Object> next = List.of(
                allocate("A-HZ-XH", HANGZHOU, NON_PUBLIC_LINE, XIHU, yuan(500_000)),
                allocate("A-HZ-XH", HANGZHOU, NON_PUBLIC_LINE, XIHU, yuan(500_000)),
                allocate("A-TOO-MUCH", HANGZHOU, NON_PUBLIC_LINE, XIHU, yuan(10_000_000)),
                allocate("A-CLOSED", ZHEJIANG, null, GONGSHU, yuan(1)),
                LedgerHistory.zhejiang2025().get(7));
        List<Object> originalOutcomes = new ArrayList<>();
        List<Object> restoredOutcomes = new ArrayList<>();
        for (Object command : next) {
            originalOutcomes.add(outcome(original.handle(command)));
            restoredOutcomes.add(outcome(restored.handle(command)));
        }
        assertThat(restoredOutcomes).isEqualTo(originalOutcomes);
        assertThat(restored.events()).isEqualTo(original.events().subList(original.events().size()
                - restored.events().size(), original.events().size()));
        assertThat(originalOutcomes).extracting(String::valueOf)
                .anyMatch(o -> o.contains("insufficient-funds")).anyMatch(o -> o.contains("year-closed"));
    }

    private static Object outcome(Object result) {
        return result instanceof org.unionfund.ledger.kernel.RuleViolation v ? v.rule() + " " + v.field() : result;
    }
}
