package org.annals.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The CJK half of mojibake repair, for the two mistakes that can be recognised with confidence:
 * UTF-8 read with a legacy CJK codec ({@code "鏂板崕"} for {@code "新华"}: the CJK characters,
 * encoded back with that codec, are valid UTF-8, which chance almost never makes), and a legacy
 * CJK codec read as Latin-1 ({@code "ÐÂ»ª"}: runs of Latin-1 symbols and letters that ICU's
 * detector recognises as GBK, Big5, Shift_JIS or EUC bytes and that decode to CJK text only).
 */
final class CjkRepair {
    /** The codecs UTF-8 is mistaken for, most common first. */
    private static final List<Charset> LEGACY = List.of(Charset.forName("GB18030"), Charset.forName("windows-31j"),
            Charset.forName("Big5-HKSCS"), Charset.forName("x-windows-949"), Charset.forName("EUC-JP"));

    private static final Set<String> DETECTABLE = Set.of("GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR");

    /** Long runs (in bytes) whose re-reading as UTF-8 is evidence for the whole text... */
    private static final int EVIDENCE_BYTES = 9;
    /** ...and how many of them it takes... */
    private static final int EVIDENCE_RUNS = 2;
    /** ...among the first this many long runs. */
    private static final int MAX_EVIDENCE_TRIES = 200;

    /** The detector must be this sure before Latin-1 runs are re-read as CJK. */
    private static final int MIN_CONFIDENCE = 50;

    private CjkRepair() {
    }

    /**
     * The text with CJK runs that are UTF-8 read with a legacy codec re-read as UTF-8. The codec
     * is chosen for the whole text: the one whose bytes for at least two long runs are valid
     * UTF-8; then every run is re-read, short ones and ones cut by a lost byte too.
     */
    static String repairUtf8ReadAsLegacy(String text) {
        List<Run> runs = runs(text, CjkRepair::isCjkRunChar, 2);
        if (runs.size() < EVIDENCE_RUNS) {
            return text;
        }
        List<String> longRuns = runs.stream().map(r -> r.of(text)).filter(r -> r.length() * 2 >= EVIDENCE_BYTES)
                .limit(MAX_EVIDENCE_TRIES).toList();
        Charset codec = null;
        for (Charset legacy : LEGACY) {
            // Evidence is strict: runs of valid UTF-8 from their first byte, saying three or more CJK characters.
            long valid = longRuns.stream().map(r -> encodeStrictly(r, legacy))
                    .filter(b -> b != null && b.length >= EVIDENCE_BYTES)
                    .map(b -> decodeAllowingCutEnd(b, StandardCharsets.UTF_8))
                    .filter(d -> d != null && isCjkOnly(d) && d.codePoints().filter(cp -> cp > 0x7F && cp != 0xFFFD)
                            .count() >= 3)
                    .limit(EVIDENCE_RUNS).count();
            if (valid >= EVIDENCE_RUNS) {
                codec = legacy;
                break;
            }
        }
        if (codec == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Run run : runs) {
            byte[] bytes = encodeStrictly(run.of(text), codec);
            String decoded = bytes == null ? null : utf8(bytes);
            if (decoded != null) {
                out.append(text, last, run.start()).append(decoded);
                last = run.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * The bytes read as UTF-8, or null when they are not UTF-8. A byte lost to the mis-reading may
     * have cut a character at either end: up to three continuation bytes at the start and an
     * incomplete sequence at the end each become one replacement character.
     */
    private static String utf8(byte[] bytes) {
        int start = 0;
        while (start < Math.min(3, bytes.length) && (bytes[start] & 0xC0) == 0x80) {
            start++;
        }
        String decoded = decodeAllowingCutEnd(Arrays.copyOfRange(bytes, start, bytes.length), StandardCharsets.UTF_8);
        if (decoded == null || !isCjkOnly(decoded) || decoded.codePoints().allMatch(cp -> cp == 0xFFFD)) {
            return null;
        }
        return start > 0 ? "\uFFFD" + decoded : decoded;
    }

    /** The text with runs of Latin-1 characters that are CJK bytes re-read in the detected CJK codec. */
    static String repairLegacyReadAsLatin1(String text) {
        List<Run> runs = runs(text, CjkRepair::isLatin1RunChar, 4);
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        for (Run run : runs) {
            if (sample.size() >= 64 * 1024) {
                break;
            }
            sample.writeBytes(latin1Bytes(run.of(text)));
            sample.write(' ');
        }
        if (sample.size() < 8) {
            return text;
        }
        Charset codec = detectCjk(sample.toByteArray());
        if (codec == null) {
            return text;
        }
        StringBuilder out = null;
        int last = 0;
        for (Run run : runs) {
            String decoded = decodeAllowingCutEnd(latin1Bytes(run.of(text)), codec);
            if (decoded != null && isCjkOnly(decoded)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, run.start()).append(decoded);
                last = run.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A stretch {@code [start, end)} of a text. */
    private record Run(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /** The maximal stretches of at least {@code min} characters that are all {@code member}s. */
    private static List<Run> runs(String text, java.util.function.IntPredicate member, int min) {
        List<Run> runs = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean in = i < text.length() && member.test(text.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                if (i - start >= min) {
                    runs.add(new Run(start, i));
                }
                start = -1;
            }
        }
        return runs;
    }

    /** CJK scripts, punctuation and symbols: what the legacy CJK codecs hold beyond ASCII. */
    private static boolean isCjkRunChar(int c) {
        if (c < 0x2460) {
            return false;
        }
        if (c <= 0x26FF || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF) {
            return true;
        }
        if (c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** A Latin-1 or windows-1252 reading of a byte 0x80–0xFF (not the C1 controls: those are rarely kept). */
    private static boolean isLatin1RunChar(int c) {
        return c >= 0xA0 && c <= 0xFF || c >= 0x152 && c <= 0x2122 && Windows1252.byteOf((char) c) >= 0x80;
    }

    private static Charset detectCjk(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                return null;
            }
            if (DETECTABLE.contains(match.getName())) {
                return Decoder.forName(match.getName());
            }
        }
        return null;
    }

    /** Whether the text is CJK letters, CJK punctuation and ASCII, nothing else. */
    private static boolean isCjkOnly(String s) {
        return s.codePoints().allMatch(cp -> cp < 0x80 || cp == 0xFFFD || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x2010 && cp <= 0x203B
                || Scripts.family(cp, Scripts.COMMON) == Scripts.CJK);
    }

    private static byte[] latin1Bytes(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            bytes[i] = (byte) Windows1252.byteOf(s.charAt(i));
        }
        return bytes;
    }

    private static byte[] encodeStrictly(String s, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes strictly, except that an incomplete sequence at the very end (the mis-reading
     * swallowed its last byte) becomes one replacement character; null on any other error.
     */
    private static String decodeAllowingCutEnd(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, false);
        if (r.isError() || in.remaining() > 3) {
            return null;
        }
        out.flip();
        return in.hasRemaining() ? out + "\uFFFD" : out.toString();
    }
}
