package org.annals.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.annals.annotate.AnnotatedText;
import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.annotate.DependencyParse;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Part-of-speech tags, lemmas and a Universal Dependencies parse for chosen sentences of an
 * already tokenised text. Parsing costs about ten times what tokenising and NER cost, so callers
 * parse only sentences that may hold an event; sentences longer than {@link #MAX_TOKENS} tokens
 * (flattened tables, lists) are not parsed at all, and each parse has a time limit. Thread-safe.
 */
public final class CoreNlpParser {
    /** Sentences with more tokens than this are left unparsed. */
    public static final int MAX_TOKENS = 150;
    static final String TIMEOUT_MS = "3000";

    private final StanfordCoreNLP pipeline;

    private CoreNlpParser(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the tagger and parser models; fails with {@link AnnotatorUnavailableException} when they cannot be read. */
    public static CoreNlpParser load() {
        try {
            return new CoreNlpParser(new StanfordCoreNLP(properties()));
        } catch (RuntimeException | LinkageError e) {
            throw new AnnotatorUnavailableException("cannot load the CoreNLP tagger and parser: " + e.getMessage(), e);
        }
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,depparse");
        // The tokens come from CoreNlpAnnotator; the tokenizer and splitter are not run again.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("pos.maxlen", Integer.toString(MAX_TOKENS));
        p.setProperty("depparse.sentenceTimeout", TIMEOUT_MS);
        return p;
    }

    /**
     * Parses the given sentences of {@code text}; the answer holds one entry per sentence, in
     * order, empty when the sentence was too long or the parser failed on it.
     */
    public List<Optional<DependencyParse>> parse(AnnotatedText text, List<Sentence> sentences) {
        List<CoreMap> maps = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int n = s.endToken() - s.firstToken();
            if (n > 0 && n <= MAX_TOKENS) {
                maps.add(sentenceMap(text.tokens(s), maps.size()));
                positions.add(k);
            }
        }
        List<Optional<DependencyParse>> out = new ArrayList<>(Collections.nCopies(sentences.size(), Optional.empty()));
        if (maps.isEmpty()) {
            return out;
        }
        try {
            annotate(text.text(), maps);
        } catch (RuntimeException batchFailed) {
            // One bad sentence must not cost the others: parse them one at a time.
            for (CoreMap m : maps) {
                try {
                    annotate(text.text(), List.of(m));
                } catch (RuntimeException e) {
                    m.remove(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                }
            }
        }
        for (int i = 0; i < maps.size(); i++) {
            int k = positions.get(i);
            out.set(k, read(maps.get(i), sentences.get(k).firstToken()));
        }
        return out;
    }

    private void annotate(String text, List<CoreMap> maps) {
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.SentencesAnnotation.class, maps);
        pipeline.annotate(document);
    }

    private static CoreMap sentenceMap(List<Token> tokens, int sentenceIndex) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setValue(t.text());
            label.setOriginalText(t.text());
            label.setBeginPosition(t.start());
            label.setEndPosition(t.end());
            label.setIndex(i + 1);
            label.setSentIndex(sentenceIndex);
            labels.add(label);
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        map.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
        return map;
    }

    /** The parse in our record, or empty when the parser gave up (time limit) or left tokens out of the tree. */
    private static Optional<DependencyParse> read(CoreMap map, int firstToken) {
        SemanticGraph graph = map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
        if (graph == null || graph.size() != labels.size()) {
            return Optional.empty();
        }
        int n = labels.size();
        List<String> tags = new ArrayList<>(n);
        List<String> lemmas = new ArrayList<>(n);
        for (CoreLabel label : labels) {
            tags.add(label.tag() == null ? "" : label.tag());
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            lemmas.add(lemma.toLowerCase(Locale.ROOT));
        }
        Integer[] heads = new Integer[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int dependent = edge.getDependent().index() - 1;
            heads[dependent] = edge.getGovernor().index() - 1;
            relations[dependent] = edge.getRelation().toString();
        }
        for (IndexedWord root : graph.getRoots()) {
            relations[root.index() - 1] = "root";
        }
        return Optional.of(new DependencyParse(firstToken, tags, lemmas, Arrays.asList(heads), Arrays.asList(relations)));
    }
}
