package org.annals.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Reads and writes articles as the one-line JSON objects of the contract: extracted articles with
 * the extraction fields, analysed ones with the language layers after them.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ArticleJson() {
    }

    /**
     * The article as one line of JSON (no line breaks; those inside strings are escaped). Unpaired
     * surrogates, which pages can smuggle in as character references, become U+FFFD so the line
     * is always valid UTF-8.
     */
    public static String toJsonLine(Article article) {
        try {
            return wellFormed(MAPPER.writeValueAsString(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + article.id(), e);
        }
    }

    /** The analysed article as one line of JSON: the article's fields, then the language layers. */
    public static String toJsonLine(AnalyzedArticle analyzed) {
        ObjectNode node = MAPPER.valueToTree(analyzed.article());
        node.set("sentences", MAPPER.valueToTree(analyzed.sentences()));
        node.set("entities", MAPPER.valueToTree(analyzed.entities()));
        node.set("times", MAPPER.valueToTree(analyzed.times()));
        node.set("quotes", MAPPER.valueToTree(analyzed.quotes()));
        node.set("events", MAPPER.valueToTree(analyzed.events()));
        node.set("notes", MAPPER.valueToTree(analyzed.notes()));
        try {
            return wellFormed(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + analyzed.article().id(), e);
        }
    }

    /**
     * Parses one line written by either {@code toJsonLine}; layers absent from the line (an
     * extracted article) come back empty.
     */
    public static AnalyzedArticle analyzedFromJson(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not an article JSON object");
            }
            Article article = MAPPER.treeToValue(node, Article.class);
            return new AnalyzedArticle(article,
                    layer(node, "sentences", Span.class), layer(node, "entities", Entity.class),
                    layer(node, "times", TimeExpression.class), layer(node, "quotes", Quote.class),
                    layer(node, "events", Event.class), layer(node, "notes", AnalysisNote.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an article JSON object: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> layer(JsonNode node, String field, Class<T> type) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        return MAPPER.convertValue(value, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    }

    static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Parses one line written by {@link #toJsonLine(Article)}. */
    public static Article fromJson(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an article JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
