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
