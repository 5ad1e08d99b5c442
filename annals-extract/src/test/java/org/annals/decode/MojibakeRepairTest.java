package org.annals.decode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeRepairTest {
    private final MojibakeRepair repair = new MojibakeRepair();

    /** UTF-8 text read as windows-1252 the way browsers read it (undefined bytes as C1 controls). */
    static String misread(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xff;
            boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
            out.append(undefined ? String.valueOf((char) v)
                    : new String(new byte[] {b}, Charset.forName("windows-1252")));
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le café a rouvert ses portes à l’été.",
        "“Quoted” words — and a dash… too",
        "Правительство утвердило новый бюджет",
        "Zażółć gęślą jaźń, powiedział minister.",
        "Die Straße in Köln wird gesperrt.",
        "北京欢迎来自世界各地的朋友",
        "東京で新しい美術館が開館しました",
        "Ελλάδα και Κύπρος υπέγραψαν συμφωνία",
        "مرحبا بكم في الأخبار",
    })
    void utf8ReadAsWindows1252IsRepaired(String original) {
        assertThat(repair.repair(misread(original))).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le café a rouvert à l’été.", "Правительство утвердило бюджет", "Die Straße in Köln"})
    void doubleEncodedUtf8IsRepaired(String original) {
        assertThat(repair.repair(misread(misread(original)))).isEqualTo(original);
    }

    @Test
    void latin1ReadingIsRepairedToo() {
        String latin1 = new String("déjà vu".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(repair.repair(latin1)).isEqualTo("déjà vu");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le ministre a déclaré : « Nous irons jusqu’au bout. » À Paris, l’été fut chaud.",
        "ÉTÉ INDIEN À MONTRÉAL – CAFÉ”",
        "Grüße aus München! Die Bürger „protestierten“ gegen Fußgängerzonen.",
        "Fuß“ und Maß…",
        "Państwowa Komisja Wyborcza ogłosiła wyniki; frekwencja wyniosła 74,4%.",
        "EL AÑO… ¿QUÉ PASÓ? ¡SEÑOR!",
        "Президент России выступил с обращением к нации.",
        "中国国家主席与俄罗斯总统举行会谈。",
        "岸田首相は記者会見で「経済対策を急ぐ」と述べた。",
        "대한민국 정부는 새로운 정책을 발표했다.",
        "Hà Nội, Việt Nam — Thủ tướng phát biểu.",
        "São Paulo: ÁREA DE PROTEÇÃO AMBIENTAL",
        "İstanbul’da ÇALIŞMA başladı; Ö×Ø±",
        "Price: £20 · ±5 · 3×4 · 90° · ©2024 · Â",
        "FØRSTE GANG PÅ… OG SÅ’ NOGET",
        "PAN ČÍŽEK A ŠPANĚLSKÝ ČÍŽ…",
        "CAÇºA À VISTA",
    })
    void correctTextIsLeftAlone(String text) {
        assertThat(repair.repair(text)).isEqualTo(text);
    }

    @Test
    void onlyTheBrokenWordsOfAMixedTextAreRepaired() {
        String text = "L’école a rouvert. Le " + misread("café") + " aussi, dit-il « enfin ».";
        assertThat(repair.repair(text)).isEqualTo("L’école a rouvert. Le café aussi, dit-il « enfin ».");
    }

    private static final String CHINESE = "新华社北京电 国家主席在人民大会堂会见来访的外国代表团，双方就加强科技合作和人文交流深入交换意见。"
            + "会谈结束后，两国签署了多项合作文件，涉及经济、贸易、教育和文化等领域。";
    private static final String JAPANESE = "東京で新しい美術館が開館しました。初日から多くの人が訪れ、館長は記者会見で喜びを語った。";
    private static final String KOREAN = "서울시는 새로운 교통 정책을 발표했다. 시민들은 대체로 환영하는 분위기다.";

    @Test
    void utf8ReadAsALegacyCjkCodecIsRepairedWhereItsBytesSurvived() {
        String misread = new String(JAPANESE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-31j"));
        String repaired = repair.repair(misread);
        assertThat(repaired).isNotEqualTo(misread).contains("東京で新しい美術館が");

        String gbk = new String(CHINESE.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        assertThat(repair.repair(gbk)).contains("人民大会堂");
    }

    @Test
    void legacyCjkReadAsLatin1IsRepaired() {
        for (String[] sample : new String[][] {{CHINESE, "GBK"}, {KOREAN, "x-windows-949"}}) {
            String text = sample[0] + sample[0];
            String misread = new String(text.getBytes(Charset.forName(sample[1])), StandardCharsets.ISO_8859_1);
            assertThat(repair.repair(misread)).as(sample[1]).isEqualTo(text);
        }
    }

    @Test
    void correctCjkTextIsNotReRead() {
        for (String text : new String[] {CHINESE, JAPANESE, KOREAN, "台灣的總統府發表聲明，強調兩岸關係應維持現狀。"}) {
            assertThat(repair.repair(text)).isEqualTo(text);
        }
    }

    @Test
    void badnessCountsSequencesAndScriptChanges() {
        assertThat(MojibakeRepair.badness("cafÃ©")).isPositive();
        assertThat(MojibakeRepair.badness("café")).isZero();
        assertThat(MojibakeRepair.badness("Aх")).isEqualTo(2);
    }
}
