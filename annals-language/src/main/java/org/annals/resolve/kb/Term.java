package org.annals.resolve.kb;

import java.time.LocalDate;

/**
 * One term in one office.
 *
 * @param role         normalised title ("President", "Foreign Minister")
 * @param officeKind   which kind of office it is
 * @param country      alpha-3 code of the country whose office it is, or null for an organisation's office
 * @param organization id of the organisation whose office it is (UN, NATO, EC), or null for a country's office
 * @param sector       PLOVER/CAMEO sector of the office (GOV, IGO, PTY, …)
 * @param from         when the term began
 * @param to           when it ended, or null when it was running at the data's latest knowledge
 */
public record Term(String role, OfficeKind officeKind, String country, String organization, String sector,
                   PartialDate from, PartialDate to) {

    /** Whether the term may have been running on {@code date} (the whole span of partial dates counts). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from.first()) && (to == null || !date.isAfter(to.last()));
    }

    /** The country code or organisation id the office belongs to. */
    public String holderOf() {
        return organization != null ? organization : country;
    }
}
