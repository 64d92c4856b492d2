package org.unionfund.ledger.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void shows_the_fraction_done() {
        assertThat(ProgressBar.render(50, 100)).startsWith("[###############...............]  50.0%  50/100");
        assertThat(ProgressBar.render(0, 0)).contains("100.0%");
        assertThat(ProgressBar.render(-1, 10)).contains("  0.0%  0/10");
    }
}
