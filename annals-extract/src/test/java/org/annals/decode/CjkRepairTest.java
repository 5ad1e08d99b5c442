package org.annals.decode;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CjkRepairTest {
    private static final String CHINESE = "国务院新闻办公室今天上午举行发布会，介绍今年前三季度经济运行情况。"
            + "发言人表示，主要指标保持在合理区间，就业形势总体稳定。";

    @Test
    void utf8ReadAsGbkIsReadAgainAsUtf8() {
        String misread = new String(CHINESE.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        String repaired = CjkRepair.repairUtf8ReadAsLegacy(misread);
        // Bytes the mis-reading lost stay lost; the rest comes back.
        assertThat(repaired).contains("今天上午", "介绍今年前三季度经济运", "合理区间");
    }

    @Test
    void gbkReadAsLatin1IsReadAgainAsGbk() {
        String text = CHINESE + "\n" + CHINESE;
        String misread = new String(text.getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
        assertThat(CjkRepair.repairLegacyReadAsLatin1(misread)).isEqualTo(text);
    }

    @Test
    void textInOtherScriptsIsNeverReRead() {
        String[] texts = {
            "<meta name=\"description\" content=\"Они – настоящие гении кулинарного искусства\">",
            "<a href=\"/privacy\">プライバシーポリシー</a> <a href=\"/terms\">利用規約</a> お問い合わせ",
            "商標法,商標法違反,商標,違反,侵害,改造",
            "Déjà vu — « À bientôt », dit-il. ÀÉÈÊ ÂÎÔÛ ÇÆŒ",
            CHINESE,
        };
        for (String text : texts) {
            assertThat(CjkRepair.repairUtf8ReadAsLegacy(text)).isEqualTo(text);
            assertThat(CjkRepair.repairLegacyReadAsLatin1(text)).isEqualTo(text);
        }
    }
}
