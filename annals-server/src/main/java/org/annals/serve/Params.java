package org.annals.serve;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Query parameters read and checked: a bad value is a 400 with a message naming the parameter. */
final class Params {
    /** Longest free-text parameter accepted. */
    static final int MAX_TEXT = 1000;
    /** PLOVER categories, and OCCURRENCE. */
    static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT", "OCCURRENCE");

    private Params() {
    }

    /** A free-text parameter, stripped; null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        if (v.codePoints().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw ApiException.badRequest(name + " holds control characters");
        }
        return v.strip();
    }

    /** A PLOVER category, upper case; null when absent. */
    static String category(Context ctx) {
        String v = text(ctx, "category");
        if (v == null) {
            return null;
        }
        String c = v.toUpperCase(Locale.ROOT);
        if (!CATEGORIES.contains(c)) {
            throw ApiException.badRequest("category must be a PLOVER category (e.g. CONSULT), not '" + clip(v) + "'");
        }
        return c;
    }

    /** The first day of {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when absent. */
    static LocalDate firstDay(Context ctx, String name) {
        return day(ctx, name, true);
    }

    /** The last day of {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when absent. */
    static LocalDate lastDay(Context ctx, String name) {
        return day(ctx, name, false);
    }

    private static LocalDate day(Context ctx, String name, boolean first) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return first ? m.atDay(1) : m.atEndOfMonth();
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // Falls through to the message below.
        }
        throw ApiException.badRequest(name + " takes YYYY, YYYY-MM or YYYY-MM-DD, not '" + clip(v) + "'");
    }

    /** A page number from 0 to {@code max}; 0 when absent. */
    static int page(Context ctx, int max) {
        return integer(ctx, "page", 0, 0, max);
    }

    /** An integer within bounds, or {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below.
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max);
    }

    /** A path parameter that must be an article id. */
    static String articleId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Links.isArticleId(id)) {
            throw ApiException.badRequest("not an article id: hex digits, then #n for one of several articles");
        }
        return id;
    }

    /** A path parameter that must be an actor id. */
    static String entityId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Links.isEntityId(id)) {
            throw ApiException.badRequest("not an actor id");
        }
        return id;
    }

    /** A value cut short and on one line, for messages. */
    static String clip(String v) {
        String s = v.replaceAll("\\p{Cntrl}", " ");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
