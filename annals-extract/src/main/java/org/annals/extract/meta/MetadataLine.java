package org.annals.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a metadata line: a labelled time ("Release time:Mar 04, 2024 09:15 AM", "Published: …", "Updated …",
 * "date 2022-09-14"), a section with a time ("SPORTS · 03/07/2023", "SOCIETY 18:45: Feb-24, 20"), a bare time,
 * a byline or credit ("Author:…", "By …", "Source: …"), tags ("Tags: …"), a section ("Category: …"), other
 * labelled fields ("Editor: …"), relative times ("3 hours ago"), or several of these separated by bars or
 * following one another.
 */
public final class MetadataLine {
    /** Metadata lines are short; a long line with a date in it is prose. */
    private static final int MAX_LENGTH = 200;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern TIME_LABEL = Pattern.compile("^(?:(?<update>updated|last updated|modified|last modified|mis à jour"
            + "|actualizado|actualización|aktualisiert|geändert|aggiornato|atualizado|更新时间|更新于|обновлено"
            + "|diperbarui|güncelleme|güncellenme|aktualizacja|bijgewerkt|uppdaterad|oppdatert|آخر تحديث|更新日)"
            + "|release time|released|published|publication date|publish date|date published|posted|posted on|date|dated|time"
            + "|publié|publication|publicado|fecha|fecha de publicación|veröffentlicht|datum|stand|pubblicato|data|publicação"
            + "|发布时间|发布日期|发表时间|发布于|时间|日期|опубликовано|дата|投稿日|公開日|配信日時|게시|입력|수정"
            + "|diterbitkan|dipublikasikan|yayınlanma|yayın tarihi|opublikowano|gepubliceerd|publicerad|publisert"
            + "|تاريخ النشر|نشر في|प्रकाशित)"
            + "(?:\\s+(?:on|at|le|el|am|il|em))?\\s*[:：]?\\s*(?<value>.+)$", FLAGS);
    private static final Pattern TAGS = Pattern.compile("^(?:tags|tagged|tagged with|keywords|topics|related topics|mots-clés|mots clés"
            + "|thèmes|etiquetas|temas|schlagwörter|schlagworte|themen|argomenti|tag|标签|关键词|关键字)\\s*[:：]\\s*(.+)$", FLAGS);
    private static final Pattern FIELD = Pattern.compile("^(?:(?:web |chief |copy |managing |executive |senior )?editors?"
            + "|editor in charge|responsible editor|edited by|editing by"
            + "|translator|translated by|photographer|photo editor|views|reads|hits|comments|page views|read time|reading time"
            + "|责任编辑|编辑|校对|审核|浏览|阅读|点击|字号|redaktion)\\s*[:：]\\s*.*$", FLAGS);
    /** Reader controls printed beside the metadata ("Font size: Big Medium Small"): tolerated, not read. */
    private static final Pattern WIDGET = Pattern.compile("^(?:font size|text size|font|schriftgröße|taille du texte"
            + "|tamaño de letra|tamaño del texto|字号|print|share)\\s*[:：].*$", FLAGS);
    private static final Pattern SECTION_LABEL = Pattern.compile("^(?:section|category|categories|filed under|rubrique|sección"
            + "|categoría|ressort|rubrica|categoria|栏目|频道|分类)\\s*[:：]\\s*([^|:：]{1,40})$", FLAGS);
    /** Times relative to the reader's clock and reading times: metadata, but no date can be read from them. */
    private static final Pattern RELATIVE_TIME = Pattern.compile("^(?:(?:\\d+|an?|one)\\s+(?:second|minute|min|hour|day|week|month|year)s?"
            + "\\s+ago|il y a\\s+\\d+\\s+\\p{L}+|hace\\s+\\d+\\s+\\p{L}+|vor\\s+\\d+\\s+\\p{L}+|\\d+\\s*(?:分钟|小时|天)前"
            + "|\\d+\\s*min(?:ute)?s?\\s+read|just now|yesterday|today)$", FLAGS);
    /** Brackets some sites print around a whole field: 【责任编辑：李华】, [Source: …]. */
    private static final Pattern BRACKETS = Pattern.compile("^[【\\[(（]|[】\\])）]$");
    /** A time label closing the words before a time: those words are no section ("China Daily Updated"). */
    private static final Pattern LABEL_AT_END = Pattern.compile("(?:^|\\s)(?:updated|published|posted|released|release time|modified"
            + "|date|time|publié|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato)$", FLAGS);
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}.,&'’ -]{0,40}");
    /** Bars, wide gaps, or the start of another labelled field: "Source: Xinhua Editor: Li Hua". */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[|｜丨•·]\\s+|\\t|\\s{3,}|\\s+(?=(?:source|editor|author|reporter"
            + "|release time|published|updated|来源|编辑|责任编辑|作者|记者|发布时间|fuente|quelle|autor|auteur"
            + "|font size|text size|字号|views|comments)\\s*[:：])"
            + "|(?<=\\S)(?=(?:来源|编辑|责任编辑|作者|记者|发布时间)[:：])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,;|、，；]\\s*");
    private static final Pattern DECORATION = Pattern.compile("[\\s·|•:,/\\-–—()\\[\\]]+");
    private static final Pattern SECTION = Pattern.compile("\\p{L}[\\p{L}&'’]*(?: \\p{L}[\\p{L}&'’]*){0,2}");
    /** Digits left after a date whose year was cut off ("Feb-24, 20"). */
    private static final Pattern CUT_YEAR = Pattern.compile("\\d{1,3}");
    /** Words printed after a clock time: "14:20 Uhr", "10 h", "IST". */
    private static final Pattern CLOCK_WORD = Pattern.compile("(?iu:uhr|h|hrs|horas?|heures?)|\\p{Lu}{2,4}");
    private static final Set<String> NOT_SECTIONS = Set.of("at", "on", "le", "el", "am", "the", "by", "de");

    private MetadataLine() {
    }

    /** The facts a metadata line states; empty when the line is not metadata. */
    public static Optional<LineMetadata> read(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<LineMetadata> whole = field(line);
        // a time or section line reads best whole; a credit line may hold several labelled fields
        if (whole.isPresent() && whole.get().byline() == null) {
            return whole;
        }
        Optional<LineMetadata> split = fields(line);
        if (split.isPresent()) {
            return split;
        }
        return whole.isPresent() ? whole : timeThenField(line);
    }

    /** A line of several fields, each metadata or a short name, with at least one fact among them. */
    private static Optional<LineMetadata> fields(String line) {
        String[] fields = FIELD_SEPARATOR.split(line);
        if (fields.length < 2) {
            return Optional.empty();
        }
        LineMetadata merged = LineMetadata.NOTHING;
        boolean stated = false;
        for (String f : fields) {
            Optional<LineMetadata> facts = field(f.strip());
            if (facts.isPresent()) {
                merged = merged.merge(facts.get());
                stated |= facts.get() != LineMetadata.NOTHING;
            } else if (!isName(f.strip()) && !WIDGET.matcher(f.strip()).matches()) {
                return Optional.empty();
            }
        }
        // a row of names alone is a menu; with a time or byline beside them it is the article's metadata
        return stated ? Optional.of(merged) : Optional.empty();
    }

    private static Optional<LineMetadata> field(String printed) {
        String f = BRACKETS.matcher(printed).replaceAll("").strip();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (RELATIVE_TIME.matcher(f).matches()) {
            return Optional.of(LineMetadata.NOTHING);
        }
        Matcher label = TIME_LABEL.matcher(f);
        if (label.matches()) {
            if (RELATIVE_TIME.matcher(label.group("value").strip()).matches()) {
                return Optional.of(LineMetadata.NOTHING);
            }
            Optional<TimeMatch> time = PublicationTime.find(label.group("value"));
            if (time.isPresent() && time.get().start() <= 3) {
                ParsedTime t = time.get().time();
                return Optional.of(label.group("update") != null
                        ? new LineMetadata(null, t, null, null, List.of())
                        : new LineMetadata(t, null, null, null, List.of()));
            }
        }
        Matcher tags = TAGS.matcher(f);
        if (tags.matches()) {
            List<String> list = new ArrayList<>();
            for (String tag : TAG_SEPARATOR.split(tags.group(1))) {
                if (!tag.isBlank() && tag.length() <= 60) {
                    list.add(tag.strip());
                }
            }
            return Optional.of(new LineMetadata(null, null, null, null, list));
        }
        Matcher section = SECTION_LABEL.matcher(f);
        if (section.matches()) {
            return Optional.of(new LineMetadata(null, null, sectionName(section.group(1).strip()), null, List.of()));
        }
        if (FIELD.matcher(f).matches()) {
            return Optional.of(LineMetadata.NOTHING);
        }
        Optional<Byline> byline = BylineParser.parse(f);
        if (byline.isPresent()) {
            return Optional.of(new LineMetadata(null, null, null, byline.get(), List.of()));
        }
        return sectionAndTime(f);
    }

    /** A short name beside metadata fields, like an outlet's name: tolerated, not read. */
    private static boolean isName(String f) {
        return NAME.matcher(f).matches() && f.split(" ").length <= 4 && !SentenceEnd.endsLikeSentence(f);
    }

    /** A time followed by another field without a separator: "2024年3月5日 14:20 来源：新华社". */
    private static Optional<LineMetadata> timeThenField(String line) {
        Optional<TimeMatch> found = PublicationTime.find(line);
        if (found.isEmpty() || found.get().start() > 0 || found.get().end() >= line.length()) {
            return Optional.empty();
        }
        Optional<LineMetadata> rest = field(line.substring(found.get().end()).strip());
        return rest.map(facts -> new LineMetadata(found.get().time(), null, null, null, List.of()).merge(facts));
    }

    /** A line that is a time, possibly after a short section name and before the cut digits of a year. */
    private static Optional<LineMetadata> sectionAndTime(String f) {
        Optional<TimeMatch> found = PublicationTime.find(f);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TimeMatch m = found.get();
        String before = DECORATION.matcher(f.substring(0, m.start())).replaceAll(" ").strip();
        String after = DECORATION.matcher(f.substring(m.end())).replaceAll(" ").strip();
        boolean cutYear = CUT_YEAR.matcher(after).matches();
        if (!after.isEmpty() && !cutYear && !CLOCK_WORD.matcher(after).matches()) {
            return Optional.empty();
        }
        ParsedTime time = m.time();
        if (cutYear) {
            // keep the cut year in the printed text, though it cannot be read
            time = new ParsedTime(time.iso(), time.precision(), f.substring(m.start()).strip());
        }
        if (before.isEmpty()) {
            return Optional.of(new LineMetadata(time, null, null, null, List.of()));
        }
        if (LABEL_AT_END.matcher(before).find() || !SECTION.matcher(before).matches()
                || NOT_SECTIONS.contains(before.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // "Lindenburg, June 19": a place or outlet before a comma, no section
        boolean comma = f.substring(0, m.start()).stripTrailing().endsWith(",");
        return Optional.of(new LineMetadata(time, null, comma ? null : sectionName(before), null, List.of()));
    }

    /** "NEWS" as "News", "WORLD NEWS" as "World News"; names printed in mixed case stay as printed. */
    /** The section name as an article records it: "SPORTS" → "Sports". */
    public static String sectionName(String printed) {
        if (!printed.equals(printed.toUpperCase(Locale.ROOT))) {
            return printed;
        }
        StringBuilder out = new StringBuilder();
        for (String word : printed.toLowerCase(Locale.ROOT).split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            int first = word.codePointAt(0);
            out.appendCodePoint(Character.toTitleCase(first)).append(word.substring(Character.charCount(first)));
        }
        return out.toString();
    }
}
