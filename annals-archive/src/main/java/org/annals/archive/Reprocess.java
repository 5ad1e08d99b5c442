package org.annals.archive;

import org.annals.model.AnalyzedArticle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-derives every stored article from the raw store with the current pipeline, a batch at a
 * time, each batch replacing its articles' rows in one transaction. An article whose raw bytes
 * are missing or whose new analysis fails keeps its old rows and is counted as a failure.
 */
public final class Reprocess {
    private final ArchiveWriter archive;
    private final ArticleProcessor processor;

    public Reprocess(ArchiveWriter archive, ArticleProcessor processor) {
        this.archive = archive;
        this.processor = processor;
    }

    /**
     * Runs over the whole archive, calling {@code progress} after each batch with the counts so far.
     *
     * @return articles reprocessed and articles that kept their old analysis
     */
    public Counts run(Consumer<Counts> progress) {
        String after = "";
        Counts counts = new Counts(0, 0);
        while (true) {
            List<ProcessedArticle> page = archive.storedAfter(after, Ingest.BATCH_ARTICLES);
            if (page.isEmpty()) {
                archive.flush();
                return counts;
            }
            List<ProcessedArticle> redone = new ArrayList<>();
            int failed = 0;
            for (ProcessedArticle old : page) {
                try {
                    byte[] payload = archive.raw().get(old.rawSha256());
                    AnalyzedArticle fresh = processor.process(old.document(payload));
                    redone.add(new ProcessedArticle(old.input(), old.rawSha256(), old.kind(), old.declaredCharset(),
                            old.containerTitle(), old.containerPublished(), old.truncated(), fresh));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    failed++;
                }
            }
            archive.replace(redone);
            counts = new Counts(counts.reprocessed() + redone.size(), counts.failed() + failed);
            progress.accept(counts);
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * @param reprocessed articles analysed anew
     * @param failed      articles that kept their old analysis
     */
    public record Counts(long reprocessed, long failed) {
    }
}
