package org.unionfund.ledger.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.demo.scenario.ApprovalScenario;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.store.Durability;

/**
 * The scenarios added after the first demo: Beijing 送温暖 with the Fushun screening and subsidies, then
 * maker-checker. They are sent after everything else, so every earlier demo event keeps its place
 * (docs/demo-data.md).
 */
record AppendedScenarios(DemoCommands commands, Durability durability, WorkerPseudonyms pseudonyms) {

    private static final Logger log = LoggerFactory.getLogger(AppendedScenarios.class);

    void send() {
        long started = System.nanoTime();
        List<Object> relief = ReliefDemo.send(commands, pseudonyms, durability);
        log.info("Demo data: Beijing and Fushun relief sent ({} commands, {} s)", relief.size(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
        List<ApprovalScenario.Step> approvals = new ApprovalScenario().steps();
        durability.deferring(() -> approvals.forEach(commands::sendSigned));
        log.info("Demo data: approval policies adopted and {} maker-checker steps taken", approvals.size());
    }
}
