package org.annals.bench;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;
import org.annals.resolve.ActorKnowledge;
import org.annals.resolve.EntityResolver;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.resolve.place.Gazetteer;
import org.annals.resolve.eval.EntityEvaluation;
import org.annals.resolve.eval.GoldArticle;
import org.annals.resolve.eval.Mismatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Entity quality of Annals (its fast CoreNLP tagger and {@link EntityResolver}) beside CoreNLP's
 * default English pipeline on the entity gold set, all articles and the held-out ones, with each
 * system's mismatches written to files for reading.
 *
 * <p>The default pipeline runs {@code tokenize,ssplit,pos,lemma,ner} with its default settings
 * (three CRFs, SUTime, numeric classifiers, fine-grained regexner, entity mentions); depparse is
 * left out because it changes no entity. Its mentions become entities as a user of it would get
 * them: one entity per distinct mention string and type. Fine-grained tags map to our types:
 * CITY, COUNTRY, STATE_OR_PROVINCE and LOCATION to LOCATION; ORGANIZATION; PERSON; MISC; the rest
 * (NATIONALITY, RELIGION, IDEOLOGY, TITLE, CRIMINAL_CHARGE, CAUSE_OF_DEATH, URL, EMAIL, numbers and
 * times) name no entity of ours and are dropped, as the gold does not mark demonyms or titles.
 * With {@code --coref} a third column adds CoreNLP's statistical coreference (with depparse) as a
 * stronger clustering baseline.
 *
 * <p>Usage: {@code EntityQualityComparison [--gold FILE] [--out DIR] [--knowledge CLASS] [--coref]};
 * {@code CLASS} names an {@link ActorKnowledge} with a public static {@code load()} method or a
 * public no-argument constructor (default: a small stand-in of country names, demonyms, capitals
 * and titles, until the bundled knowledge base is adapted).
 */
