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
    })
    void correctTextIsLeftAlone(String text) {
        assertThat(repair.repair(text)).isEqualTo(text);
    }

    @Test
    void onlyTheBrokenWordsOfAMixedTextAreRepaired() {
        String text = "L’école a rouvert. Le " + misread("café") + " aussi, dit-il « enfin ».";
        assertThat(repair.repair(text)).isEqualTo("L’école a rouvert. Le café aussi, dit-il « enfin ».");
    }

    @Test
    void badnessCountsSequencesAndScriptChanges() {
        assertThat(MojibakeRepair.badness("cafÃ©")).isPositive();
        assertThat(MojibakeRepair.badness("café")).isZero();
        assertThat(MojibakeRepair.badness("Aх")).isEqualTo(1);
    }
}
