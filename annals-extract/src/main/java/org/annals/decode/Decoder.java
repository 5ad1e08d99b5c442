package org.annals.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into clean text. The charset is chosen in this order: a byte-order mark; UTF-8 when
 * the bytes are valid UTF-8 and not plain ASCII; the charset the container declares, then the
 * one an HTML meta tag declares, each only if the bytes fit it; else ICU's detector. The text is
 * then repaired ({@link MojibakeRepair}), stripped of control characters and garbage runs
 * ({@link GarbageRunFilter}), given {@code \n} line endings and NFC-normalised. Thread-safe.
 */
public final class Decoder {
    /** How far into an HTML page a meta charset is looked for. */
    private static final int META_SCAN_BYTES = 8192;
    /** A declared multi-byte charset is trusted while at most this share of its sequences is malformed. */
    private static final double MAX_MALFORMED_SHARE = 0.002;
    /** Text that is UTF-8 but for this share of its non-ASCII bytes is read as UTF-8, with replacements. */
    private static final double MAX_UTF8_MALFORMED_SHARE = 0.02;
    /** What the charset detector looks at: enough for its statistics, bounded for huge pages. */
    private static final int DETECTOR_BYTES = 64 * 1024;
    /** ICU detector matches below this confidence are not trusted. */
    private static final int MIN_CONFIDENCE = 20;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final MojibakeRepair mojibake = new MojibakeRepair();
    private final GarbageRunFilter garbage = new GarbageRunFilter();

    /**
     * Decodes a payload.
     *
     * @param bytes           the raw bytes
     * @param declaredCharset charset named by the container (HTTP or WARC header), or null
     * @param html            whether the payload is HTML (its meta tags may name a charset)
     */
    public DecodedText decode(byte[] bytes, String declaredCharset, boolean html) {
        Charset charset = chooseCharset(bytes, declaredCharset, html);
        int skip = bomLength(bytes, charset);
        String text = decodeWith(bytes, skip, charset);
        text = normaliseLineEndings(text);
        text = mojibake.repair(text);
        text = removeControls(text);
        GarbageRunFilter.Result filtered = garbage.filter(text);
        text = Normalizer2.getNFCInstance().normalize(filtered.text());
        return new DecodedText(text, charset.name(), filtered.removed());
    }

