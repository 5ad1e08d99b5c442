package org.annals.extract.meta;

/** Tells whether a line ends as a sentence does, in the scripts news is written in. */
public final class SentenceEnd {
    /** Closing quotes and brackets that may follow a sentence's last stop. */
    private static final String CLOSERS = "\"'”’»)]」』）";
    /** Sentence stops of Latin, CJK, Devanagari, Arabic, Armenian, Ethiopic, Burmese and Khmer text. */
    private static final String STOPS = ".!?。！？।॥؟۔։።။។";

    private SentenceEnd() {
    }

    /** Whether the text ends with sentence punctuation, looking through closing quotes and brackets. */
    public static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        // an ellipsis marks a line cut short, not a sentence's end
        boolean ellipsis = text.charAt(i) == '…' || i >= 2 && text.startsWith("...", i - 2);
        return STOPS.indexOf(text.charAt(i)) >= 0 && !ellipsis;
    }
}
