package org.annals.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.annals.annotate.AnnotatedText;
import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.annotate.LanguageAnnotator;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * English sentences, tokens and named entities from Stanford CoreNLP, configured for news and
 * speed: the 3-class CRF alone, without part-of-speech tags, SUTime, numeric classifiers or the
 * fine-grained regex layer. On the 181 benchmark articles this finds the default pipeline's
 * PERSON and ORGANIZATION mentions (F1 1.00 / 0.995) at about 50 times its speed; times are read
 * by Annals' own tagger. The pipeline is thread-safe: one instance serves every worker.
 */
public final class CoreNlpAnnotator implements LanguageAnnotator {
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    private CoreNlpAnnotator(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models; fails with {@link AnnotatorUnavailableException} when they cannot be read. */
    public static CoreNlpAnnotator load() {
        return load(NER_MODEL);
    }

    static CoreNlpAnnotator load(String nerModel) {
        try {
            return new CoreNlpAnnotator(new StanfordCoreNLP(properties(nerModel)));
        } catch (RuntimeException | LinkageError e) {
            throw new AnnotatorUnavailableException("cannot load the CoreNLP English models (" + nerModel + "): "
                    + e.getMessage(), e);
        }
    }

    static Properties properties(String nerModel) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        // ner declares POS as a requirement only for the rule layers switched off below.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        // Paragraphs are separated by a blank line; a headline or list item without a full stop ends there.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", nerModel);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // A sentence of thousands of tokens (a table or a list flattened into prose) is not tagged.
        p.setProperty("ner.maxlen", "400");
        return p;
    }

    @Override
    public boolean reads(String language) {
        return "en".equals(language);
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<NamedMention> mentions = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(label.word(), label.beginPosition(), label.endPosition(), type(label.ner())));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()),
                        first, tokens.size()));
                addMentions(text, tokens, first, tokens.size(), mentions);
            }
        }
        return new AnnotatedText(text, sentences, tokens, mentions);
    }

    /**
     * Runs of tokens with the same class make one mention, as CoreNLP's entity mentions do for one
     * CRF; a line break ends a run, since a name never spans a headline and the line after it.
     */
    private static void addMentions(String text, List<Token> tokens, int from, int to, List<NamedMention> out) {
        int i = from;
        while (i < to) {
            EntityType type = tokens.get(i).ner();
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && tokens.get(j).ner() == type
                    && !lineBreakBetween(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
                j++;
            }
            out.add(new NamedMention(new Span(tokens.get(i).start(), tokens.get(j - 1).end()), type, i, j));
            i = j;
        }
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static EntityType type(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
