package org.annals.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest {
    @Test
    void readBoundedTellsWhetherThereWasMore() throws IOException {
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(Limits.readBounded(new ByteArrayInputStream(ten), 10)).satisfies(b -> {
            assertThat(b.bytes()).isEqualTo(ten);
            assertThat(b.cut()).isFalse();
        });
        assertThat(Limits.readBounded(new ByteArrayInputStream(ten), 4).cut()).isTrue();
    }

    @Test
    void cutsAtALineEndOrBeforeASplitCharacter() {
        byte[] lines = "one\ntwo\nthr".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(Limits.cutAtBoundary(lines), StandardCharsets.UTF_8)).isEqualTo("one\ntwo\n");

        byte[] split = java.util.Arrays.copyOf("caf\u00e9".getBytes(StandardCharsets.UTF_8), 4);
        assertThat(new String(Limits.cutAtBoundary(split), StandardCharsets.UTF_8)).isEqualTo("caf");
    }

    @Test
    void describesGzipFailuresInPlainWords() {
        assertThat(Limits.describe(new EOFException("Unexpected end of ZLIB input stream"), true))
                .isEqualTo("truncated gzip data");
        assertThat(Limits.describe(new ZipException("invalid block type"), true))
                .isEqualTo("corrupt gzip data (invalid block type)");
        assertThat(Limits.describe(new IOException("line one\nline two"), false)).isEqualTo("line one line two");
    }
}
