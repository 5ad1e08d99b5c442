package org.annals.extract.text;

import org.annals.extract.meta.MetadataLine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second stage: gives each line a {@link LineVerdict} from its own features, by explicit rules tried
 * in order; the first rule that fires decides and names itself as the reason:
 * <ol>
 *   <li>garbage: letters of unrelated scripts jammed together (see {@link GarbageDetector});</li>
 *   <li>metadata: see {@link MetadataLine};</li>
 *   <li>navigation: skip links ("Skip to content"), lines made only of link words ("Home", "Share", "Print"),
 *       share links ("Click to share on …"), rows of three or more short items ("World | Sports | Tech") or of
 *       items spaced by tabs, breadcrumbs ("Home > World"), capitalised words naming two or more site sections
 *       ("Home World Business Video");</li>
 *   <li>footer: copyright lines;</li>
 *   <li>list label ("Latest News"), comments label ("34 Comments"), list marker ("• 1"), labelled teaser link
 *       ("Read more: …");</li>
 *   <li>caption: a line opening "Photo:", a line closing with a photo credit ("Xinhua/Li Hua", "[Photo by …]",
 *       "…screenshot"), a photo description closing with a bracketed credit, or a described photo ending in a
 *       date and a short credit;</li>
 *   <li>otherwise prose or headline by a score: +2 for ending like a sentence, +2 for 25 words or more
 *       (+1 for 12 or more; +3 for 40 or more in scripts written without spaces), +1 when a sentence ends
 *       inside the line, -1 for Title Case, -1 for four words or fewer; 3 or more is {@link LineVerdict#BODY},
 *       less a {@link LineVerdict#HEADLINE}.</li>
 * </ol>
 */
public final class LineClassifier {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final int BODY_SCORE = 3;
    /** The reason given to breadcrumbs, whose last step names the section. */
    static final String BREADCRUMB = "breadcrumb";
    /** So many words make prose without punctuation in scripts written without spaces (some mark no sentence end). */
    private static final int LONG_PROSE_WORDS = 40;
    /** How far from the end of a line a photo credit may start. */
    private static final int CREDIT_SPAN = 120;

    private static final Pattern SKIP_LINK = Pattern.compile("^(?:(?:go|skip|jump|back|return|move)\\s+to\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}?"
            + "(?:content|contents|navigation|menu|top|search|footer|sidebar|article|page|main|text|header|links?)\\s*"
            + "|(?:aller|passer)\\s+(?:au|à\\s+la)\\s+(?:contenu|navigation|menu|recherche)\\s*"
            + "|(?:ir|saltar)\\s+al?\\s+(?:contenido|navegación|menú)\\s*"
            + "|(?:zum|springe\\s+zum)\\s+(?:inhalt|hauptinhalt|navigation|menü)\\s*"
            + "|跳(?:转)?到(?:主要)?(?:内容|导航)\\s*|跳过导航\\s*|(?:본문|주\\s*메뉴|메뉴)\\s*바로\\s*가기\\s*"
            + "|(?:本文|メニュー)へ(?:スキップ|移動)\\s*)+$", FLAGS);
    private static final Set<String> LINK_WORDS = Set.of("home", "menu", "search", "login", "log", "in", "out", "sign", "up",
            "subscribe", "register", "share", "print", "email", "e-mail", "mail", "facebook", "twitter", "x", "whatsapp",
            "linkedin", "telegram", "weibo", "wechat", "reddit", "pinterest", "copy", "link", "close",
            "next", "previous", "prev", "more", "back", "top", "contact", "us", "about", "privacy", "policy", "terms", "of",
            "use", "service", "cookies", "cookie", "settings", "sitemap", "rss", "newsletter", "newsletters", "advertise",
            "advertisement", "ad", "ads", "sponsored", "follow", "font", "size", "a+", "a-", "listen", "save", "bookmark",
            "tweet", "like", "reply", "and", "&", "the", "to", "en", "english", "español", "français", "deutsch", "中文",
            "accueil", "inicio", "startseite", "recherche", "buscar", "suche", "partager", "compartir", "teilen",
            "imprimer", "imprimir", "drucken", "connexion", "anmelden", "abonnieren", "suscríbete", "abonnez-vous",
            "首页", "分享", "打印", "登录", "注册", "搜索", "返回顶部", "关闭", "更多", "收藏", "评论");
    /** Names of site sections, as menus list them. */
    private static final Set<String> SECTION_WORDS = Set.of("world", "news", "business", "politics", "opinion", "video", "videos",
            "sport", "sports", "tech", "technology", "science", "health", "culture", "entertainment", "lifestyle", "travel",
            "local", "national", "nation", "economy", "markets", "photos", "live", "epaper", "e-paper", "podcasts", "weather",
            "scores", "fixtures", "results", "teams", "rankings", "standings", "schedule", "subscribe", "latest", "trending",
            "international", "regions", "education", "environment", "sci-tech", "multimedia", "features", "columns",
            "monde", "politique", "économie", "mundo", "política", "economía", "deportes", "welt", "wirtschaft", "politik");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(?:\\s[|｜/·•]\\s|\\s?[|｜]\\s?)\\s*");
    private static final Pattern BREADCRUMB_TRAIL = Pattern.compile("^[^>»›]{1,40}(?:\\s*[>»›]\\s*[^>»›]{1,60}){1,6}$");
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|tous droits réservés"
            + "|todos los derechos reservados|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados"
            + "|版权所有|著作権|저작권|icp备|icp证|все права защищены", FLAGS);
    private static final Pattern LIST_LABEL = Pattern.compile("^(?:latest news|latest stories|latest articles|latest headlines|news focus"
            + "|related|related articles|related stories|related news|related content|related posts|related coverage"
            + "|more news|more stories|more from|more on this|more in|read more|read also|also read|see also|most read"
            + "|most popular|most viewed|most shared|popular|trending|trending now|top stories|top news|recommended"
            + "|recommended for you|you may also like|you might also like|editor's picks|editors' picks|further reading"
            + "|in other news|lo más leído|más noticias|noticias relacionadas|te puede interesar|también te puede interesar"
            + "|à lire aussi|lire aussi|les plus lus|sur le même sujet|dans la même rubrique|à la une|mehr zum thema"
            + "|meistgelesen|weitere artikel|das könnte sie auch interessieren|leggi anche|più letti|ultime notizie"
            + "|read next|up next|what to read next|recommended stories|more coverage|related coverage"
            + "|artigos relacionados|notícias relacionadas|leia também|veja também|mais lidas|mais lidos|articoli correlati"
            + "|notizie correlate|gerelateerde artikelen|lees ook|meer nieuws|artículos relacionados|lee también"
            + "|相关新闻|相关阅读|相关文章|热点新闻|最新新闻|推荐阅读|延伸阅读|热门文章|читайте также|похожие новости)\\b.{0,30}$", FLAGS);
    private static final Pattern COMMENTS_LABEL = Pattern.compile("^(?:\\d+\\s+)?(?:comments?|responses?|replies|reader comments"
            + "|leave a (?:comment|reply)|join the (?:discussion|conversation)|add a comment|post a comment|show comments"
            + "|commentaires?|réagissez|laisser un commentaire|comentarios?|deja un comentario|deja una respuesta|kommentare?"
            + "|schreibe einen kommentar|commenti|lascia un commento|comentários|deixe (?:uma resposta|um comentário)"
            + "|reacties|laat een reactie achter|评论|留言|комментарии)"
            + "\\b.{0,60}$", FLAGS);
    private static final Pattern SHARE = Pattern.compile("^(?:share|share this|share on|share via|click to (?:share|email|print)"
            + "|tweet this|email this|partager|compartir|teilen|分享到"
            + "|(?:listen to|print|save|email|share) (?:this|the) (?:article|story|page))\\b.{0,60}$", FLAGS);
    /** Dashes, rules and arrows around a label: "-- Read Next --", "== More ==". */
    private static final Pattern DECORATION = Pattern.compile("^[\\s\\-–—=*#:|>»]+|[\\s\\-–—=*#:|<«]+$");
    /** The mark closing a wire story: "(END)", "-30-", "###", "-fin-". */
    private static final Pattern END_MARK = Pattern.compile("^[(\\[\\-–—=#*\\s]*(?:end|fin|fim|ends|30|完)[)\\]\\-–—=#*\\s]*$",
            FLAGS);
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•·*▪►○●■□◆–—-]\\s*\\d{0,3}|\\d{1,3}[.)]?)$");
    private static final Pattern TEASER_LINK = Pattern.compile("^(?:read more|read also|also read|related|related article|see also"
            + "|more|lire aussi|à lire aussi|voir aussi|leer también|lea también|ver también|lesen sie auch|leggi anche"
            + "|相关阅读|延伸阅读|читайте также)\\s*[:：|>»]\\s*(?<title>.{8,})$", FLAGS);
    private static final Pattern CAPTION_OPENING = Pattern.compile("^[(\\[（【]?(?:(?:photo|photos|picture|pictures|image|foto|fotos"
            + "|caption|credit)\\s*[:：|]|file photo|photo taken|pictured\\b|图为|资料图)", FLAGS);
    private static final Pattern CREDIT_ENDING = Pattern.compile("(?:[(\\[]?(?:photo|photos|photograph|image|picture|foto|credit)s?"
            + "(?:\\s+by|\\s*:|\\s*/)\\s*[^;]{1,60}[)\\]]?"
            + "|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?\\s?/\\s?\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*){0,3}[)\\]]?"
            + "|\\S{0,30}screenshot|screen\\s?grab|getty images|shutterstock|[摄攝]\\s*[)）]?"
            + "|[(\\[](?:afp|reuters|ap|ap photo|vcg|epa|xinhua|ic|file|getty|dpa|efe)\\b[^)\\]]{0,40}[)\\]])\\s*$", FLAGS);
    private static final Pattern POSITION = Pattern.compile("\\((?:left|right|center|centre|front|back|l|r|c|2nd [lr]|3rd [lr]|top|bottom"
            + "|izquierda|derecha|gauche|droite|centro|links|rechts)\\)", FLAGS);
    /** A line about a photo that closes with a bracketed credit: "This photo shows … (Continental)". */
    private static final Pattern PHOTO_WORD = Pattern.compile("\\b(?:photos?|pictures?|images?|file photo|screenshot|shows)\\b", FLAGS);
    private static final Pattern BRACKETED_END = Pattern.compile("[(\\[][^()\\[\\]]{2,40}[)\\]]$");
    /** A year or numeric date closing a sentence, then a short capitalised credit: "…, June 23, 2021. CGTN". */
    private static final Pattern DATE_THEN_CREDIT = Pattern.compile(
            "(?:\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\.\\s+[\\p{Lu}(\\[]\\S*(?:\\s\\S+){0,3}$",
            Pattern.UNICODE_CASE);

    /** Classifies one line. */
    public LineClass classify(PageLine line) {
        String text = line.text();
        if (GarbageDetector.isGarbage(text)) {
            return new LineClass(line, LineVerdict.GARBAGE, "mixed-script garbage");
        }
        LineFeatures f = LineFeatures.of(text);
        // a row such as "June 26, 2024 | By Jane Doe | Politics" is metadata before it is a menu
        if (MetadataLine.read(text).isPresent()) {
            return new LineClass(line, LineVerdict.METADATA, "metadata");
        }
        String nav = navigation(line, f);
        if (nav != null) {
            return new LineClass(line, LineVerdict.NAVIGATION, nav);
        }
        if (f.chars() <= 300 && COPYRIGHT.matcher(text).find()) {
            return new LineClass(line, LineVerdict.FOOTER, "copyright");
        }
        String undecorated = DECORATION.matcher(text).replaceAll("");
        if (f.chars() <= 60 && LIST_LABEL.matcher(undecorated).matches() && !f.terminal()) {
            return new LineClass(line, LineVerdict.LIST_LABEL, "list label");
        }
        if (f.chars() <= 80 && !f.terminal() && COMMENTS_LABEL.matcher(text).matches()) {
            return new LineClass(line, LineVerdict.COMMENTS_LABEL, "comments label");
        }
        if (END_MARK.matcher(text).matches()) {
            return new LineClass(line, LineVerdict.NAVIGATION, "end mark");
        }
        if (LIST_MARKER.matcher(text).matches()) {
            return new LineClass(line, LineVerdict.LIST_MARKER, "bullet or number alone");
        }
        if (f.chars() <= 300 && TEASER_LINK.matcher(text).matches()) {
            return new LineClass(line, LineVerdict.TEASER_LINK, "labelled link");
        }
        String caption = caption(text, f);
        if (caption != null) {
            return new LineClass(line, LineVerdict.CAPTION, caption);
        }
        if (f.letters() == 0) {
            return new LineClass(line, LineVerdict.NAVIGATION, "no letters");
        }
        int score = bodyScore(f);
        return score >= BODY_SCORE
                ? new LineClass(line, LineVerdict.BODY, "prose score " + score)
                : new LineClass(line, LineVerdict.HEADLINE, "headline score " + score);
    }

    /** The prose score of the class comment. */
    static int bodyScore(LineFeatures f) {
        int score = f.terminal() ? 2 : 0;
        score += f.spaceless() && f.words() >= LONG_PROSE_WORDS ? 3 : f.words() >= 25 ? 2 : f.words() >= 12 ? 1 : 0;
        score += f.innerSentence() ? 1 : 0;
        score -= f.words() >= 3 && f.capitalisedRatio() >= 0.7 ? 1 : 0;
        score -= f.words() <= 4 ? 1 : 0;
        return score;
    }

    private static String navigation(PageLine line, LineFeatures f) {
        String text = line.text();
        if (f.chars() > 200) {
            return null;
        }
        if (SKIP_LINK.matcher(text).matches()) {
            return "skip link";
        }
        if (f.words() <= 6 && allLinkWords(text)) {
            return "link words";
        }
        if (f.chars() <= 80 && SHARE.matcher(text).matches()) {
            return "share link";
        }
        if (f.terminal()) {
            return null;
        }
        String[] items = ITEM_SEPARATOR.split(text);
        if (items.length >= 3 && allShort(items)) {
            return "menu row";
        }
        if (line.cells() >= 3 && f.words() <= 4 * line.cells()) {
            return "menu row of spaced items";
        }
        if (BREADCRUMB_TRAIL.matcher(text).matches()) {
            return BREADCRUMB;
        }
        if (f.words() >= 4 && f.capitalisedRatio() == 1.0 && sectionWords(text) >= 2) {
            return "menu of section names";
        }
        return null;
    }

    /** How many words of the line name site sections or link targets. */
    private static int sectionWords(String text) {
        int count = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+\\-&]+")) {
            if (LINK_WORDS.contains(word) || SECTION_WORDS.contains(word)) {
                count++;
            }
        }
        return count;
    }

    private static boolean allLinkWords(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+\\-&]+")) {
            if (!word.isEmpty() && !LINK_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Menu items: a few words each, none a sentence. */
    private static boolean allShort(String[] items) {
        for (String item : items) {
            String s = item.strip();
            if (s.isEmpty() || s.length() > 30 || s.split(" ").length > 4 || LineFeatures.endsLikeSentence(s)) {
                return false;
            }
        }
        return true;
    }

    private static String caption(String text, LineFeatures f) {
        if (f.words() > 80) {
            return null;
        }
        if (CAPTION_OPENING.matcher(text).find()) {
            return "photo label";
        }
        // credits close a line: looking only at its end keeps long lines cheap
        String end = text.length() > CREDIT_SPAN ? text.substring(text.length() - CREDIT_SPAN) : text;
        java.util.regex.Matcher credit = CREDIT_ENDING.matcher(end);
        if (!f.terminal() && credit.find() && (f.words() >= 3 || credit.start() == 0)) {
            return "photo credit";
        }
        if (!f.terminal() && BRACKETED_END.matcher(end).find() && PHOTO_WORD.matcher(text).find()) {
            return "photo with bracketed credit";
        }
        if (POSITION.matcher(text).find() && DATE_THEN_CREDIT.matcher(end).find()) {
            return "described photo with date and credit";
        }
        if (!f.terminal() && f.words() >= 6 && DATE_THEN_CREDIT.matcher(end).find()) {
            return "date and credit";
        }
        return null;
    }

    /** The headline of a labelled teaser link ("Read more: Headline"), or the line itself when it has no label. */
    static String teaserLinkTitle(String text) {
        java.util.regex.Matcher m = TEASER_LINK.matcher(text);
        return m.matches() ? m.group("title").strip() : text;
    }

    /** The row's items when it is a pipe-separated line, for teaser and tag splitting. */
    static String[] pipeItems(String text) {
        return text.split("\\s*[|｜丨]\\s*");
    }
}
