package org.annals.cli;

import org.annals.extract.ArticleExtractor;
import org.annals.extract.eval.BenchmarkResult;
import org.annals.extract.eval.ExtractionBenchmark;
import org.annals.extract.eval.ShingleScore;
import org.annals.model.Article;
import org.annals.model.Source;
import org.annals.model.SourceFormat;
import org.annals.source.PayloadKind;
import org.annals.source.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code annals eval extraction}: the article-extraction-benchmark's metric on Annals' extractor. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score HTML extraction on an article-extraction-benchmark folder: P, R, F1 and pages/s.")
final class EvalExtractionCommand extends BaseCommand {
    @Option(names = "--benchmark", required = true, paramLabel = "DIR",
            description = "Folder with ground-truth.json and html/ID.html.gz.")
    Path benchmark;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N",
            description = "Also list the N pages with the lowest F1.")
    int worst;

    @Override
    public Integer call() {
        List<ExtractionBenchmark.Page> pages;
        try {
            pages = ExtractionBenchmark.load(benchmark);
        } catch (IOException e) {
            error(benchmark.toString(), e.getMessage());
            return ExitCode.INPUT_FAILED;
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        List<ShingleScore> scores = new ArrayList<>();
        List<String[]> perPage = new ArrayList<>();
        long start = System.nanoTime();
        for (ExtractionBenchmark.Page page : pages) {
            SourceDocument doc = new SourceDocument(page.id(), new Source(page.url(), SourceFormat.HTML, null),
                    PayloadKind.HTML, page.html(), null, null, null);
            Article article = extractor.extract(doc);
            ShingleScore score = ShingleScore.of(page.goldBody(), article.text());
            scores.add(score);
            double p = score.precision();
            double r = score.recall();
            perPage.add(new String[]{page.id(), String.valueOf(p + r == 0 ? 0 : 2 * p * r / (p + r)),
                    fmt(p), fmt(r)});
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchmarkResult result = BenchmarkResult.of(scores);
        out().printf(Locale.ROOT, "pages=%d precision=%.4f recall=%.4f F1=%.4f pages/s=%.1f%n",
                result.pages(), result.precision(), result.recall(), result.f1(), pages.size() / seconds);
        if (worst > 0) {
            perPage.stream().sorted(Comparator.comparingDouble(a -> Double.parseDouble(a[1]))).limit(worst)
                    .forEach(a -> out().printf(Locale.ROOT, "%s F1=%.3f P=%s R=%s%n", a[0],
                            Double.parseDouble(a[1]), a[2], a[3]));
        }
        return ExitCode.OK;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
