package org.annals.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes articles as the one-line JSON objects of the contract. */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ArticleJson() {
    }

    /** The article as one line of JSON (no line breaks; those inside strings are escaped). */
    public static String toJsonLine(Article article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + article.id(), e);
        }
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
