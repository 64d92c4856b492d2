package org.unionfund.ledger.demo;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.demo.scenario.BeijingReliefScenario;
import org.unionfund.ledger.demo.scenario.FushunReliefScenario;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.store.Durability;

/**
 * Beijing 送温暖 and the Fushun screening, subsidies and free clinics through the command path: their bodies, then
 * their commands. Used by the demo load (after the other scenarios, so their events keep place) and by page tests.
 */
public final class ReliefDemo {

    private ReliefDemo() {
    }

    /** Registers the bodies and sends every command; returns the commands sent. */
    public static List<Object> send(DemoCommands commands, WorkerPseudonyms pseudonyms, Durability durability) {
        BeijingReliefScenario beijing = new BeijingReliefScenario(pseudonyms);
        FushunReliefScenario fushun = new FushunReliefScenario(pseudonyms);
        beijing.bodies().forEach(commands::register);
        fushun.bodies().forEach(commands::register);
        List<Object> all = new ArrayList<>(beijing.commands());
        all.addAll(fushun.commands());
        durability.deferring(() -> all.forEach(commands::send));
        return all;
    }
}
