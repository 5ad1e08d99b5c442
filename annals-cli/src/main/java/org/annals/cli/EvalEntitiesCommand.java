package org.annals.cli;

import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.resolve.EntityResolver;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.eval.EntityEvaluation;
import org.annals.resolve.eval.GoldArticle;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.resolve.place.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code annals eval entities}: entity mentions, clusters and countries against annotated articles. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Score entities (mention spans and types, clusters, countries) against a gold JSON Lines file "
                + "(default: eval/entities/gold.jsonl).")
final class EvalEntitiesCommand extends BaseCommand {
    static final String DEFAULT_GOLD = "eval/entities/gold.jsonl";

    @Mixin
    GoldOptions options;

    @Override
    public Integer call() {
        Path gold = options.gold(DEFAULT_GOLD);
        if (!Files.isRegularFile(gold)) {
            error(gold.toString(), "no such file");
            return ExitCode.INPUT_FAILED;
        }
        List<GoldArticle> articles;
        try {
            articles = GoldArticle.readAll(gold);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return unreadable(gold, e);
        }
        CoreNlpAnnotator annotator;
        try {
            annotator = CoreNlpAnnotator.load();
        } catch (AnnotatorUnavailableException e) {
            error("models", e.getMessage());
            return ExitCode.INTERNAL;
        }
        EntityResolver resolver = new EntityResolver(new KnowledgeBaseActors(ActorKnowledgeBase.bundled()),
                Gazetteer.bundled());
        Map<String, EntityEvaluation.Result> results = new LinkedHashMap<>();
        results.put("all", EntityEvaluation.evaluate(articles,
                a -> resolver.resolve(annotator.annotate(a.text()), a.published())));
        results.put("heldout", EntityEvaluation.evaluate(articles.stream().filter(GoldArticle::heldout).toList(),
                a -> resolver.resolve(annotator.annotate(a.text()), a.published())));
        out().print(EntityEvaluation.table(results));
        results.get("all").mismatches().stream().limit(options.mismatches).forEach(m -> out().println(m));
        return ExitCode.OK;
    }
}
