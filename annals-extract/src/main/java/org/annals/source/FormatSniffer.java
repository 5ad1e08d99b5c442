package org.annals.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its first bytes (after gzip decompression): magic numbers and
 * markers first, the file name's extension only to break a tie between text and HTML.
 */
final class FormatSniffer {
    /** How many leading bytes are looked at. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS, false);

    /** The root element of an RSS, Atom or RDF feed, after an optional prolog. */
    private static final Pattern FEED_ROOT = Pattern.compile(
            "^(?:\\s*+(?:<\\?[^>]{0,500}\\?>|<!--.{0,2000}?-->|<!doctype[^\\[>]{0,500}(?:\\[.{0,20000}?\\])?\\s*>))*+"
                    + "\\s*+<(?:rss|feed|rdf:rdf)[\\s>/]",
            Pattern.DOTALL);

    private static final String[] HTML_MARKERS = {
        "<!doctype html", "<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<p ", "<br",
        "<article", "<script", "<table", "<span", "<a href"
    };

    private static final byte[][] BINARY_MAGIC = {
        {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
        {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {0x7F, 'E', 'L', 'F'}, {'B', 'M'}, {'R', 'I', 'F', 'F'},
        {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z'},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'M', 'Z'}, {0, 0, 1, 0}, {'w', 'O', 'F', 'F'}, {'O', 'g', 'g', 'S'},
        {'I', 'D', '3'}, {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}, {0x1F, (byte) 0x8B}
    };

    private FormatSniffer() {
    }

    /**
     * The format of an input whose content starts with {@code head}.
     *
     * @param head     the first bytes of the (decompressed) content, at most {@link #HEAD_BYTES}
     * @param complete whether {@code head} is the whole content
     * @param name     the input's file name, for its extension
     */
    static InputFormat sniff(byte[] head, boolean complete, String name) {
        if (startsWith(head, 0, "WARC/1.") || startsWith(head, 0, "WARC/0.")) {
            return InputFormat.WARC;
        }
        String view = textView(head);
        int start = 0;
        while (start < view.length() && isBlank(view.charAt(start))) {
            start++;
        }
        if (start == view.length()) {
            return complete || head.length == 0 ? InputFormat.EMPTY : InputFormat.TEXT;
        }
        if (isBinary(head)) {
            return InputFormat.BINARY;
        }
        String lower = view.substring(start).toLowerCase(Locale.ROOT);
        if (FEED_ROOT.matcher(lower).find()) {
            return InputFormat.FEED;
        }
        if (lower.charAt(0) == '{' && firstLineIsJsonObject(head, complete)) {
            return InputFormat.JSONL;
        }
        if (lower.startsWith("<?xml")) {
            // XML that is no feed (a NewsML story, a sitemap) is markup: read as text its raw tags would be the article.
            return InputFormat.HTML;
        }
        for (String marker : HTML_MARKERS) {
            if (lower.contains(marker)) {
                return InputFormat.HTML;
            }
        }
        String ext = extension(name);
        return ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") ? InputFormat.HTML : InputFormat.TEXT;
    }

    /** The head as characters good enough to look for ASCII markers in, UTF-16 included. */
    private static String textView(byte[] head) {
        int n = head.length & ~1;
        boolean beBom = head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF;
        boolean leBom = head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE;
        if (beBom || leBom || looksLikeUtf16(head)) {
            boolean le = leBom || !beBom && head.length > 1 && head[1] == 0;
            return new String(head, 0, n, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        return new String(head, StandardCharsets.ISO_8859_1);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\uFEFF'
                || c == '\u00EF' || c == '\u00BB' || c == '\u00BF';
    }

    /** The file name's extension, lower-case, ignoring a trailing {@code .gz}. */
    static String extension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        int dot = n.lastIndexOf('.');
        return dot > slash ? n.substring(dot + 1) : "";
    }

    private static boolean firstLineIsJsonObject(byte[] head, boolean complete) {
        int start = 0;
        while (start < head.length && head[start] != '{') {
            start++;
        }
        int end = start;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length && !complete) {
            // A first line longer than the head: trust its opening.
            return head.length - start > 1 && head[start + 1] == '"';
        }
        try {
            JsonNode node = JSON.readTree(new String(head, start, end - start, StandardCharsets.UTF_8));
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the bytes are not text: a known binary magic number, or too many control bytes.
     * UTF-16 text (many NULs, but every other byte) is text.
     */
    static boolean isBinary(byte[] head) {
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(head, 0, magic)) {
                return true;
            }
        }
        if (looksLikeUtf16(head)) {
            return false;
        }
        int n = Math.min(head.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            boolean control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F;
            if (control) {
                controls++;
            }
        }
        // Scraped text may hold a stray control byte; binary data has one in ten.
        return controls * 100 > n * 2 + 2;
    }

    /** Whether the bytes look like UTF-16 without a byte-order mark: NULs in every other position. */
    static boolean looksLikeUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        return (evenZero * 10 > pairs * 4 && oddZero * 20 < pairs) || (oddZero * 10 > pairs * 4 && evenZero * 20 < pairs);
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        return startsWith(b, at, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
