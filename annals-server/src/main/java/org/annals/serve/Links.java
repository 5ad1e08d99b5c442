package org.annals.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The server's URLs, and the checks on ids and outside links that keep requests and pages safe. */
final class Links {
    /** An article id: hex SHA-256, then {@code #n} when one input held several articles. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{16,128}(#[0-9]{1,9})?");
    /** An article-local event id ({@code v1}). */
    private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /** Longest actor id accepted. */
    static final int MAX_ENTITY_ID = 300;

    private Links() {
    }

    /** Whether {@code id} has the shape of an article id. */
    static boolean isArticleId(String id) {
        return id != null && ARTICLE_ID.matcher(id).matches();
    }

    /** Whether {@code id} has the shape of an article-local id. */
    static boolean isLocalId(String id) {
        return id != null && LOCAL_ID.matcher(id).matches();
    }

    /** Whether {@code id} may be an actor's canonical id: bounded, printable. */
    static boolean isEntityId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ENTITY_ID) {
            return false;
        }
        return id.codePoints().noneMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\');
    }

    /** The reader's URL of an article. */
    static String article(String id) {
        return "/articles/" + segment(id);
    }

    /** The reader's URL of an article, opened on one event. */
    static String articleEvent(String id, String event) {
        return article(id) + "#ev-" + segment(event);
    }

    /** An actor's page. */
    static String entity(String canonicalId) {
        return "/entities/" + segment(canonicalId);
    }

    /** A story's page. */
    static String story(String id) {
        return "/stories/" + segment(id);
    }

    /** A value encoded for a path segment or query parameter. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * An outside link as it may be rendered: only absolute http and https URLs, else null, so a
     * {@code javascript:} or {@code data:} URL from a page never becomes a link.
     */
    static String external(String uri) {
        if (uri == null || uri.length() > 2000) {
            return null;
        }
        try {
            URI u = new URI(uri.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u.toASCIIString();
            }
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        return null;
    }
}
