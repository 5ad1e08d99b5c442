package org.annals.source;

import org.annals.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WarcSourceTest {
    @TempDir
    Path dir;

    static byte[] record(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + type.length() + ">\r\n"
                + "WARC-Date: 2024-05-17T06:10:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] http(String status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * warcinfo, request, response (HTML), metadata, resource (text), response (PNG), response
     * (redirect), DNS, conversion (text, as in WET files).
     */
    static byte[][] archive() {
        return new byte[][] {
            record("warcinfo", null, "application/warc-fields", utf8("software: hand-written\r\n")),
            record("request", "https://news.example.org/a", "application/http;msgtype=request",
                    utf8("GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n")),
            record("response", "https://news.example.org/a", "application/http;msgtype=response",
                    http("200 OK", "text/html; charset=windows-1251",
                            utf8("<html><body><p>Harbour reopens after storm</p></body></html>"))),
            record("metadata", "https://news.example.org/a", "application/warc-fields", utf8("via: x\r\n")),
            record("resource", "https://news.example.org/b.txt", "text/plain", utf8("Council meets on Monday.")),
            record("response", "https://news.example.org/logo.png", "application/http;msgtype=response",
                    http("200 OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})),
            record("response", "https://news.example.org/old", "application/http;msgtype=response",
                    http("301 Moved Permanently", "text/html", utf8("<a href=/a>moved</a>"))),
            record("response", "dns:news.example.org", "text/dns", utf8("20240517061000\nnews.example.org. 300 IN A 192.0.2.1\n")),
            record("conversion", "https://news.example.org/c", "text/plain", utf8("Ferry service resumes.")),
        };
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void responseAndResourceRecordsBecomeDocumentsOthersAreSkipped() throws IOException {
        byte[][] records = Arrays.stream(archive()).map(WarcSourceTest::gzip).toArray(byte[][]::new);
        Path file = write("crawl.warc.gz", records);

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).hasSize(3);
        SourceDocument html = c.documents.get(0);
        assertThat(html.id()).as("numbered by record").isEqualTo(Sources.sha256(Files.readAllBytes(file)) + "#3");
        assertThat(html.source().uri()).isEqualTo("https://news.example.org/a");
        assertThat(html.source().format()).isEqualTo(SourceFormat.WARC);
        assertThat(html.source().fetched()).isEqualTo("2024-05-17T06:10:00Z");
        assertThat(html.kind()).isEqualTo(PayloadKind.HTML);
        assertThat(html.declaredCharset()).isEqualTo("windows-1251");
        assertThat(c.payload(0)).contains("Harbour reopens");
        SourceDocument text = c.documents.get(1);
        assertThat(text.id()).endsWith("#5");
        assertThat(text.kind()).isEqualTo(PayloadKind.TEXT);
        assertThat(c.payload(1)).isEqualTo("Council meets on Monday.");
        assertThat(c.documents.get(2).id()).endsWith("#9");
        assertThat(c.payload(2)).isEqualTo("Ferry service resumes.");
        assertThat(c.stats.skipped()).isEqualTo(6);
    }

    @Test
    void robotsTxtIsCrawlerHousekeepingNotAnArticle() throws IOException {
        Path file = write("robots.warc", record("response", "https://news.example.org/robots.txt",
                "application/http;msgtype=response", http("200 OK", "text/plain", utf8("User-agent: *\nDisallow: /admin\n"))));

        assertThat(Collected.read(file.toString()).documents).isEmpty();
    }

    @Test
    void uncompressedWarcIsReadToo() throws IOException {
        Path file = write("crawl.warc", archive());

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).extracting(d -> d.source().uri())
                .containsExactly("https://news.example.org/a", "https://news.example.org/b.txt", "https://news.example.org/c");
    }

    @Test
    void brokenRecordGivesOneFailureAndTheGoodRecordsStillComeOut() throws IOException {
        byte[][] records = archive();
        String broken = new String(records[2], StandardCharsets.ISO_8859_1)
                .replace("WARC-Type: response\r\n", "WARC-Type response without a colon\r\n");
        records[2] = broken.getBytes(StandardCharsets.ISO_8859_1);
        for (String name : new String[] {"broken.warc.gz", "broken.warc"}) {
            boolean gz = name.endsWith(".gz");
            Path file = write(name, Arrays.stream(records).map(r -> gz ? gzip(r) : r).toArray(byte[][]::new));

            Collected c = Collected.read(file.toString());

            assertThat(c.documents).as(name).extracting(d -> d.source().uri())
                    .containsExactly("https://news.example.org/b.txt", "https://news.example.org/c");
            assertThat(c.failures).as(name).hasSize(1);
            assertThat(c.failures.get(0).input()).isEqualTo(file + "#3");
            assertThat(c.failures.get(0).problem()).startsWith("broken WARC record 3").doesNotContain("\n");
        }
    }

    @Test
    void undecodablePayloadIsOneFailureAndReadingGoesOn() throws IOException {
        byte[] body = utf8("this is not gzip data at all");
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[][] records = archive();
        records[2] = record("response", "https://news.example.org/a", "application/http;msgtype=response",
                SourcesTest.concat(http, body));
        Path file = write("bad-payload.warc.gz", Arrays.stream(records).map(WarcSourceTest::gzip).toArray(byte[][]::new));

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).extracting(d -> d.source().uri())
                .containsExactly("https://news.example.org/b.txt", "https://news.example.org/c");
        assertThat(c.failures).singleElement()
                .satisfies(f -> assertThat(f.problem()).startsWith("unreadable payload in WARC record 3"));
    }

    @Test
    void aRecordClaimingMoreBytesThanTheFileHoldsDoesNotHideTheRecordsAfterIt() throws IOException {
        byte[][] records = archive();
        String claim = new String(records[2], StandardCharsets.ISO_8859_1)
                .replaceFirst("Content-Length: \\d+", "Content-Length: 10737418240");
        records[2] = claim.getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("claims.warc", records);

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).extracting(d -> d.source().uri())
                .containsExactly("https://news.example.org/b.txt", "https://news.example.org/c");
        assertThat(c.failures).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(file + "#3");
            assertThat(f.problem()).contains("claims 10737418240 bytes").doesNotContain("\n");
        });
    }

    @Test
    void truncatedWarcGzKeepsWhatWasRead() throws IOException {
        byte[][] records = Arrays.stream(archive()).map(WarcSourceTest::gzip).toArray(byte[][]::new);
        byte[] last = records[4];
        records[4] = Arrays.copyOf(last, last.length / 2);
        Path file = write("cut.warc.gz", Arrays.copyOf(records, 5));

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).extracting(d -> d.source().uri()).containsExactly("https://news.example.org/a");
        assertThat(c.failures).hasSize(1);
        assertThat(c.failures.get(0).problem()).contains("record 5");
    }

    @Test
    void crawlerIdentifiedPayloadTypeIsUsedWhenTheServerSaidNothing() throws IOException {
        String header = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:0b7f3b6e-1c1a-4c5e-9a43-3f0e2b7d9a11>\r\n"
                + "WARC-Date: 2024-05-17T06:10:00Z\r\nWARC-Target-URI: https://news.example.org/d\r\n"
                + "WARC-Identified-Payload-Type: text/html\r\nContent-Type: application/octet-stream\r\n";
        byte[] block = utf8("Plain words <b>in</b> markup");
        byte[] rec = SourcesTest.concat((header + "Content-Length: " + block.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), SourcesTest.concat(block, utf8("\r\n\r\n")));
        Path file = write("identified.warc", rec);

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(PayloadKind.HTML));
    }

    @Test
    void payloadWithoutContentTypeIsSniffed() {
        byte[] html = utf8("<!doctype html><title>t</title><p>Body</p>");
        assertThat(WarcSource.kind(null, html)).isEqualTo(PayloadKind.HTML);
        assertThat(WarcSource.kind(null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4})).isNull();
        assertThat(WarcSource.kind(org.netpreserve.jwarc.MediaType.parse("application/pdf"), html)).isNull();
    }

    @Test
    void pageOverTheLimitIsCutAndMarked() throws IOException {
        byte[] big = new byte[Sources.MAX_PAGE_BYTES + 1000];
        Arrays.fill(big, (byte) 'a');
        for (int i = 80; i < big.length; i += 81) {
            big[i] = '\n';
        }
        Path file = write("big.warc.gz", gzip(record("resource", "https://news.example.org/big", "text/plain", big)));

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).hasSize(1);
        assertThat(c.documents.get(0).truncated()).isTrue();
        assertThat(c.documents.get(0).payload().length).isLessThanOrEqualTo(Sources.MAX_PAGE_BYTES);
    }
}
