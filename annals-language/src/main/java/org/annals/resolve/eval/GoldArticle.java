package org.annals.resolve.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article of the entity gold set: its text and the entities a reader would list, each with all
 * its mentions.
 *
 * @param id        stable id
 * @param published the day the article was published, against which roles are resolved
 * @param text      the article text; spans are UTF-16 offsets into it
 * @param heldout   whether the article is kept out of tuning and only measured
 * @param entities  the gold entities
 */
public record GoldArticle(String id, LocalDate published, String text, boolean heldout, List<GoldEntity> entities) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public GoldArticle {
        entities = List.copyOf(entities);
    }

    /**
     * Reads a gold file of one JSON object a line: {@code {"id","published","heldout","text",
     * "entities":[{"name","type","country","mentions":[[start,end],[start,end,"pron"|"nom"],…]}]}}.
     *
     * @throws IllegalArgumentException when a line is malformed, a span leaves the text or two
     *                                  mentions share a span
     */
    public static List<GoldArticle> readAll(Path gold) {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    try {
                        out.add(parse(MAPPER.readTree(line)));
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalArgumentException(gold + ":" + n + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold file " + gold, e);
        }
        return out;
    }

    private static GoldArticle parse(JsonNode node) {
        String text = node.path("text").asText();
        Set<Span> seen = new HashSet<>();
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            List<GoldMention> mentions = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                Span span = new Span(m.get(0).asInt(), m.get(1).asInt());
                if (span.end() > text.length() || !seen.add(span)) {
                    throw new IllegalArgumentException("bad or repeated span " + span + " of " + e.path("name").asText());
                }
                mentions.add(new GoldMention(span, MentionKind.ofMarker(m.size() > 2 ? m.get(2).asText() : null)));
            }
            JsonNode country = e.path("country");
            entities.add(new GoldEntity(e.path("name").asText(), EntityType.valueOf(e.path("type").asText()),
                    country.isTextual() ? country.asText() : null, mentions));
        }
        JsonNode published = node.path("published");
        return new GoldArticle(node.path("id").asText(),
                published.isTextual() ? LocalDate.parse(published.asText().substring(0, 10)) : null,
                text, node.path("heldout").asBoolean(false), entities);
    }
}
