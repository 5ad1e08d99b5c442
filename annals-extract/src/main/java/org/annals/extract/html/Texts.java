package org.annals.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Whitespace normalisation and bounded text collection shared by the HTML stages. */
final class Texts {
    /** Marks where an inline element starts or ends inside a paragraph being written. */
    static final char INLINE_BOUNDARY = '\uE000';

    private Texts() {
    }

    /**
     * Turns inline-element boundaries into a space where a CJK character meets a Latin word
     * ("ソフト<a>KeePass</a>の" reads "ソフト KeePass の"), and into nothing elsewhere.
     */
    static CharSequence resolveBoundaries(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != INLINE_BOUNDARY) {
                b.append(c);
                continue;
            }
            int next = i + 1;
            while (next < s.length() && s.charAt(next) == INLINE_BOUNDARY) {
                next++;
            }
            if (b.length() > 0 && next < s.length()) {
                char before = b.charAt(b.length() - 1);
                char after = s.charAt(next);
                if (isCjk(before) != isCjk(after) && Character.isLetterOrDigit(before)
                        && Character.isLetterOrDigit(after)) {
                    b.append(' ');
                }
            }
            i = next - 1;
        }
        return b;
    }

    /** Han and kana: scripts written without spaces between words (Korean spaces its words). */
    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** True for characters that separate words: ASCII and Unicode spaces, NBSP, line breaks. */
    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** True for invisible characters that carry no text: zero-width spaces and joiners, BOM, soft hyphen. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Collapses every run of whitespace (including NBSP) to one space, drops invisible characters, trims. */
    static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Length of a text once whitespace is collapsed, without building it. */
    static int normalizedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    n++;
                    space = false;
                }
                n++;
            }
        }
        return n;
    }

    /** Commas and their CJK and Arabic counterparts: a sign of running prose. */
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' || c == '\u3002') {
                n++;
            }
        }
        return n;
    }

    /** The normalised text of an element, stopping once {@code limit} characters are collected. */
    static String bounded(Element root, int limit) {
        StringBuilder b = new StringBuilder();
        Node node = root;
        int depth = 0;
        while (node != null && b.length() < limit * 2) {
            if (node instanceof TextNode t) {
                b.append(t.getWholeText()).append(' ');
            } else if (node instanceof Element e && (e.nameIs("br") || Tags.isBlock(e.normalName()))) {
                b.append(' ');
            }
            if (node.childNodeSize() > 0 && !(node instanceof Element e && Tags.isInvisible(e.normalName()))) {
                node = node.childNode(0);
                depth++;
            } else {
                while (node.nextSibling() == null && depth > 0) {
                    node = node.parentNode();
                    depth--;
                }
                if (node == root) {
                    break;
                }
                node = node.nextSibling();
            }
        }
        String text = normalize(b);
        return text.length() > limit ? text.substring(0, limit).strip() + "…" : text;
    }
}
