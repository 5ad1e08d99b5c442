package org.annals.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first stage: splits a page into non-blank, whitespace-normalised lines. A page hard-wrapped at a fixed
 * width (no line longer than about a hundred characters, many lines near that width, most of them ending
 * mid-sentence) has its wrapped lines joined back into paragraphs: a line that fills the width continues on
 * the next one.
 */
public final class LineSplitter {
    /** Pages beyond these bounds are cut: no news article needs more, and hostile input must stay cheap. */
    static final int MAX_CHARS = 2_000_000;
    static final int MAX_LINES = 20_000;
    /** Wider than this, a page is not hard-wrapped: its paragraphs are lines. */
    private static final int MAX_WRAP_WIDTH = 100;
    private static final int MIN_WRAP_WIDTH = 40;
    /** A line at least this share of the wrap width continues on the next line. */
    private static final double FILLED = 0.6;
    private static final double MID_SENTENCE_SHARE = 0.6;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WIDE_GAP = Pattern.compile("\\t|\\s{3,}");
    /** No-break and other wide spaces print as spaces; zero-width characters print as nothing. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

    /** Splits a page into its non-blank lines; null gives none. */
    public List<PageLine> split(String page) {
        List<PageLine> lines = new ArrayList<>();
        if (page == null) {
            return lines;
        }
        String bounded = page.length() > MAX_CHARS ? page.substring(0, MAX_CHARS) : page;
        String[] raw = LINE_BREAK.split(bounded);
        String[] texts = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            texts[i] = SPACES.matcher(INVISIBLE.matcher(raw[i]).replaceAll("")).replaceAll(" ").strip();
        }
        int width = wrapWidth(texts);
        StringBuilder paragraph = new StringBuilder();
        int cells = 1;
        for (int i = 0; i < texts.length && lines.size() < MAX_LINES; i++) {
            String text = texts[i];
            if (text.isEmpty()) {
                flush(paragraph, cells, lines);
                continue;
            }
            boolean continues = width > 0 && !paragraph.isEmpty() && i > 0 && texts[i - 1].length() >= FILLED * width;
            if (continues) {
                boolean hyphenated = paragraph.charAt(paragraph.length() - 1) == '-' && Character.isLowerCase(text.charAt(0));
                paragraph.append(hyphenated ? "" : " ").append(text);
                cells = 1;
            } else {
                flush(paragraph, cells, lines);
                paragraph.append(text);
                cells = WIDE_GAP.split(raw[i].strip()).length;
            }
        }
        if (lines.size() < MAX_LINES) {
            flush(paragraph, cells, lines);
        }
        return lines;
    }

    private static void flush(StringBuilder paragraph, int cells, List<PageLine> lines) {
        if (!paragraph.isEmpty()) {
            lines.add(new PageLine(lines.size(), paragraph.toString(), cells));
            paragraph.setLength(0);
        }
    }

    /** The width a page is hard-wrapped at, or 0 when it is not wrapped. */
    private static int wrapWidth(String[] texts) {
        int[] lengths = Arrays.stream(texts).filter(t -> !t.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < 5) {
            return 0;
        }
        int width = lengths[(int) (0.95 * (lengths.length - 1))];
        if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) {
            return 0;
        }
        long near = Arrays.stream(lengths).filter(l -> l >= 0.85 * width).count();
        if (near < Math.max(3, lengths.length / 5)) {
            return 0;
        }
        // wrapping breaks lines mid-sentence; paragraphs that merely have similar lengths end with a full stop
        int filled = 0;
        int midSentence = 0;
        for (int i = 0; i + 1 < texts.length; i++) {
            if (texts[i].length() >= FILLED * width && !texts[i + 1].isEmpty()) {
                filled++;
                midSentence += LineFeatures.endsLikeSentence(texts[i]) ? 0 : 1;
            }
        }
        return filled >= 3 && midSentence >= MID_SENTENCE_SHARE * filled ? width : 0;
    }
}
