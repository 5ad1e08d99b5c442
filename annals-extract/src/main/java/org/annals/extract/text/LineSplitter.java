package org.annals.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The first stage: splits a page into non-blank, whitespace-normalised lines. */
public final class LineSplitter {
    /** Pages beyond these bounds are cut: no news article needs more, and hostile input must stay cheap. */
    static final int MAX_CHARS = 2_000_000;
    static final int MAX_LINES = 20_000;

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
        for (String raw : LINE_BREAK.split(bounded)) {
            String visible = INVISIBLE.matcher(raw).replaceAll("");
            String text = SPACES.matcher(visible).replaceAll(" ").strip();
            if (text.isEmpty()) {
                continue;
            }
            int cells = WIDE_GAP.split(visible.strip()).length;
            lines.add(new PageLine(lines.size(), text, cells));
            if (lines.size() == MAX_LINES) {
                break;
            }
        }
        return lines;
    }
}
