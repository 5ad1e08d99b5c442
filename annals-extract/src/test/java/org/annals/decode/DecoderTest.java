package org.annals.decode;

import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DecoderTest {
    private final Decoder decoder = new Decoder();

    private static final String FRENCH = "Le ministre a déclaré que la réforme serait appliquée dès l’été, "
            + "malgré les critiques des élus régionaux et des syndicats.";
    private static final String RUSSIAN = "Правительство утвердило новый бюджет на следующий год. "
            + "Министр финансов заявил, что расходы на образование и здравоохранение вырастут.";
    private static final String CHINESE = "新华社北京电 国家主席在人民大会堂会见来访的外国代表团，双方就加强科技合作和人文交流深入交换意见。"
            + "会谈结束后，两国签署了多项合作文件，涉及经济、贸易、教育和文化等领域。";
    private static final String JAPANESE = "政府は二十五日、新しい経済対策を閣議決定した。首相は記者会見で、"
            + "物価高に苦しむ家計を支援するため、あらゆる手段を講じると述べた。";

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void byteOrderMarksDecideAndAreDropped() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(FRENCH, "UTF-8"));
        assertThat(decoder.decode(utf8, "windows-1252", false).text()).isEqualTo(FRENCH);
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(RUSSIAN, "UTF-16LE"));
        assertThat(decoder.decode(utf16, null, false).text()).isEqualTo(RUSSIAN);
    }

    @Test
    void utf16WithoutBomIsRecognised() {
        assertThat(decoder.decode(bytes("Talks resume on Monday.", "UTF-16BE"), null, false).text())
                .isEqualTo("Talks resume on Monday.");
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() {
        DecodedText t = decoder.decode(bytes(FRENCH, "UTF-8"), "ISO-8859-1", true);
        assertThat(t.text()).isEqualTo(FRENCH);
        assertThat(t.charset()).isEqualTo("UTF-8");
    }

    @Test
    void declaredHeaderCharsetIsUsedWhenTheBytesAreNotUtf8() {
        DecodedText t = decoder.decode(bytes(RUSSIAN, "windows-1251"), "windows-1251", false);
        assertThat(t.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void pageDeclaredUtf8ThatIsNotFallsToDetection() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + FRENCH + " " + FRENCH + "</p></body></html>";
        DecodedText t = decoder.decode(bytes(page, "windows-1252"), "UTF-8", true);
        assertThat(t.text()).contains(FRENCH);
    }

    @Test
    void declarationsThatCannotBeTheBytesAreIgnored() {
        byte[] page = bytes("<html><head><meta charset=\"IBM037\"></head><body><p>" + FRENCH + "</p></body></html>",
                "windows-1252");
        assertThat(decoder.decode(page, "UTF-16", true).text()).contains(FRENCH);
    }

    @Test
    void metaCharsetIsReadFromTheHead() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>" + CHINESE + "</p></body></html>";
        assertThat(decoder.decode(bytes(page, "GBK"), null, true).text()).contains(CHINESE);
        // A server's Latin-1 default loses to the page's own declaration.
        assertThat(decoder.decode(bytes(page, "GBK"), "ISO-8859-1", true).text()).contains(CHINESE);
    }

    @Test
    void xhtmlXmlDeclarationNamesTheCharset() {
        String page = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<html><body><p>" + JAPANESE + "</p></body></html>";
        assertThat(decoder.decode(bytes(page, "Shift_JIS"), null, true).text()).contains(JAPANESE);
        assertThat(Decoder.metaCharset(bytes("<?xml version='1.0' encoding='EUC-KR'?><html>", "UTF-8"))).isEqualTo("EUC-KR");
    }

    @Test
    void undeclaredLegacyCharsetsAreDetected() {
        assertThat(decoder.decode(bytes(CHINESE + CHINESE, "GB18030"), null, false).text()).isEqualTo(CHINESE + CHINESE);
        assertThat(decoder.decode(bytes(JAPANESE + JAPANESE, "Shift_JIS"), null, false).text())
                .isEqualTo(JAPANESE + JAPANESE);
        assertThat(decoder.decode(bytes(RUSSIAN + " " + RUSSIAN, "windows-1251"), null, false).text())
                .isEqualTo(RUSSIAN + " " + RUSSIAN);
        assertThat(decoder.decode(bytes(JAPANESE, "ISO-2022-JP"), null, false).text()).isEqualTo(JAPANESE);
    }

    @Test
    void undeclaredThaiIsNotTakenForCjk() {
        String thai = "รัฐบาลอนุมัติงบประมาณใหม่สำหรับปีหน้า รัฐมนตรีคลังกล่าวว่าการใช้จ่ายด้านการศึกษาและสาธารณสุขจะเพิ่มขึ้น";
        assertThat(decoder.decode(bytes(thai, "x-windows-874"), null, false).text()).isEqualTo(thai);
        String korean = "정부는 내년도 새 예산을 승인했다. 재무장관은 교육과 보건 지출이 늘고 적자는 줄어들 것이라고 말했다.";
        assertThat(Decoder.isPlausibleThai(bytes(korean, "EUC-KR"))).isFalse();
        assertThat(Decoder.isPlausibleThai(bytes(CHINESE, "GBK"))).isFalse();
        assertThat(Decoder.isPlausibleThai(bytes(JAPANESE, "EUC-JP"))).isFalse();
    }

    @Test
    void isoCharsetWithWindowsBytesIsReadAsItsWindowsSibling() {
        String czech = "Vláda schválila nový rozpočet. Ministr řekl, že výdaje na školství porostou a schodek se sníží. "
                + "Šéf opozice to kritizoval a „žádá“ nové volby.";
        assertThat(decoder.decode(bytes(czech + " " + czech, "windows-1250"), null, false).text()).isEqualTo(czech + " " + czech);
    }

    @Test
    void declaredCjkCharsetThatDoesNotFitIsNotTrusted() {
        // GBK bytes sent as Big5: many sequences are unmappable in Big5, so detection decides.
        assertThat(decoder.decode(bytes(CHINESE + CHINESE, "GBK"), "Big5", false).text()).isEqualTo(CHINESE + CHINESE);
    }

    @Test
    void utf8WithAStrayLatin1ByteStaysUtf8() {
        byte[] b = concat(bytes(RUSSIAN, "UTF-8"), new byte[] {' ', (byte) 0xE9, ' '}, bytes(RUSSIAN, "UTF-8"));
        DecodedText t = decoder.decode(b, "windows-1251", false);
        assertThat(t.charset()).isEqualTo("UTF-8");
        assertThat(t.text()).isEqualTo(RUSSIAN + " \uFFFD " + RUSSIAN);
    }

    @Test
    void invalidUtf8WithoutDeclarationDoesNotCrash() {
        byte[] broken = concat(bytes("Caf", "UTF-8"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xE9, (byte) 0xFF},
                bytes(" opens today", "UTF-8"));
        DecodedText t = decoder.decode(broken, null, false);
        assertThat(t.text()).startsWith("Caf").endsWith(" opens today");
    }

    @Test
    void mojibakeInsideUtf8IsRepaired() {
        String text = "Le " + MojibakeRepairTest.misread("café") + " rouvre " + MojibakeRepairTest.misread("“demain”");
        assertThat(decoder.decode(bytes(text, "UTF-8"), null, false).text()).isEqualTo("Le café rouvre “demain”");
    }

    @Test
    void controlsLineEndingsAndNormalisation() {
        String text = "Line one\r\nLine\u0000 two\rLine three\u0007\fpage\ttab\u2028sep cafe\u0301\uFEFF";
        assertThat(decoder.decode(bytes(text, "UTF-8"), null, false).text())
                .isEqualTo("Line one\nLine two\nLine three\npage\ttab\nsep café");
    }

    @Test
    void windows1252UndefinedBytesAreKeptForRepairThenDropped() {
        byte[] b = {'a', (byte) 0x81, 'b', (byte) 0x93, 'q', (byte) 0x94, (byte) 0xE9};
        assertThat(decoder.decode(b, "windows-1252", false).text()).isEqualTo("ab“q”é");
    }

    @Test
    void garbageRunsAreRemovedAndReported() {
        String soup = "\u0335\u027C\u7C75\u032D\u01FC\u0323\u016D\u0126\u0233\u01BD\u6CA8\u5863\u03F3\u02FF\u0472";
        DecodedText t = decoder.decode(bytes("Headline\n" + soup + "\nBody text.", "UTF-8"), null, false);
        assertThat(t.text()).isEqualTo("Headline\n\nBody text.");
        assertThat(t.removed()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(RemovalReason.GARBAGE));
    }

    @Test
    void forNameWidensLabelsLikeBrowsers() {
        assertThat(Decoder.forName("ISO-8859-1")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(Decoder.forName("gb2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(Decoder.forName("no-such-charset")).isNull();
        assertThat(Decoder.forName(" UTF8 ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Decoder.forName("ISO-8859-8-I")).isEqualTo(Charset.forName("ISO-8859-8"));
    }
}
