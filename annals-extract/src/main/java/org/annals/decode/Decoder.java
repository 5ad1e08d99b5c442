package org.annals.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into clean text: byte-order mark, then the declared charset (container header,
 * HTML meta), then detection; the result is NFC-normalised.
 */
public final class Decoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Decodes a payload.
     *
     * @param bytes           the raw bytes
     * @param declaredCharset charset named by the container, or null
     * @param html            whether the payload is HTML (its meta tags may name a charset)
     */
    public DecodedText decode(byte[] bytes, String declaredCharset, boolean html) {
        Charset charset = chooseCharset(bytes, declaredCharset, html);
        int skip = bomLength(bytes);
        String text = new String(bytes, skip, bytes.length - skip, charset);
        text = Normalizer2.getNFCInstance().normalize(text);
        return new DecodedText(text, charset.name(), List.of());
    }

    private Charset chooseCharset(byte[] bytes, String declared, boolean html) {
        Charset bom = charsetFromBom(bytes);
        if (bom != null) {
            return bom;
        }
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Charset fromDeclared = forName(declared);
        if (fromDeclared != null) {
            return fromDeclared;
        }
        if (html) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                Charset fromMeta = forName(m.group(1));
                if (fromMeta != null) {
                    return fromMeta;
                }
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        Charset detected = match == null ? null : forName(match.getName());
        return detected != null ? detected : Charset.forName("windows-1252");
    }

    static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // Browsers treat these labels as supersets; so do we (WHATWG Encoding).
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        } else if (n.equals("gb2312") || n.equals("gbk")) {
            n = "gb18030";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset charsetFromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset bom = charsetFromBom(b);
        if (bom == null) {
            return 0;
        }
        return bom == StandardCharsets.UTF_8 ? 3 : 2;
    }
}
