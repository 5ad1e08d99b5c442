package org.annals.extract.text;

import org.annals.extract.ExtractedPage;
import org.annals.extract.PageExtractor;
import org.annals.extract.PageInterruptedException;
import org.annals.extract.meta.Byline;
import org.annals.extract.meta.DatelineMatch;
import org.annals.extract.meta.DatelineParser;
import org.annals.extract.meta.LineMetadata;
import org.annals.extract.meta.MetadataLine;
import org.annals.extract.meta.ParsedTime;
import org.annals.model.Dateline;
import org.annals.model.Removal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article from a scraped plain-text page through a chain of small stages: {@link LineSplitter}
 * (lines), {@link LineClassifier} (a verdict per line), {@link PageLayout} (a role per line from its
 * neighbours), then assembly of title, times, byline, dateline, section, tags, text, teasers and removals.
 * Thread-safe.
 */
public final class TextPageExtractor implements PageExtractor {
    /** Channel labels printed before a headline: "Video丨…", "PHOTOS: …". */
    private static final Pattern CHANNEL_PREFIX = Pattern.compile("^(?:video|videos|photo|photos|gallery|pictures|audio|podcast|live"
            + "|watch|interactive|infographic|vidéo|vídeo|foto|fotos|en vivo|en direct|视频|图片|组图|图集|直播|音频)\\s*[丨|｜:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BREADCRUMB_STEP = Pattern.compile("\\s*[>»›]\\s*");
    private static final int MAX_SECTION_WORDS = 3;

    private final LineSplitter splitter = new LineSplitter();
    private final LineClassifier classifier = new LineClassifier();
    private final PageLayout layout = new PageLayout();

    @Override
    public ExtractedPage extract(String page, String baseUri) {
        List<LineClass> classified = new ArrayList<>();
        for (PageLine line : splitter.split(page)) {
            PageInterruptedException.checkInterrupted();
            classified.add(classifier.classify(line));
        }
        return assemble(layout.place(classified));
    }

    private static ExtractedPage assemble(PageLayout.Layout layout) {
        List<PlacedLine> lines = layout.lines();
        LineMetadata facts = LineMetadata.NOTHING;
        String breadcrumbSection = null;
        List<String> paragraphs = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        String firstBody = null;
        for (PlacedLine line : lines) {
            LineRole role = line.role();
            if (role.inText()) {
                paragraphs.add(line.text());
                if (firstBody == null && role == LineRole.BODY) {
                    firstBody = line.text();
                }
            } else if (role.removal() != null) {
                removed.add(new Removal(role.removal(), line.text()));
            }
            if (role == LineRole.METADATA && !line.inTrailer()) {
                facts = facts.merge(MetadataLine.read(line.text()).orElse(LineMetadata.NOTHING));
            }
            if (role == LineRole.NAVIGATION && breadcrumbSection == null && LineClassifier.BREADCRUMB.equals(line.line().reason())) {
                breadcrumbSection = breadcrumbSection(line.text());
            }
        }
        String title = layout.titleIndex() < 0 ? null : title(lines.get(layout.titleIndex()).text());
        ParsedTime time = facts.published() != null ? facts.published() : facts.updated();
        String published = time == null ? null : time.iso();
        Dateline dateline = firstBody == null ? null
                : DatelineParser.parse(firstBody, published).map(DatelineMatch::dateline).orElse(null);
        Byline byline = facts.byline();
        List<String> authors = byline == null ? List.of() : List.copyOf(new LinkedHashSet<>(byline.authors()));
        String publisher = byline != null && byline.publisher() != null ? byline.publisher()
                : dateline != null ? dateline.agency() : null;
        String section = facts.section() != null ? facts.section() : breadcrumbSection;
        Set<String> tags = new LinkedHashSet<>(layout.titleTags());
        tags.addAll(facts.tags());
        return new ExtractedPage(title, published, time == null ? null : time.text(), authors, publisher, dateline,
                section, List.copyOf(tags), null, String.join("\n\n", paragraphs), layout.related(), removed);
    }

    /** The headline without a channel label before it or tags after it. */
    private static String title(String line) {
        String headline = TeaserLine.of(line).headline();
        String stripped = CHANNEL_PREFIX.matcher(headline).replaceFirst("");
        return stripped.isBlank() ? headline : stripped.strip();
    }

    /** The last step of a breadcrumb ("Home > World > Asia" gives Asia), when it is a short name. */
    private static String breadcrumbSection(String line) {
        String[] steps = BREADCRUMB_STEP.split(line.strip());
        String last = steps[steps.length - 1].strip();
        return Optional.of(last).filter(s -> !s.isEmpty() && s.split(" ").length <= MAX_SECTION_WORDS)
                .map(MetadataLine::sectionName).orElse(null);
    }
}
