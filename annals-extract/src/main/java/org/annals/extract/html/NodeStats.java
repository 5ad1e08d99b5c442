package org.annals.extract.html;

import org.annals.extract.PageInterruptedException;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element of a tree, computed in one iterative pass: total and linked text
 * length, commas, and the "own paragraph" text that a block holds outside its child blocks.
 */
final class NodeStats {
    /** Measures of one element; mutable only while the pass runs. */
    static final class Stats {
        int text;
        int linkText;
        int commas;
        int paragraphs;
        /** Text of paragraphs that read as prose: long enough and mostly unlinked. */
        int prose;
        /** Text directly inside this block, not inside a child block. */
        int ownText;
        int ownLinkText;
        int ownCommas;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }

        double ownLinkDensity() {
            return ownText == 0 ? 0 : (double) ownLinkText / ownText;
        }
    }

    private static final Stats EMPTY = new Stats();

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    private NodeStats() {
    }

    /** Measures every element under (and including) root. */
    static NodeStats measure(Element root) {
        NodeStats ns = new NodeStats();
        Deque<Element> blocks = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] hiddenDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                PageInterruptedException.checkInterrupted();
                if (node instanceof Element e) {
                    ns.stats.put(e, new Stats());
                    if (Tags.isBlock(e.normalName())) {
                        blocks.push(e);
                    }
                    if (e.nameIs("a")) {
                        linkDepth[0]++;
                    }
                    if (Tags.isInvisible(e.normalName())) {
                        hiddenDepth[0]++;
                    }
                } else if (node instanceof TextNode t && !blocks.isEmpty() && hiddenDepth[0] == 0) {
                    String s = t.getWholeText();
                    int len = Texts.normalizedLength(s);
                    if (len == 0) {
                        return;
                    }
                    Stats parent = ns.stats.get(t.parent() != null ? t.parent() : blocks.peek());
                    Stats block = ns.stats.get(blocks.peek());
                    int commas = Texts.commas(s);
                    // Adjacent text nodes are separated by a space once joined.
                    len++;
                    if (parent != null) {
                        parent.text += len;
                        parent.commas += commas;
                        if (linkDepth[0] > 0) {
                            parent.linkText += len;
                        }
                    }
                    block.ownText += len;
                    block.ownCommas += commas;
                    if (linkDepth[0] > 0) {
                        block.ownLinkText += len;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stats s = ns.stats.get(e);
                if (e.nameIs("a")) {
                    linkDepth[0]--;
                }
                if (Tags.isBlock(e.normalName()) && !blocks.isEmpty() && blocks.peek() == e) {
                    blocks.pop();
                    if (s.ownText >= 25 && !Tags.isHeading(e.normalName())) {
                        s.paragraphs++;
                        if (s.ownLinkDensity() < 0.3) {
                            s.prose += s.ownText;
                        }
                    }
                }
                if (Tags.isInvisible(e.normalName())) {
                    hiddenDepth[0]--;
                }
                Element parent = e.parent();
                Stats p = parent == null ? null : ns.stats.get(parent);
                if (p != null) {
                    p.text += s.text;
                    p.linkText += s.linkText;
                    p.commas += s.commas;
                    p.paragraphs += s.paragraphs;
                    p.prose += s.prose;
                }
            }
        }, root);
        return ns;
    }

    /** The measures of an element; zero for elements outside the measured tree. */
    Stats of(Element e) {
        Stats s = stats.get(e);
        return s == null ? EMPTY : s;
    }
}
