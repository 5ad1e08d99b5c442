package org.annals.extract.text;

/**
 * Tells whether a line is mostly encoding garbage: letters of unrelated scripts jammed together,
 * stray combining marks and replacement characters, as text decoded with the wrong charset prints.
 */
final class GarbageDetector {
    /** Share of suspicious letters above which a line is garbage; real mixed-script text stays far below. */
    private static final double THRESHOLD = 0.25;
    private static final int MIN_LETTERS = 8;

    private GarbageDetector() {
    }

    /** Whether most of the line is garbage. */
    static boolean isGarbage(String line) {
        int letters = 0;
        int suspicious = 0;
        Character.UnicodeScript previous = null;
        boolean spaceSince = true;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp)) {
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

    /** Scripts that are written together without spaces count as one. */
    private static Character.UnicodeScript group(Character.UnicodeScript script) {
        return switch (script) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
            default -> script;
        };
    }
}
