package org.annals.source;

import org.annals.model.Source;
import org.annals.model.SourceFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a WARC or WARC.gz file with jwarc, one record at a time: every response and resource
 * record holding an HTML or text page becomes a document; other records are skipped. A broken
 * record becomes one failure, and reading goes on at the next record that can be found.
 */
final class WarcSource {
    private WarcSource() {
    }

    /** What became of one record. */
    private enum Verdict { DOCUMENT, SKIPPED }

    /** Hands one document per page record to the sink; returns how many records were skipped. */
    static int read(Input input, DocumentSink sink) {
        int skipped = 0;
        int recordNumber = 0;
        try (FileChannel channel = FileChannel.open(input.path()); WarcReader reader = new WarcReader(channel)) {
            reader.onWarning(warning -> { });
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long resumedAt = 0;
            while (true) {
                recordNumber++;
                try {
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        break;
                    }
                    long claimed = declaredLength(record.get());
                    if (!gzip && reader.position() + claimed > channel.size()) {
                        // The reader would skip that length and find the end of the file, silently
                        // dropping every record after this one: resync instead.
                        long at = Math.max(reader.position(), resumedAt);
                        long next = nextRecordStart(input, at, false);
                        sink.failure(new SourceFailure(input.name() + "#" + recordNumber, "WARC record "
                                + recordNumber + " at byte " + at + " claims " + claimed
                                + " bytes, past the end of the file" + (next < 0
                                ? "; no later record found, stopped reading" : "; skipped")));
                        if (next < 0) {
                            break;
                        }
                        reader.position(next);
                        resumedAt = next;
                        continue;
                    }
                    Verdict verdict;
                    try {
                        // The article's number is its record's, so a broken record shifts no later id.
                        verdict = page(input, record.get(), recordNumber, sink);
                    } catch (IOException | RuntimeException e) {
                        // The record's framing is sound, only its HTTP message or payload is not:
                        // the reader goes on with the next record by itself.
                        sink.failure(new SourceFailure(input.name() + "#" + recordNumber,
                                "unreadable payload in WARC record " + recordNumber + " (" + summary(e) + "); skipped"));
                        continue;
                    }
                    if (verdict == Verdict.SKIPPED) {
                        skipped++;
                    }
                } catch (IOException | RuntimeException e) {
                    // Resume strictly after the last resync point, so a hopeless file cannot loop.
                    long broken = Math.max(reader.position(), resumedAt);
                    long next = nextRecordStart(input, broken, gzip);
                    String problem = "broken WARC record " + recordNumber + " at byte " + broken + " ("
                            + summary(e) + ")" + (next < 0 ? "; no later record found, stopped reading" : "; skipped");
                    sink.failure(new SourceFailure(input.name() + "#" + recordNumber, problem));
                    if (next < 0) {
                        break;
                    }
                    reader.position(next);
                    resumedAt = next;
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.failure(new SourceFailure(input.name(), "cannot read WARC: " + summary(e)));
        }
        return skipped;
    }

    private static Verdict page(Input input, WarcRecord record, int ordinal, DocumentSink sink) throws IOException {
        MessageBody body;
        MediaType type;
        if (record instanceof WarcResponse response && isHttp(record.contentType())) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return Verdict.SKIPPED;
            }
            type = http.contentType();
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource || record instanceof WarcConversion || record instanceof WarcResponse) {
            // Resources, conversions (the text of Common Crawl's WET files), and responses of other
            // protocols (a crawler's DNS lookups): the block is the payload.
            type = record.contentType();
            body = record.body();
        } else {
            return Verdict.SKIPPED;
        }
        if (isRobotsFile(((WarcTargetRecord) record).target())) {
            return Verdict.SKIPPED;
        }
        Limits.Bounded payload;
        try (InputStream in = body.stream()) {
            payload = Limits.readBounded(in, Sources.MAX_PAGE_BYTES);
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        if (type == null || isUnknown(type)) {
            // The crawler may have sniffed what the server did not say.
            type = target.identifiedPayloadType().orElse(type);
        }
        PayloadKind kind = kind(type, payload.bytes());
        if (kind == null || payload.bytes().length == 0) {
            return Verdict.SKIPPED;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        boolean truncated = payload.cut() || record.truncated() != WarcTruncationReason.NOT_TRUNCATED;
        Source source = new Source(target.target(), SourceFormat.WARC,
                record.date() == null ? null : record.date().toString());
        sink.document(new SourceDocument(input.id(ordinal), source, kind, payload.bytes(), charset, null, null,
                truncated));
        return Verdict.DOCUMENT;
    }

    /** The record's Content-Length, 0 when absent or unreadable (the reader then fails on its own). */
    private static long declaredLength(WarcRecord record) {
        try {
            return record.headers().sole("Content-Length").map(Long::parseLong).orElse(0L);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Crawlers fetch every site's robots.txt (RFC 9309) before its pages; it is never an article. */
    static boolean isRobotsFile(String uri) {
        if (uri == null) {
            return false;
        }
        String path = uri.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        return path.endsWith("/robots.txt");
    }

    private static boolean isUnknown(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("/") || base.equals("application/octet-stream") || base.startsWith("unknown/")
                || base.equals("application/x-unknown");
    }

    private static boolean isHttp(MediaType type) {
        return type != null && type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    /** HTML or text by the declared media type, or by the bytes when none is given; null for anything else. */
    static PayloadKind kind(MediaType type, byte[] bytes) {
        String base = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return PayloadKind.HTML;
        }
        if (base.equals("text/plain")) {
            return PayloadKind.TEXT;
        }
        if (type == null || isUnknown(type)) {
            return switch (FormatSniffer.sniff(bytes, true, "")) {
                case HTML -> PayloadKind.HTML;
                case TEXT -> PayloadKind.TEXT;
                default -> null;
            };
        }
        return null;
    }

    /**
     * The offset of the first record start after {@code broken}: the next gzip member in a
     * compressed file, the next {@code WARC/} line otherwise; -1 when there is none.
     */
    private static long nextRecordStart(Input input, long broken, boolean gzip) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input.path()), 65536)) {
            long skip = broken + 1;
            in.skipNBytes(skip);
            long pos = skip;
            int b;
            byte[] marker = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int matched = 0;
            while ((b = in.read()) >= 0) {
                if (b == (marker[matched] & 0xff)) {
                    matched++;
                    if (matched == marker.length) {
                        return gzip ? pos - marker.length + 1 : pos - marker.length + 2;
                    }
                } else {
                    matched = b == (marker[0] & 0xff) ? 1 : 0;
                }
                pos++;
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String summary(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = msg.indexOf(": ");
        msg = (cut > 0 && msg.startsWith("invalid WARC record") ? msg.substring(0, cut) : msg).replaceAll("\\s+", " ");
        return msg.length() > 160 ? msg.substring(0, 160) + "…" : msg;
    }
}
