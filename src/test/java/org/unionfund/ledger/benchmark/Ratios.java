package org.unionfund.ledger.benchmark;

import org.unionfund.ledger.benchmark.Measurement.Rate;

/** "ours vs X: single append 45 %, ..." — our rate as a percentage of another candidate's, phase by phase. */
final class Ratios {

    private Ratios() {
    }

    static String of(Measurement ours, Measurement other) {
        return "ours vs " + other.candidate() + ": single append " + pct(ours.single(), other.single())
                + ", bulk append " + pct(ours.bulk(), other.bulk()) + ", replay " + pct(ours.replay(), other.replay())
                + ", load 1-event " + pct(ours.loadOne(), other.loadOne()) + ", load batch "
                + pct(ours.loadBatch(), other.loadBatch());
    }

    private static String pct(Rate ours, Rate other) {
        if (ours.perSecond() < 0 || other.perSecond() <= 0) {
            return "–";
        }
        return String.format("%.0f %%", 100 * ours.perSecond() / other.perSecond());
    }
}
