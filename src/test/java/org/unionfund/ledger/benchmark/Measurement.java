package org.unionfund.ledger.benchmark;

/** One candidate's figures; a rate of -1 means "not applicable". */
public record Measurement(String candidate, double singleAppendPerSecond, double bulkAppendPerSecond,
                          double replayPerSecond, long tokenBytes, long replayedEvents) {

    String row() {
        return String.format("| %s | %s | %s | %s | %s |", candidate, rate(singleAppendPerSecond),
                rate(bulkAppendPerSecond), rate(replayPerSecond), tokenBytes < 0 ? "–" : tokenBytes + " B");
    }

    private static String rate(double perSecond) {
        return perSecond < 0 ? "–" : String.format("%,.0f/s", perSecond);
    }
}
