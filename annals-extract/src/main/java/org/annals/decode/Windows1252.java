package org.annals.decode;

/**
 * windows-1252 as browsers read it (WHATWG Encoding): its five undefined bytes map to the C1
 * controls of the same value instead of being lost, so the mapping can be undone byte for byte.
 */
final class Windows1252 {
    /** The characters for bytes 0x80–0x9F. */
    private static final char[] HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
    };

    private Windows1252() {
    }

    /** Decodes {@code bytes} from {@code offset} on. */
    static String decode(byte[] bytes, int offset) {
        char[] chars = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            chars[i - offset] = b >= 0x80 && b <= 0x9F ? HIGH[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    /** The byte that decodes to {@code c} in windows-1252 or in Latin-1, or -1 when there is none. */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        if (c < 0x152 || c > 0x2122) {
            return -1;
        }
        for (int i = 0; i < HIGH.length; i++) {
            if (HIGH[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }
}
