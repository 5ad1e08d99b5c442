package org.annals.annotate.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases that attribute speech ("said", "pointed out", "according to"), read from a
 * data file of one cue per line with all its inflected forms and the frames its content takes.
 */
public final class SpeechCueLexicon {
    /** How the content of a cue follows it. */
    public enum Frame {
        /** A that-clause may follow, after adverbials. */
        THAT,
        /** An object may come between the cue and its that-clause ("told reporters that"). */
        OBJECT,
        /** A clause may follow without "that". */
        BARE,
        /** Whatever follows is the content ("called for a ceasefire"). */
        NP,
        /** The speaker follows the cue; the content is across a comma ("according to X, ..."). */
        SOURCE
    }

    /**
     * One cue found in a run of words.
     *
     * @param length how many words the cue takes
     * @param frames how its content may follow
     */
    public record Match(int length, Set<Frame> frames) {
        public Match {
            frames = Set.copyOf(frames);
        }
    }

    private record Entry(String[] words, Set<Frame> frames) {
    }

    private static final SpeechCueLexicon STANDARD = read(SpeechCueLexicon.class.getResourceAsStream("speech-cues.txt"));

    /** Cue phrases by their first word, longest first. */
    private final Map<String, List<Entry>> byFirstWord;

    private SpeechCueLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** The lexicon shipped with Annals ({@code speech-cues.txt} beside this class). */
    public static SpeechCueLexicon standard() {
        return STANDARD;
    }

    /** A lexicon from lines in the data file's format: {@code form | form … : frame frame …}; '#' starts a comment. */
    public static SpeechCueLexicon of(List<String> lines) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("speech cue without frames: " + line);
            }
            EnumSet<Frame> frames = EnumSet.noneOf(Frame.class);
            for (String f : line.substring(colon + 1).trim().split("\\s+")) {
                frames.add(Frame.valueOf(f.toUpperCase(Locale.ROOT)));
            }
            for (String form : line.substring(0, colon).split("\\|")) {
                String[] words = form.trim().toLowerCase(Locale.ROOT).split("\\s+");
                map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, frames));
            }
        }
        map.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt((Entry e) -> -e.words().length)).toList());
        return new SpeechCueLexicon(Map.copyOf(map));
    }

    private static SpeechCueLexicon read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("speech-cues.txt is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return of(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The longest cue that starts at {@code words[from]}, or null.
     *
     * @param words lower-cased words of a sentence
     * @param from  where the cue would start
     */
    public Match match(List<String> words, int from) {
        List<Entry> entries = byFirstWord.get(words.get(from));
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (from + e.words().length <= words.size()
                    && Arrays.equals(e.words(), words.subList(from, from + e.words().length).toArray())) {
                return new Match(e.words().length, e.frames());
            }
        }
        return null;
    }
}
