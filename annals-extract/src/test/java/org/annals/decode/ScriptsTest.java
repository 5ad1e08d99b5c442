package org.annals.decode;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {
    @Test
    void hanKanaAndHangulAreOneFamily() {
        assertThat(Scripts.family('中', Scripts.COMMON)).isEqualTo(Scripts.CJK);
        assertThat(Scripts.family('の', Scripts.COMMON)).isEqualTo(Scripts.CJK);
        assertThat(Scripts.family('한', Scripts.COMMON)).isEqualTo(Scripts.CJK);
        assertThat(Scripts.family('ж', Scripts.COMMON)).isEqualTo(UScript.CYRILLIC);
        assertThat(Scripts.family('—', Scripts.COMMON)).isEqualTo(Scripts.COMMON);
    }

    @Test
    void marksTakeTheirLettersFamilyAndAreOrphansOnCjk() {
        assertThat(Scripts.family(0x0301, UScript.LATIN)).isEqualTo(UScript.LATIN);
        assertThat(Scripts.family(0x0301, Scripts.CJK)).isEqualTo(Scripts.ORPHAN_MARK);
        assertThat(Scripts.family(0xFE0F, Scripts.CJK)).isEqualTo(Scripts.COMMON);
        assertThat(Scripts.family(0x20E3, Scripts.COMMON)).isEqualTo(Scripts.COMMON);
    }

    @Test
    void rareAndJunkCodePoints() {
        assertThat(Scripts.isJunk(0xE000)).isTrue();
        assertThat(Scripts.isJunk(0xFFFD)).isTrue();
        assertThat(Scripts.isJunk(0x07BA)).isTrue();
        assertThat(Scripts.isRare(0x027C)).isTrue();
        assertThat(Scripts.isRare(0x01FC)).isTrue();
        assertThat(Scripts.isRare(0x0254)).isFalse();
        assertThat(Scripts.isRare(0x01B0)).isFalse();
        assertThat(Scripts.isRare(0x0219)).isFalse();
        assertThat(Scripts.isRare('é')).isFalse();
    }
}
