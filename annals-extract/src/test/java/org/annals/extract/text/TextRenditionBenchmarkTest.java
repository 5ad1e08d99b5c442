package org.annals.extract.text;

import org.annals.extract.eval.ExtractionBenchmark;
import org.annals.extract.eval.ShingleScore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the text extractor on plain-text renditions of the article-extraction-benchmark pages (each block
 * element a line, as a scraper that keeps only text prints them), scored against the marked bodies with the
 * benchmark's shingle score. Opt-in, as it takes seconds: {@code -Dannals.bench=true}.
 */
class TextRenditionBenchmarkTest {
    /** Well above keeping every line (F1 0.67), a little below what the extractor measured when this was written. */
    private static final double FLOOR_F1 = 0.85;

    @Test
    void extractorBeatsKeepingEveryLine() throws IOException {
        assumeTrue(Boolean.getBoolean("annals.bench"), "opt-in: -Dannals.bench=true");
        Path dir = Path.of(System.getProperty("annals.shared", "../shared"), "data", "article-extraction-benchmark");
        assumeTrue(Files.isDirectory(dir), "benchmark data absent");
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.load(dir);
        TextPageExtractor extractor = new TextPageExtractor();
        double precision = 0;
        double recall = 0;
        for (ExtractionBenchmark.Page page : pages) {
            String text = rendition(new String(page.html(), StandardCharsets.UTF_8));
            ShingleScore score = ShingleScore.of(page.goldBody(), extractor.extract(text, page.url()).text());
            precision += score.precision();
            recall += score.recall();
        }
        precision /= pages.size();
        recall /= pages.size();
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("text extractor on %d text renditions: P %.3f R %.3f F1 %.3f%n", pages.size(), precision, recall, f1);
        assertThat(f1).isGreaterThan(FLOOR_F1);
    }

    /** The page's text with a line break at every block element, scripts and styles left out. */
    private static String rendition(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, svg, iframe").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString();
    }
}
