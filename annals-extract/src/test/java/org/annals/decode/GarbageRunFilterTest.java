package org.annals.decode;

import org.annals.model.Removal;
import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GarbageRunFilterTest {
    private final GarbageRunFilter filter = new GarbageRunFilter();

    static String resource(String name) throws IOException {
        try (InputStream in = GarbageRunFilterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void garbageAroundARepeatedHeadlineIsRemovedAndTheArticleKept() throws IOException {
        String page = resource("garbage-run-around-headline.txt");

        GarbageRunFilter.Result result = filter.filter(page);

        assertThat(result.removed()).hasSize(3).allSatisfy(r -> assertThat(r.reason()).isEqualTo(RemovalReason.GARBAGE));
        String[] lines = result.text().split("\n");
        assertThat(lines).contains("Harbour authority approves new ferry terminal", "WORLD 09:15: Mar-14, 23",
                "The harbour authority on Tuesday approved plans for a new ferry terminal on the east pier, "
                        + "ending two years of debate.");
        assertThat(result.text()).matches("(?s)[\\x00-\\x7F]*");
        assertThat(Stream.of(lines).filter(l -> l.equals("Harbour authority approves new ferry terminal")))
                .hasSize(3);
    }

    @Test
    void seedPageLosesItsGarbageAndKeepsItsParagraphs() throws IOException {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "annals.shared not set");
        Path seeds = Path.of(shared, "seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds");
        Path seed;
        try (Stream<Path> files = Files.list(seeds)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElse(null);
        }
        assumeTrue(seed != null, "no seed 004");
        String page = Files.readString(seed);

        GarbageRunFilter.Result result = filter.filter(page);

        assertThat(result.removed()).isNotEmpty();
        long nonAsciiLetters = result.text().codePoints().filter(cp -> cp > 0x7F && Character.isLetter(cp)).count();
        assertThat(nonAsciiLetters).isZero();
        // Every line of the page that had no garbage comes through unchanged.
        for (String line : page.split("\n")) {
            if (line.codePoints().allMatch(cp -> cp < 0x80 || Character.isWhitespace(cp) || cp == 0x2022)) {
                assertThat(result.text()).contains(line);
            }
        }
    }

    /** Bytes read as UTF-8 by a decoder that trusts every lead byte and drops what it cannot place. */
    static String lenientUtf8(byte[] b) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int v = b[i] & 0xff;
            int cp;
            if (v < 0x80) {
                cp = v;
                i++;
            } else if (v >= 0xC0 && v < 0xE0 && i + 1 < b.length) {
                cp = (v & 0x1F) << 6 | b[i + 1] & 0x3F;
                i += 2;
            } else if (v >= 0xE0 && v < 0xF0 && i + 2 < b.length) {
                cp = (v & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
                i += 3;
            } else {
                i++;
                continue;
            }
            if (cp >= 0x20 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GBK:国务院新闻办公室今天上午举行发布会，介绍今年前三季度经济运行情况。",
        "Big5:行政院長今日出席記者會，說明明年度總預算案的編列原則與重點。",
        "Shift_JIS:気象庁によりますと、今夜から明日にかけて西日本を中心に大雨となる見込みです。",
        "EUC-KR:정부는 오늘 국무회의를 열고 내년도 예산안을 심의 의결했다고 밝혔다.",
        "windows-1251:Министерство иностранных дел сообщило о начале переговоров в столице.",
    })
    void legacyBytesReadAsUtf8AreGarbageInAnEnglishPage(String sample) {
        String charset = sample.substring(0, sample.indexOf(':'));
        String soup = lenientUtf8(sample.substring(charset.length() + 1).getBytes(java.nio.charset.Charset.forName(charset)));
        String page = "Officials meet in the capital\n" + soup + "\nThe talks will continue on Friday, officials said.\n";

        GarbageRunFilter.Result result = filter.filter(page);

        assertThat(result.removed()).as(soup).isNotEmpty();
        assertThat(result.text()).contains("Officials meet in the capital\n", "The talks will continue on Friday");
        long left = result.text().codePoints().filter(cp -> cp > 0x7F && Character.isLetter(cp)).count();
        assertThat(left).as(result.text()).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Premier Li Qiang (李强) met the delegation in Beijing (北京) on Monday.",
        "中国和俄罗斯签署了科技合作协议，双方同意加强人文交流。",
        "政府は２０２４年度の予算案を閣議決定した。東京都内では、カフェ・レストランが営業を再開。",
        "서울시는 새로운 교통 정책을 발표했다. 시민들은 환영했다.",
        "Президент провёл встречу с губернаторами регионов.",
        "وقالت الوزارة إنَّ المُفاوضات سَتُستأنف الأسبوع المقبل.",
        "प्रधानमंत्री ने नई योजना की घोषणा की।",
        "นายกรัฐมนตรีประกาศนโยบายใหม่ในวันจันทร์",
        "Ο πρωθυπουργός ανακοίνωσε νέα μέτρα για την οικονομία.",
        "Hà Nội: Thủ tướng Chính phủ chủ trì hội nghị trực tuyến.",
        "English | Français | Deutsch | 中文 | Русский | العربية | Ελληνικά | हिन्दी",
        "Հայաստանի կառավարությունը հաստատեց նոր ծրագիրը։",
        "Kraków, Łódź, Gdańsk i Wrocław — największe miasta.",
        "Ghana: Ɔman no mu nnipa pii kɔɔ ɛkyerɛ no ase.",
        "Bamanankan: ɲɔgɔn, ɛɛɛ; Fulfulde: ɓiɗɗo; Kabiyɛ: ɩɩɩʊʊʊ",
        "🙂👍 Great news from the 🌍 summit ✨ 👨‍👩‍👧‍👦👨‍👩‍👧‍👦 ❤️❤️❤️❤️ 1️⃣2️⃣3️⃣",
        "Eʋegbe: ɖeɖeɣɔ ƒe ŋkɔ, Hausa: ɓaɗaƙaƴa",
        "葛󠄀城市の辻󠄀さん",
        "The price rose 5% (±0.3) to €12.50 — ¥1,800 — at 14:07 °C ™ ®",
    })
    void realTextInAnyScriptIsKept(String text) {
        GarbageRunFilter.Result result = filter.filter(text);
        assertThat(result.removed()).isEmpty();
        assertThat(result.text()).isSameAs(text);
    }

    @Test
    void replacementRunsAreGarbageAndIconGlyphsDroppedSilently() {
        GarbageRunFilter.Result result = filter.filter("Share \uE001 on social media \uFFFD\uFFFD\uFFFD now");
        assertThat(result.text()).isEqualTo("Share  on social media  now");
        assertThat(result.removed()).extracting(Removal::text).containsExactly("\uFFFD\uFFFD\uFFFD");
    }

    @Test
    void markupNextToGarbageIsKept() {
        String soup = "\u0335\u027C\u7C75\u032D\u01FC\u0323\u016D\u0126\u0233\u01BD\u6CA8\u5863\u03F3";
        GarbageRunFilter.Result result = filter.filter("<p>" + soup + "</p><p>Body</p>");
        assertThat(result.text()).isEqualTo("<p></p><p>Body</p>");
    }

    @Test
    void latinExtendedSoupIsGarbage() {
        GarbageRunFilter.Result result = filter.filter("Budget approved ɼǼƽȸɀǻȡƾ today");
        assertThat(result.text()).isEqualTo("Budget approved  today");
    }

    @Test
    void aSingleReplacementCharacterInAWordIsKept() {
        assertThat(filter.filter("Caf\uFFFD opens").text()).isEqualTo("Caf\uFFFD opens");
    }
}
