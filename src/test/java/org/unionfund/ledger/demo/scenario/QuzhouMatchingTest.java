package org.unionfund.ledger.demo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.statistics.StatisticsWorld;

/**
 * What the region rule gives for the demo's 衢州 2025 (docs/demo-data.md): the Zhejiang money plan of the demo (its
 * seed) through the ledger. 衢州 commits 80% of its 浙工〔2025〕19号 requirement on time and no county of 衢州
 * receives money or commits own money in 2025, so nothing in its region fills the gap: the shortfall stays.
 */
class QuzhouMatchingTest {

    static final long DEMO_SEED = 20250425L;
    static final String QUZHOU_2025 = "A-2025-330000-330800";

    @Test
    void quzhou_2025_stays_short_by_a_fifth_of_its_requirement() {
        ZhejiangScenario zhejiang = new ZhejiangScenario(Divisions.load(), DEMO_SEED, DemoScale.DEFAULT);
        List<TrackedEventMessage<?>> log;
        try (StatisticsWorld world = new StatisticsWorld(QuzhouMatchingTest.class)) {
            List<Object> commands = new ArrayList<>();
            for (Division body : zhejiang.bodies()) {
                commands.add(new RegisterUnionBodyCommand(ZhejiangScenario.LEDGER, new BodyId(body.code()),
                        body.unionName(), body.level(), body.parent() == null ? null : new BodyId(body.parent())));
            }
            commands.addAll(zhejiang.money());
            world.run(commands);
            log = world.log();
        }
        List<Object> outcomes = log.stream().<Object>map(TrackedEventMessage::getPayload)
                .filter(p -> p instanceof MatchingShortfallRecordedEvent s && s.allocationId().value()
                        .equals(QUZHOU_2025) || p instanceof MatchingRequirementMetEvent m && m.allocationId().value()
                        .equals(QUZHOU_2025) || p instanceof MatchingOutcomeRevisedEvent r && r.allocationId()
                        .value().equals(QUZHOU_2025))
                .toList();
        long regionCommitments = log.stream().map(TrackedEventMessage::getPayload)
                .filter(OwnFundsCommittedEvent.class::isInstance).map(OwnFundsCommittedEvent.class::cast)
                .filter(c -> c.counted().stream().anyMatch(n -> n.requirement().value().equals(QUZHOU_2025)))
                .count();

        assertThat(outcomes).hasSize(1).first().isInstanceOf(MatchingShortfallRecordedEvent.class);
        MatchingShortfallRecordedEvent shortfall = (MatchingShortfallRecordedEvent) outcomes.get(0);
        assertThat(regionCommitments).as("only 衢州's own commitment counts").isEqualTo(1);
        // 348,000 unrestricted + 188,000 earmarked received; 80% of it (rounded to 100 yuan) committed by 31 May
        assertThat(shortfall.required()).isEqualTo(Money.ofYuan(536_000));
        assertThat(shortfall.committedByDeadline()).isEqualTo(Money.ofYuan(428_800));
        assertThat(shortfall.shortfall()).isEqualTo(Money.ofYuan(107_200));
    }
}
