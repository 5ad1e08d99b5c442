package org.annals.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.annals.model.Source;
import org.annals.model.SourceFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RSS or Atom feed with Rome: one document per entry, its full content
 * ({@code content:encoded}, Atom content) or else its description, as HTML.
 */
final class FeedSource {
    /** A feed is parsed whole, so it gets a bound of its own. */
    static final int MAX_FEED_BYTES = Sources.MAX_PAGE_BYTES * 4;
    /** Deeper feeds are refused: no real feed comes near, and Rome would recurse that deep. */
    static final int MAX_DEPTH = 500;

    private FeedSource() {
    }

    /** Hands one document per entry to the sink; returns how many entries had no body and were skipped. */
    static int read(Input input, DocumentSink sink) {
        Limits.Bounded bytes;
        try (InputStream in = input.openContent()) {
            bytes = Limits.readBounded(in, MAX_FEED_BYTES);
        } catch (IOException e) {
            sink.failure(new SourceFailure(input.name(), Limits.describe(e, input.gzip())));
            return 0;
        }
        if (bytes.cut()) {
            sink.failure(new SourceFailure(input.name(), "feed larger than " + MAX_FEED_BYTES + " bytes"));
            return 0;
        }
        if (nestingDepth(bytes.bytes()) > MAX_DEPTH) {
            // Rome copies entry content by recursion over the element tree.
            sink.failure(new SourceFailure(input.name(), "feed nested more than " + MAX_DEPTH + " elements deep"));
            return 0;
        }
        SyndFeed feed;
        try {
            // Doctypes stay disallowed (Rome's default): no entity expansion from hostile feeds.
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes.bytes()), true));
        } catch (FeedException | IOException | RuntimeException e) {
            sink.failure(new SourceFailure(input.name(), "broken feed: " + oneLine(e)));
            return 0;
        } catch (StackOverflowError e) {
            sink.failure(new SourceFailure(input.name(), "feed nested too deeply to read"));
            return 0;
        }
        // An article's number is its entry's position, so an entry without a body shifts no later id.
        int ordinal = 0;
        int skipped = 0;
        for (SyndEntry entry : feed.getEntries()) {
            ordinal++;
            SyndContent body = body(entry);
            if (body == null) {
                skipped++;
                continue;
            }
            String type = body.getType() == null ? "html" : body.getType().toLowerCase(Locale.ROOT);
            boolean plain = type.equals("text") || type.equals("text/plain");
            byte[] payload = body.getValue().getBytes(StandardCharsets.UTF_8);
            boolean cut = payload.length > Sources.MAX_PAGE_BYTES;
            if (cut) {
                payload = Limits.cutAtBoundary(java.util.Arrays.copyOf(payload, Sources.MAX_PAGE_BYTES));
            }
            sink.document(new SourceDocument(input.id(ordinal), new Source(uri(input, entry, ordinal),
                    SourceFormat.FEED, null), plain ? PayloadKind.CLEAN_TEXT : PayloadKind.HTML, payload, "UTF-8",
                    blankToNull(entry.getTitle()), iso(entry.getPublishedDate() != null
                    ? entry.getPublishedDate() : entry.getUpdatedDate()), cut));
        }
        return skipped;
    }

    /**
     * The deepest element nesting in the XML, from a scan of its tags (comments, CDATA,
     * declarations and processing instructions skipped); far cheaper than a parse.
     */
    static int nestingDepth(byte[] xml) {
        int depth = 0;
        int max = 0;
        int n = xml.length;
        for (int i = 0; i < n; i++) {
            if (xml[i] != '<' || i + 1 >= n) {
                continue;
            }
            byte next = xml[i + 1];
            if (next == '!' || next == '?') {
                i = skipMarkup(xml, i);
            } else if (next == '/') {
                depth = Math.max(0, depth - 1);
            } else {
                int close = indexOf(xml, (byte) '>', i);
                if (close < 0) {
                    break;
                }
                if (xml[close - 1] != '/') {
                    max = Math.max(max, ++depth);
                }
                i = close;
            }
        }
        return max;
    }

    private static int skipMarkup(byte[] xml, int at) {
        String end = startsWith(xml, at, "<!--") ? "-->" : startsWith(xml, at, "<![CDATA[") ? "]]>" : ">";
        for (int i = at + 2; i + end.length() <= xml.length; i++) {
            if (startsWith(xml, i, end)) {
                return i + end.length() - 1;
            }
        }
        return xml.length;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte wanted, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static SyndContent body(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        for (SyndContent c : contents) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return c;
            }
        }
        SyndContent d = entry.getDescription();
        return d != null && d.getValue() != null && !d.getValue().isBlank() ? d : null;
    }

    private static String uri(Input input, SyndEntry entry, int ordinal) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        if (entry.getUri() != null && !entry.getUri().isBlank()) {
            return entry.getUri().strip();
        }
        return input.name() + "#" + ordinal;
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.lines().findFirst().orElse("").strip();
    }
}