public final class EntityQualityComparison {
    private EntityQualityComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of("eval/entities/gold.jsonl");
        Path out = Path.of("annals-bench/target/entity-quality");
        String knowledgeClass = null;
        boolean coref = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--knowledge" -> knowledgeClass = args[++i];
                case "--coref" -> coref = true;
                default -> {
                    System.err.println("usage: EntityQualityComparison [--gold FILE] [--out DIR] [--knowledge CLASS] [--coref]");
                    System.exit(2);
                }
            }
        }
        ActorKnowledge knowledge = knowledgeClass == null ? new KnowledgeBaseActors(ActorKnowledgeBase.bundled())
                : loadKnowledge(knowledgeClass);
        System.out.print(compare(GoldArticle.readAll(gold), knowledge, coref, out));
    }

    /**
     * Runs every system on the gold articles and returns the report: the tables for all and for
     * held-out articles, timings, and mismatch counts; the mismatches themselves go to {@code out}.
     */
    public static String compare(List<GoldArticle> gold, ActorKnowledge knowledge, boolean coref, Path out)
            throws IOException {
        Map<String, Function<GoldArticle, List<Entity>>> systems = new LinkedHashMap<>();
        Map<String, Long> loadMillis = new HashMap<>();
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = CoreNlpAnnotator.load();
        EntityResolver resolver = new EntityResolver(knowledge, Gazetteer.bundled());
        loadMillis.put("Annals", (System.nanoTime() - t0) / 1_000_000);
        systems.put("Annals", a -> resolver.resolve(annotator.annotate(a.text()), a.published()));
        t0 = System.nanoTime();
        StanfordCoreNLP defaults = new StanfordCoreNLP(defaultProperties(false));
        loadMillis.put("CoreNLP default", (System.nanoTime() - t0) / 1_000_000);
        systems.put("CoreNLP default", a -> byName(annotate(defaults, a.text()), a.text()));
        if (coref) {
            t0 = System.nanoTime();
            StanfordCoreNLP withCoref = new StanfordCoreNLP(defaultProperties(true));
            loadMillis.put("CoreNLP + coref", (System.nanoTime() - t0) / 1_000_000);
            systems.put("CoreNLP + coref", a -> byCoref(annotate(withCoref, a.text()), a.text()));
        }

        Map<String, Map<String, List<Entity>>> outputs = new LinkedHashMap<>();
        Map<String, Long> runMillis = new LinkedHashMap<>();
        for (Map.Entry<String, Function<GoldArticle, List<Entity>>> s : systems.entrySet()) {
            s.getValue().apply(gold.get(0)); // one warm-up article, so lazy initialisation is not timed
            Map<String, List<Entity>> byArticle = new HashMap<>();
            long start = System.nanoTime();
            for (GoldArticle a : gold) {
                byArticle.put(a.id(), s.getValue().apply(a));
            }
            runMillis.put(s.getKey(), (System.nanoTime() - start) / 1_000_000);
            outputs.put(s.getKey(), byArticle);
        }

        StringBuilder report = new StringBuilder();
        Files.createDirectories(out);
        for (Map.Entry<String, Predicate<GoldArticle>> part : List.<Map.Entry<String, Predicate<GoldArticle>>>of(
                Map.entry("all articles", a -> true), Map.entry("held-out articles", GoldArticle::heldout),
                Map.entry("tuning articles", a -> !a.heldout()))) {
            Map<String, EntityEvaluation.Result> results = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, List<Entity>>> o : outputs.entrySet()) {
                results.put(o.getKey(), EntityEvaluation.evaluate(gold, o.getValue(), part.getValue()));
            }
            report.append("== ").append(part.getKey()).append('\n').append(EntityEvaluation.table(results)).append('\n');
            if (part.getKey().equals("all articles")) {
                for (Map.Entry<String, EntityEvaluation.Result> r : results.entrySet()) {
                    Path file = out.resolve(fileName(r.getKey()) + "-mismatches.txt");
                    Files.write(file, r.getValue().mismatches().stream().map(Mismatch::toString).toList());
                    report.append(String.format(Locale.ROOT, "%-16s mismatches %s -> %s%n", r.getKey(),
                            new TreeMap<>(r.getValue().mismatches().stream().collect(
                                    Collectors.groupingBy(Mismatch::kind, Collectors.counting()))), file));
                }
                report.append('\n');
            }
        }
        long words = gold.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
        for (String name : systems.keySet()) {
            report.append(String.format(Locale.ROOT, "%-16s load %6d ms, %d articles (%d words) in %6d ms%n", name,
                    loadMillis.get(name), gold.size(), words, runMillis.get(name)));
        }
        return report.toString();
    }

    private static String fileName(String system) {
        return system.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** CoreNLP's default English pipeline up to NER, optionally with statistical coreference. */
    static Properties defaultProperties(boolean coref) {
        Properties p = new Properties();
        p.setProperty("annotators", coref ? "tokenize,ssplit,pos,lemma,ner,depparse,coref" : "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.buildEntityMentions", "true");
        if (coref) {
            p.setProperty("coref.algorithm", "statistical");
        }
        return p;
    }

    private static Annotation annotate(StanfordCoreNLP pipeline, String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document;
    }

    /** Our type for a CoreNLP entity mention's tag, or null when it names no entity of ours. */
    static EntityType type(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    private record TypedMention(Span span, EntityType type) {
    }

    private static List<TypedMention> entityMentions(Annotation document) {
        List<TypedMention> out = new ArrayList<>();
        List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            EntityType type = type(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            if (type != null) {
                out.add(new TypedMention(new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), type));
            }
        }
        return out;
    }

    /** One entity per distinct mention string and type, as the default pipeline's user gets them. */
    private static List<Entity> byName(Annotation document, String text) {
        Map<String, List<Span>> groups = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (TypedMention m : entityMentions(document)) {
            String key = m.type() + "\t" + m.span().of(text);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m.span());
            types.put(key, m.type());
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> g : groups.entrySet()) {
            out.add(entity(out.size(), g.getKey().substring(g.getKey().indexOf('\t') + 1), types.get(g.getKey()), g.getValue()));
        }
        return out;
    }

    /**
     * Entity mentions grouped by CoreNLP's coreference chains: entity mentions of the chain's type
     * inside its mentions join, and so do its pronoun and nominal mentions; entity mentions in no
     * chain stay grouped by string.
     */
    private static List<Entity> byCoref(Annotation document, String text) {
        List<TypedMention> named = entityMentions(document);
        Map<Integer, CorefChain> chains = document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        Map<String, Integer> groupOf = new LinkedHashMap<>();
        Map<Integer, List<Span>> spans = new LinkedHashMap<>();
        Map<Integer, EntityType> types = new HashMap<>();
        Map<Integer, String> names = new HashMap<>();
        for (CorefChain chain : chains == null ? List.<CorefChain>of() : chains.values()) {
            List<Span> chainSpans = new ArrayList<>();
            List<Span> descriptions = new ArrayList<>();
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
                Span span = new Span(tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition());
                chainSpans.add(span);
                if (m.mentionType == Dictionaries.MentionType.PRONOMINAL || m.mentionType == Dictionaries.MentionType.NOMINAL) {
                    descriptions.add(span);
                }
            }
            List<TypedMention> contained = named.stream()
                    .filter(n -> chainSpans.stream().anyMatch(c -> c.contains(n.span()))).toList();
            if (contained.isEmpty()) {
                continue;
            }
            EntityType type = contained.get(0).type();
            List<TypedMention> inside = contained.stream().filter(n -> n.type() == type).toList();
            int id = chain.getChainID();
            types.put(id, type);
            names.put(id, inside.get(0).span().of(text));
            List<Span> mine = spans.computeIfAbsent(id, k -> new ArrayList<>());
            for (TypedMention n : inside) {
                groupOf.put(n.span().toString(), id);
                mine.add(n.span());
            }
            for (Span c : descriptions) {
                if (named.stream().noneMatch(n -> c.overlaps(n.span()))) {
                    mine.add(c);
                }
            }
        }
        Map<String, Integer> byString = new HashMap<>();
        int next = -1;
        for (TypedMention n : named) {
            if (groupOf.containsKey(n.span().toString())) {
                continue;
            }
            String key = n.type() + "\t" + n.span().of(text);
            Integer id = byString.get(key);
            if (id == null) {
                id = next--;
                byString.put(key, id);
                types.put(id, n.type());
                names.put(id, n.span().of(text));
            }
            spans.computeIfAbsent(id, k -> new ArrayList<>()).add(n.span());
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Span>> g : spans.entrySet()) {
            List<Span> sorted = g.getValue().stream().distinct().sorted().toList();
            out.add(entity(out.size(), names.get(g.getKey()), types.get(g.getKey()), sorted));
        }
        return out;
    }

    private static Entity entity(int index, String name, EntityType type, List<Span> mentions) {
        return new Entity("e" + (index + 1), name, type, null, null, List.of(), List.of(), mentions, null);
    }

    private static ActorKnowledge loadKnowledge(String className) throws ReflectiveOperationException {
        Class<?> c = Class.forName(className);
        try {
            return (ActorKnowledge) c.getMethod("load").invoke(null);
        } catch (NoSuchMethodException e) {
            return (ActorKnowledge) c.getConstructor().newInstance();
        }
    }

}
