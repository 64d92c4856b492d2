package org.unionfund.ledger.funds.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.funds.command.ApprovalFlowTest.LARGE;
import static org.unionfund.ledger.funds.command.ApprovalFlowTest.SMALL;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CHAIR;
import static org.unionfund.ledger.funds.command.ApprovalTestData.CLERK;
import static org.unionfund.ledger.funds.command.ApprovalTestData.REVIEWER;
import static org.unionfund.ledger.funds.command.ApprovalTestData.approve;
import static org.unionfund.ledger.funds.command.ApprovalTestData.by;
import static org.unionfund.ledger.funds.command.ApprovalTestData.zhejiangPolicy;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Policies and proposals survive snapshots and the event round trip like the rest of the ledger. */
class ApprovalSnapshotTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_ledger_with_pending_and_approved_proposals_restores_from_its_snapshot_and_decides_alike() throws Exception {
        LedgerRunner original = LedgerRunner.fresh();
        List<Object> history = new ArrayList<>(zhejiangTree());
        history.addAll(List.of(zhejiangFund(), zhejiangPolicy(), by(CLERK, LARGE), by(CLERK, SMALL),
                approve("A-SMALL", "R-1", REVIEWER)));
        history.forEach(original::handle);
        for (Object event : original.events()) {
            assertThat(json.readValue(json.writeValueAsString(event), event.getClass())).isEqualTo(event);
        }
        String snapshot = json.writeValueAsString(original.root());
        LedgerRunner restored = new LedgerRunner(json.readValue(snapshot, FundLedger.class));
        assertThat(json.writeValueAsString(restored.root())).isEqualTo(snapshot);
        for (Object next : List.of(approve("A-LARGE", "R-2", REVIEWER), approve("A-LARGE", "R-2", REVIEWER),
                approve("A-LARGE", "C-1", CHAIR), approve("A-SMALL", "R-9", CHAIR))) {
            assertThat(String.valueOf(restored.handle(next))).isEqualTo(String.valueOf(original.handle(next)));
        }
        assertThat(json.writeValueAsString(restored.root())).isEqualTo(json.writeValueAsString(original.root()));
    }
}
