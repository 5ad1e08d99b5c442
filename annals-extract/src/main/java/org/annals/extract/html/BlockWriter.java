package org.annals.extract.html;

import org.annals.extract.PageInterruptedException;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Cuts the text of chosen elements into paragraphs at block boundaries and line breaks. */
final class BlockWriter {
    /** One paragraph: its normalised text, how much of it is link text, and the tag of its block. */
    record Block(String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
        }

        boolean heading() {
            return Tags.isHeading(tag);
        }
    }

    private BlockWriter() {
    }

    /** The paragraphs of the given elements, in order. */
    static List<Block> write(List<Element> roots) {
        List<Block> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int[] link = {0};
        int[] linkDepth = {0};
        Deque<String> blocks = new ArrayDeque<>();
        for (Element root : roots) {
            blocks.clear();
            blocks.push(root.normalName());
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    PageInterruptedException.checkInterrupted();
                    if (node instanceof TextNode t) {
                        String s = t.getWholeText();
                        int before = buf.length();
                        buf.append(s);
                        if (linkDepth[0] > 0) {
                            link[0] += buf.length() - before;
                        }
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("br") || tag.equals("hr")) {
                            flush(out, buf, link, blocks.peek());
                        } else if (tag.equals("td") || tag.equals("th")) {
                            buf.append(' ');
                        } else if (Tags.isBlock(tag)) {
                            flush(out, buf, link, blocks.peek());
                            blocks.push(tag);
                        } else if (tag.equals("a")) {
                            linkDepth[0]++;
                            buf.append(Texts.INLINE_BOUNDARY);
                        } else if (Tags.isInline(tag)) {
                            buf.append(Texts.INLINE_BOUNDARY);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("td") || tag.equals("th")) {
                            buf.append(' ');
                        } else if (Tags.isBlock(tag) && !tag.equals("hr")) {
                            flush(out, buf, link, blocks.peek());
                            if (blocks.size() > 1) {
                                blocks.pop();
                            }
                        } else if (tag.equals("a")) {
                            linkDepth[0]--;
                            buf.append(Texts.INLINE_BOUNDARY);
                        } else if (Tags.isInline(tag)) {
                            buf.append(Texts.INLINE_BOUNDARY);
                        }
                    }
                }
            }, root);
            flush(out, buf, link, root.normalName());
            linkDepth[0] = 0;
        }
        return out;
    }

    private static void flush(List<Block> out, StringBuilder buf, int[] link, String tag) {
        if (buf.length() > 0) {
            String text = Texts.normalize(Texts.resolveBoundaries(buf));
            if (!text.isEmpty()) {
                int linkChars = Math.min(link[0], text.length());
                out.add(new Block(text, linkChars, tag == null ? "div" : tag));
            }
        }
        buf.setLength(0);
        link[0] = 0;
    }
}
