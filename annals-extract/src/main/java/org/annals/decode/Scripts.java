package org.annals.decode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * Writing-system facts about code points, as the repair and garbage stages need them: which
 * script family a letter belongs to (Han, kana and Hangul are one family, since Japanese and
 * Korean mix them within a word), and which code points are rare in any real text.
 */
final class Scripts {
    /** Punctuation, symbols, digits, spaces: belong to every script. */
    static final int COMMON = -1;
    /** A combining mark with no letter before it to attach to. */
    static final int ORPHAN_MARK = -2;
    /** Chinese, Japanese and Korean scripts, counted as one. */
    static final int CJK = -3;

    /** ɑ ɓ ɔ ɖ ɗ ə ɛ ɣ ɨ ɩ ɲ ʃ ʉ ʊ ʋ ʒ ʔ: IPA letters in the alphabets of Ewe, Hausa, Fula, Bambara, Lingala and others. */
    private static final String AFRICAN_IPA = "\u0251\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u0269"
            + "\u0272\u0283\u0289\u028A\u028B\u0292\u0294";

    private Scripts() {
    }

    /** The script family of {@code cp}, or {@link #COMMON}; marks take the family of {@code previous}. */
    static int family(int cp, int previous) {
        int script = UScript.getScript(cp);
        switch (script) {
            case UScript.COMMON:
            case UScript.UNKNOWN:
                return COMMON;
            case UScript.INHERITED:
                if (isJoinerOrSelector(cp) || previous == COMMON) {
                    // Emoji sequences, keycaps and ideographic variants: marks on symbols are fine.
                    return COMMON;
                }
                return previous == CJK || previous == ORPHAN_MARK ? ORPHAN_MARK : previous;
            case UScript.HAN:
            case UScript.HIRAGANA:
            case UScript.KATAKANA:
            case UScript.HANGUL:
            case UScript.BOPOMOFO:
                return CJK;
            default:
                return script;
        }
    }

    /** Zero-width joiners and variation selectors, which attach to anything. */
    private static boolean isJoinerOrSelector(int cp) {
        return cp == 0x200C || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** Whether {@code cp} is lost information: private-use, unassigned, a surrogate or the replacement character. */
    static boolean isJunk(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.PRIVATE_USE || type == UCharacter.UNASSIGNED || type == UCharacter.SURROGATE
                || cp == 0xFFFD;
    }

    /**
     * Whether {@code cp} is rare in running text of any language: private-use, unassigned,
     * replacement characters, IPA letters, spacing modifier letters and tone letters, and the
     * seldom-used parts of Latin Extended-B (what is left of its letters after Romanian, Vietnamese, Pinyin and
     * African orthographies).
     */
    static boolean isRare(int cp) {
        if (isJunk(cp)) {
            return true;
        }
        if (cp >= 0x0250 && cp <= 0x02FF) {
            // IPA and modifier letters, but for those African orthographies use and the
            // apostrophe-like modifiers of Hawaiian, Ukrainian and transliterations.
            return AFRICAN_IPA.indexOf(cp) < 0 && cp != 0x02BB && cp != 0x02BC && cp != 0x02BE && cp != 0x02BF
                    && cp != 0x02C7;
        }
        if (cp >= 0xA700 && cp <= 0xA71F) {
            return true;
        }
        if (cp >= 0x0180 && cp <= 0x024F) {
            return !(cp >= 0x01A0 && cp <= 0x01B0) && !(cp >= 0x01CD && cp <= 0x01DC)
                    && !(cp >= 0x0218 && cp <= 0x021B) && !(cp >= 0x0181 && cp <= 0x018A)
                    && cp != 0x0192 && cp != 0x0198 && cp != 0x0199 && cp != 0x01B3 && cp != 0x01B4
                    && !(cp >= 0x01F4 && cp <= 0x01F5);
        }
        return false;
    }
}
