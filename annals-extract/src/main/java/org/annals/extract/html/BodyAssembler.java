package org.annals.extract.html;

import org.annals.extract.meta.LineMetadata;
import org.annals.extract.meta.MetadataLine;
import org.annals.extract.meta.PublicationTime;
import org.annals.model.RemovalReason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the paragraphs of the chosen content into the article text: drops link lists, the repeated
 * headline, echoed paragraphs, headings left without text under them, and date lines at the edges.
 */
final class BodyAssembler {
    /** Short lines recur legitimately (a recipe's "Ingredients"); a long paragraph seen twice is a template echo. */
    private static final int MIN_DEDUP_CHARS = 200;
    /** Above this share of linked text a paragraph is a link list ("Read more", menus), not prose. */
    private static final double MAX_LINK_DENSITY = 0.7;
    private static final int MAX_DATE_LINE = 70;
    private static final int MAX_LABEL = 30;
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** What ad slots print over themselves, in the languages news is read in; never article text on its own. */
    private static final Set<String> AD_LABELS = Set.of("advertisement", "advertising", "ad", "ads", "advert",
            "sponsored", "sponsored content", "anzeige", "werbung", "publicidad", "publicidade", "publicité",
            "publicite", "pubblicità", "pubblicita", "reklama", "реклама", "reclame", "advertentie", "mainos",
            "annons", "annonse", "reklam", "iklan", "广告", "廣告", "광고", "広告", "إعلان");
    private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\s]+");

    private BodyAssembler() {
    }

    /**
     * The assembled body.
     *
     * @param text  kept paragraphs joined by a blank line
     * @param facts what metadata lines at the body's edges stated ("Release time: … Source: …")
     */
    record Body(String text, LineMetadata facts) {
    }

    /** The article text: kept paragraphs joined by a blank line. */
    static Body assemble(List<BlockWriter.Block> blocks, String title, RemovalLog log) {
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? null : key(title);
        List<BlockWriter.Block> kept = new ArrayList<>();
        String last = null;
        for (BlockWriter.Block b : blocks) {
            String k = key(b.text());
            // A printed web address is text the author wrote out, not navigation.
            if (b.linkDensity() > MAX_LINK_DENSITY && !WEB_ADDRESS.matcher(b.text()).matches()) {
                log.add(RemovalReason.NAVIGATION, b.text());
            } else if (AD_LABELS.contains(k)) {
                log.add(RemovalReason.BOILERPLATE, b.text());
            } else if (k.isEmpty() || k.equals(titleKey)) {
                log.add(RemovalReason.DUPLICATE, b.text());
            } else if (k.equals(last) || k.length() >= MIN_DEDUP_CHARS && !seen.add(k)) {
                log.add(RemovalReason.DUPLICATE, b.text());
            } else {
                kept.add(b);
                last = k;
            }
        }
        LineMetadata facts = trimEdges(kept, log);
        dropBareHeadings(kept, log);
        StringBuilder out = new StringBuilder();
        for (BlockWriter.Block b : kept) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        return new Body(out.toString(), facts);
    }

    /** A heading introduces text: one followed by another heading or by nothing headed a removed list. */
    private static void dropBareHeadings(List<BlockWriter.Block> kept, RemovalLog log) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            BlockWriter.Block b = kept.get(i);
            if (b.heading() && (i == kept.size() - 1
                    || kept.get(i + 1).heading() && level(kept.get(i + 1)) <= level(b))) {
                log.add(RemovalReason.BOILERPLATE, b.text());
                kept.remove(i);
            }
        }
    }

    private static int level(BlockWriter.Block b) {
        return b.tag().charAt(1) - '0';
    }

    /**
     * Trims the body's edges: publication stamps and labelled metadata lines ("Release time: … Source: …",
     * "By …") are metadata, and one- to three-word lines without punctuation are labels ("Advert",
     * "Home >> World"); either may hide the other, so both are taken off until neither applies. Returns
     * what the metadata lines stated.
     */
    private static LineMetadata trimEdges(List<BlockWriter.Block> kept, RemovalLog log) {
        LineMetadata facts = LineMetadata.NOTHING;
        boolean trimmed = true;
        while (trimmed && !kept.isEmpty()) {
            trimmed = false;
            for (int end : new int[] {0, -1}) {
                if (kept.isEmpty()) {
                    break;
                }
                int i = end == 0 ? 0 : kept.size() - 1;
                BlockWriter.Block b = kept.get(i);
                Optional<LineMetadata> stated = metadata(b.text());
                if (stated.isPresent()) {
                    facts = facts.merge(stated.get());
                    log.add(RemovalReason.METADATA, kept.remove(i).text());
                    trimmed = true;
                } else if (isLabel(b)) {
                    log.add(RemovalReason.BOILERPLATE, kept.remove(i).text());
                    trimmed = true;
                }
            }
        }
        return facts;
    }

    private static Optional<LineMetadata> metadata(String line) {
        Optional<LineMetadata> read = MetadataLine.read(line);
        return read.isPresent() || !isDateLine(line) ? read : Optional.of(LineMetadata.NOTHING);
    }

    private static boolean isLabel(BlockWriter.Block b) {
        String t = b.text();
        return t.length() < MAX_LABEL && t.split("\\s+").length <= 3
                && ".!?。！？…\"”)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    static boolean isDateLine(String text) {
        if (text.length() > MAX_DATE_LINE || !YEAR.matcher(text).find()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits >= 6 || PublicationTime.parse(text).isPresent()
                && text.split("\\s+").length <= 8;
    }

    private static String key(String s) {
        return PUNCT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
