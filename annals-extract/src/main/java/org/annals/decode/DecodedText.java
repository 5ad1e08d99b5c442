package org.annals.decode;

import org.annals.model.Removal;

import java.util.List;

/**
 * Bytes turned into text.
 *
 * @param text    the text, NFC-normalised, repaired
 * @param charset the charset the bytes were read with
 * @param removed runs of garbage taken out of the text
 */
public record DecodedText(String text, String charset, List<Removal> removed) {
    public DecodedText {
        removed = List.copyOf(removed);
    }
}
