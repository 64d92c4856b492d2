package org.unionfund.ledger.platform.cli;

/** A one-line text progress bar: {@code [##########..........]  50.0%  500/1000}. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    public static String render(long done, long total) {
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, done / (double) total));
        int filled = (int) Math.round(fraction * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%5.1f%%  %d/%d", fraction * 100, Math.max(done, 0), total);
    }
}
