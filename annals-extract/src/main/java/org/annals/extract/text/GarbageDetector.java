package org.annals.extract.text;

/**
 * Tells whether a line is mostly encoding garbage: letters of unrelated scripts jammed together, stray
 * combining marks, replacement characters, Latin-1 symbols glued to letters, box-drawing characters and long
 * runs of Han characters without any Chinese punctuation, as text decoded with the wrong charset prints.
 */
final class GarbageDetector {
    /** Share of suspicious letters above which a line is garbage; real mixed-script text stays far below. */
    private static final double THRESHOLD = 0.25;
    private static final int MIN_LETTERS = 8;
    /** Longer than any headline: Chinese text this long always has a comma or full stop. */
    private static final int MIN_UNPUNCTUATED_HAN = 40;
    private static final String CJK_PUNCTUATION = "，。、；：？！“”《》（）「」…—";

    private GarbageDetector() {
    }

    /** Whether most of the line is garbage. */
    static boolean isGarbage(String line) {
        int letters = 0;
        int suspicious = unpunctuatedHan(line);
        Character.UnicodeScript previous = null;
        boolean spaceSince = true;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp)
                    || cp >= 0x2500 && cp <= 0x257F || cp >= 0x00A1 && cp <= 0x00BF && !spaceSince) {
                suspicious += 2;
                letters++;
                continue;
            }
            if (Character.isWhitespace(cp)) {
                spaceSince = true;
                continue;
            }
            Character.UnicodeScript script = group(Character.UnicodeScript.of(cp));
            if (script == Character.UnicodeScript.INHERITED) {
                // a combining mark belongs after a letter of a script that uses them
                if (previous == null || previous != Character.UnicodeScript.LATIN && previous != Character.UnicodeScript.GREEK
                        && previous != Character.UnicodeScript.CYRILLIC) {
                    suspicious++;
                }
                continue;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp >= 0x0180 && cp <= 0x02AF) {
                suspicious++;
            }
            if (previous != null && script != previous && !spaceSince) {
                suspicious += 2;
            }
            previous = script;
            spaceSince = false;
        }
        return letters >= MIN_LETTERS && (double) suspicious / letters > THRESHOLD;
    }

    /**
     * Chinese prose punctuates every clause; a line with many Han characters and no Chinese punctuation at all
     * is double-byte soup from a wrong decoding, so its Han characters count as suspicious.
     */
    private static int unpunctuatedHan(String line) {
        int han = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (CJK_PUNCTUATION.indexOf(c) >= 0) {
                return 0;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han >= MIN_UNPUNCTUATED_HAN ? han : 0;
    }

    /** Scripts that are written together without spaces count as one. */
    private static Character.UnicodeScript group(Character.UnicodeScript script) {
        return switch (script) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
            default -> script;
        };
    }
}
