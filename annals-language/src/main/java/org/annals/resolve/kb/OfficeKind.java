package org.annals.resolve.kb;

import java.util.Locale;
import java.util.Optional;

/** The kinds of office whose holders the knowledge base tracks over time. */
public enum OfficeKind {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, PARTY_LEADER,
    /** Head of an intergovernmental organisation or one of its institutions (UN Secretary-General). */
    ORGANIZATION_HEAD;

    /** The code used in the data files ({@code head_of_state}, …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@code code} in a data file, or empty when the code is unknown. */
    public static Optional<OfficeKind> ofCode(String code) {
        for (OfficeKind kind : values()) {
            if (kind.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