    /** The charset to read {@code bytes} with; see the class comment for the order. */
    static Charset chooseCharset(byte[] bytes, String declared, boolean html) {
        Charset bom = charsetFromBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16;
        }
        boolean ascii = isAscii(bytes);
        boolean escapes = ascii && contains(bytes, (byte) 0x1B);
        if (ascii && !escapes) {
            return StandardCharsets.UTF_8;
        }
        if (!ascii && (isValidUtf8(bytes) || malformedShare(bytes, StandardCharsets.UTF_8) <= MAX_UTF8_MALFORMED_SHARE)) {
            // Valid UTF-8 (or UTF-8 with a stray bad byte) is almost never another charset by chance.
            return StandardCharsets.UTF_8;
        }
        Charset header = fitting(forName(declared), bytes);
        Charset meta = html ? fitting(forName(metaCharset(bytes)), bytes) : null;
        // Servers often send a Latin-1 default while the page says what it really is.
        if (header != null && !(meta != null && isLatin1Family(header) && !isLatin1Family(meta))) {
            return header;
        }
        if (meta != null) {
            return meta;
        }
        Charset detected = detect(bytes, declared, html);
        return detected != null ? detected : WINDOWS_1252;
    }

    /**
     * The charset if the bytes can be it: not UTF-8 here (already ruled out), ASCII-compatible
     * (the bytes are, since their markup was read), and few malformed sequences.
     */
    private static Charset fitting(Charset charset, byte[] bytes) {
        if (charset == null || charset.equals(StandardCharsets.UTF_8) || !isAsciiCompatible(charset)) {
            return null;
        }
        // Browsers read every byte in windows-1252, so it always fits.
        return charset.equals(WINDOWS_1252) || malformedShare(bytes, charset) <= MAX_MALFORMED_SHARE ? charset : null;
    }

    /** Whether the charset writes ASCII as ASCII: not UTF-16 or -32, not EBCDIC, not UTF-7. */
    private static boolean isAsciiCompatible(Charset charset) {
        String probe = "<meta charset=+-AB~>";
        return charset.canEncode() && !charset.name().equalsIgnoreCase("UTF-7")
                && Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII));
    }

    private static Charset detect(byte[] bytes, String declared, boolean html) {
        byte[] sample = bytes.length > DETECTOR_BYTES ? Arrays.copyOf(bytes, DETECTOR_BYTES) : bytes;
        if (isPlausibleThai(sample)) {
            // ICU has no recogniser for Thai, and its CJK ones take Thai bytes for their own.
            return Charset.forName("x-windows-874");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        if (declared != null) {
            detector.setDeclaredEncoding(declared);
        }
        detector.setText(sample);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset c = forName(match.getName());
            if (c != null && !c.equals(StandardCharsets.UTF_8) && !c.name().startsWith("UTF-")) {
                return windowsSibling(c, sample);
            }
        }
        return null;
    }

    /**
     * The windows code page for an ISO-8859 charset when the bytes use 0x80–0x9F: control codes
     * in ISO-8859, letters and quotes in the windows sibling that far more pages are written in.
     */
    private static Charset windowsSibling(Charset iso, byte[] bytes) {
        String sibling = switch (iso.name()) {
            case "ISO-8859-2" -> "windows-1250";
            case "ISO-8859-7" -> "windows-1253";
            case "ISO-8859-8" -> "windows-1255";
            default -> null;
        };
        if (sibling == null) {
            return iso;
        }
        for (byte b : bytes) {
            if ((b & 0xff) >= 0x80 && (b & 0xff) <= 0x9F) {
                return Charset.forName(sibling);
            }
        }
        return iso;
    }

    /**
     * Whether the bytes read as windows-874 are Thai: mostly Thai characters, with vowel and tone
     * marks as often, and placed on consonants, as Thai spelling requires (CJK bytes read this way
     * have few marks, put them anywhere, and use obsolete letters).
     */
    static boolean isPlausibleThai(byte[] bytes) {
        String text = new String(bytes, Charset.forName("x-windows-874"));
        int thai = 0;
        int nonAscii = 0;
        int marks = 0;
        int misplaced = 0;
        int rare = 0;
        char previous = ' ';
        char beforePrevious = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
            }
            if (c >= 0x0E01 && c <= 0x0E5B) {
                thai++;
            }
            if (c == 0x0E03 || c == 0x0E05 || c == 0x0E3A || c >= 0x0E4E && c <= 0x0E4F || c >= 0x0E5A) {
                // Obsolete letters and signs of Pali and old texts.
                rare++;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK && c >= 0x0E31 && c <= 0x0E4E) {
                marks++;
                boolean onConsonant = isThaiConsonant(previous)
                        || Character.getType(previous) == Character.NON_SPACING_MARK && isThaiConsonant(beforePrevious);
                if (!onConsonant) {
                    misplaced++;
                }
            }
            beforePrevious = previous;
            previous = c;
        }
        // Real Thai puts a mark on about every fourth letter; rarely on anything but a consonant.
        return nonAscii >= 20 && thai * 10 >= nonAscii * 9 && marks * 10 >= thai && misplaced * 50 <= marks
                && rare * 100 <= thai;
    }

    private static boolean isThaiConsonant(char c) {
        return c >= 0x0E01 && c <= 0x0E2E;
    }

    /** The charset an HTML page's meta tag (or an XHTML page's XML declaration) names in its first few KB, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? xml.group(1) : null;
    }

    /** A Java charset for a label, widened the way browsers widen it (WHATWG Encoding), or null. */
    static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        n = switch (n) {
            case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso8859-1", "cp819" -> "windows-1252";
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "chinese" -> "gb18030";
            case "shift-jis", "sjis", "x-sjis", "ms-kanji", "cp932", "windows-31j" -> "windows-31j";
            case "euc-kr", "ks-c-5601-1987", "ksc5601", "cp949", "windows-949" -> "x-windows-949";
            case "big5", "big5-hkscs", "cn-big5", "x-x-big5" -> "big5-hkscs";
            case "iso-8859-9", "latin5" -> "windows-1254";
            case "tis-620", "iso-8859-11" -> "x-windows-874";
            case "utf8" -> "utf-8";
            case "iso-8859-8-i", "iso-8859-8-e", "visual" -> "iso-8859-8";
            case "iso-8859-6-i", "iso-8859-6-e" -> "iso-8859-6";
            default -> n;
        };
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLatin1Family(Charset c) {
        return c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
    }

    /** Decodes with replacement; windows-1252 the way browsers read it. */
    private static String decodeWith(byte[] bytes, int skip, Charset charset) {
        if (charset.equals(WINDOWS_1252)) {
            return Windows1252.decode(bytes, skip);
        }
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    /** The share of malformed or unmappable sequences when {@code bytes} are read as {@code charset}. */
    static double malformedShare(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int bad = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                bad++;
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                out.clear();
            } else {
                break;
            }
        }
        return bytes.length == 0 ? 0 : (double) bad / Math.max(1, countHighBytes(bytes));
    }

    private static int countHighBytes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b < 0) {
                n++;
            }
        }
        return n;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    private static Charset charsetFromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** UTF-16 without a byte-order mark shows as a NUL in every other byte of Latin text. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += b[i] == 0 ? 1 : 0;
            odd += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (odd * 10 > pairs * 4 && even * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (even * 10 > pairs * 4 && odd * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset charset) {
        Charset bom = charsetFromBom(b);
        if (bom == null || !bom.equals(charset)) {
            return 0;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    }

    /**
     * Removes NUL and the other C0 and C1 controls except tab and newline (form feed, vertical
     * tab and next-line become newlines), stray byte-order marks and non-characters.
     */
    static String removeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F
                    || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
            if (control && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (control) {
                if (c == '\f' || c == 0x0B || c == 0x85) {
                    out.append('\n');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
