package org.annals.extract.html;

import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalLogTest {
    @Test
    void entriesBounded() {
        RemovalLog log = new RemovalLog();
        for (int i = 0; i < 1000; i++) {
            log.add(RemovalReason.NAVIGATION, "menu " + i);
        }
        assertThat(log.removals()).hasSize(RemovalLog.MAX_ENTRIES);
    }

    @Test
    void textTruncated() {
        RemovalLog log = new RemovalLog();
        log.add(RemovalReason.FOOTER, "x".repeat(5000));
        assertThat(log.removals().get(0).text()).hasSize(RemovalLog.MAX_CHARS + 1);
    }

    @Test
    void blankIgnored() {
        RemovalLog log = new RemovalLog();
        log.add(RemovalReason.FOOTER, "  ");
        assertThat(log.removals()).isEmpty();
    }
}
