package org.annals.decode;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;

import static org.assertj.core.api.Assertions.assertThat;

class Windows1252Test {
    @Test
    void everyByteDecodesAndMapsBack() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String text = Windows1252.decode(all, 0);
        assertThat(text).hasSize(256);
        for (int i = 0; i < 256; i++) {
            assertThat(Windows1252.byteOf(text.charAt(i))).isEqualTo(i);
        }
    }

    @Test
    void agreesWithJavaExceptOnTheUndefinedBytes() {
        byte[] b = {(byte) 0x80, (byte) 0x81, (byte) 0x93, (byte) 0xE9};
        assertThat(Windows1252.decode(b, 0)).isEqualTo("\u20AC\u0081\u201C\u00E9");
        assertThat(new String(b, Charset.forName("windows-1252"))).isEqualTo("\u20AC\uFFFD\u201C\u00E9");
        assertThat(Windows1252.byteOf('\u4E2D')).isEqualTo(-1);
    }
}
