package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the roles, affiliations and country the text gives a person: in a title before the name
 * ("Russian President Vladimir Putin", "General Secretary of the CPC Central Committee and Chinese
 * President Xi Jinping") and in an apposition after it ("Liu Jiancao, Minister of the International
 * Department of the CPC Central Committee,"). A phrase counts only when the role lexicon knows its title.
 */
final class RoleReader {
    private static final int MAX_TITLE_TOKENS = 16;
    private static final int MAX_APPOSITION_TOKENS = 25;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "on", "-LRB-", "-RRB-", "(", ")",
            "'s", "&", "-");
    private static final Set<String> LOWER_TITLE_WORDS = Set.of("former", "vice", "deputy", "acting", "then",
            "foreign", "prime", "minister", "president", "secretary", "general", "chairman", "spokesperson",
            "spokesman", "spokeswoman", "member", "head", "chief", "director", "ambassador", "envoy", "premier",
            "leader", "governor", "mayor", "chancellor", "king", "queen", "senator", "commander", "state");
    private static final Set<String> APPOSITION_STARTERS = Set.of("member", "head", "chief", "director", "president",
            "chairman", "chairwoman", "secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "leader",
            "ambassador", "envoy", "governor", "mayor", "deputy", "vice", "former", "general");

    private final ActorKnowledge knowledge;

    RoleReader(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Adds what the titles and appositions around each person mention say to that person's cluster. */
    void read(AnnotatedText text, int[] sentenceOfToken, Map<NamedMention, Cluster> clusters) {
        for (Map.Entry<NamedMention, Cluster> e : clusters.entrySet()) {
            NamedMention m = e.getKey();
            Cluster c = e.getValue();
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            if (m.firstToken() > 0 && c.gender < 0) {
                c.gender = genderOfHonorific(text.tokens().get(m.firstToken() - 1).text());
            }
            int sentence = sentenceOfToken[m.firstToken()];
            int from = m.firstToken();
            while (from > 0 && sentenceOfToken[from - 1] == sentence && m.firstToken() - from < MAX_TITLE_TOKENS
                    && titleToken(text.tokens().get(from - 1))) {
                from--;
            }
            if (from < m.firstToken()) {
                for (List<Token> phrase : splitAtAnd(text.tokens().subList(from, m.firstToken()))) {
                    readTitle(phrase, text.text(), c);
                }
            }
            readApposition(text, sentenceOfToken, m, c);
            if (c.country == null) {
                c.country = nationalityBefore(text.tokens(), m.firstToken(), sentenceOfToken).orElse(null);
            }
            if (c.country == null) {
                c.country = descriptionBefore(text.tokens(), m.firstToken(), sentenceOfToken).orElse(null);
            }
            organizationBefore(text, m.firstToken(), sentenceOfToken).ifPresent(c.affiliations::add);
        }
    }

    /**
     * "Italian Matteo Ricci", "Kenyan runner Ruth Wanjiru", "Hungarian Economy Minister Péter Kovács",
     * "Senegal's foreign minister Awa Ndiaye": a nationality or a country's possessive a few words
     * before the name, with no punctuation or other name between.
     */
    private Optional<String> nationalityBefore(List<Token> tokens, int name, int[] sentenceOfToken) {
        for (int i = name - 1; i >= 0 && name - i <= 5 && sentenceOfToken[i] == sentenceOfToken[name]; i--) {
            Token t = tokens.get(i);
            if (t.text().equals("'s") && i > 0 && tokens.get(i - 1).ner() == EntityType.LOCATION) {
                return knowledge.countryOfPlace(tokens.get(i - 1).text());
            }
            if (t.ner() == EntityType.ORGANIZATION) {
                continue; // "Australian WikiLeaks founder Julian Assange"
            }
            if (t.ner() != null || t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) {
                return Optional.empty();
            }
            Optional<String> country = demonymCountry(t);
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    /** The country a capitalised demonym names ("Kenyan"), if the word is one. */
    private Optional<String> demonymCountry(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? knowledge.countryOfAdjective(w) : Optional.empty();
    }

    /**
     * "U.N. mediator Diego Cordovez", "NATO spokesman James Shea": a body named right before a lower-case
     * description of the person, which the person speaks or acts for.
     */
    private static Optional<String> organizationBefore(AnnotatedText text, int name, int[] sentenceOfToken) {
        List<Token> tokens = text.tokens();
        int i = name - 1;
        int described = 0;
        while (i >= 0 && described < 3 && sentenceOfToken[i] == sentenceOfToken[name] && tokens.get(i).ner() == null
                && !tokens.get(i).text().isEmpty() && Character.isLowerCase(tokens.get(i).text().charAt(0))) {
            i--;
            described++;
        }
        if (described == 0 || i < 0 || tokens.get(i).ner() != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        int end = i + 1;
        while (i > 0 && tokens.get(i - 1).ner() == EntityType.ORGANIZATION) {
            i--;
        }
        return Optional.of(text.text().substring(tokens.get(i).start(), tokens.get(end - 1).end()));
    }

    /** 1 for "Mr", 0 for "Mrs"/"Ms", -1 for anything else. */
    private static int genderOfHonorific(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mr", "mr.", "sir", "lord" -> 1;
            case "mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame" -> 0;
            default -> -1;
        };
    }

    private static boolean titleToken(Token t) {
        String w = t.text();
        if (w.isEmpty()) {
            return false;
        }
        if (t.ner() == EntityType.PERSON) {
            return false; // another person's name: "Xi Jinping and Vladimir Putin"
        }
        return Character.isUpperCase(w.charAt(0)) || CONNECTORS.contains(w)
                || LOWER_TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static List<List<Token>> splitAtAnd(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).text().equals("and") || tokens.get(i).text().equals(",")) {
                List<Token> part = trim(tokens.subList(start, i));
                if (!part.isEmpty()) {
                    out.add(part);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static List<Token> trim(List<Token> tokens) {
        int a = 0;
        int b = tokens.size();
        while (a < b && leadingNoise(tokens.get(a).text())) {
            a++;
        }
        while (b > a && CONNECTORS.contains(tokens.get(b - 1).text())) {
            b--;
        }
        return tokens.subList(a, b);
    }

    private static boolean leadingNoise(String w) {
        return CONNECTORS.contains(w) || w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a")
                || w.equalsIgnoreCase("an");
    }

    /** "Chinese President" → President of China; "General Secretary of the CPC Central Committee" as printed. */
    private void readTitle(List<Token> phrase, String text, Cluster c) {
        int i = 0;
        String country = null;
        String body = null;
        if (phrase.size() > 1) {
            Optional<String> adj = knowledge.countryOfAdjective(phrase.get(0).text());
            if (adj.isPresent()) {
                country = adj.get();
                i = 1;
            }
        }
        // "U.S. Secretary of State", "Arab League Secretary General": a country or body named before the title.
        for (int lead = 1; i == 0 && lead < Math.min(phrase.size(), 4); lead++) {
            if (phrase.get(lead - 1).ner() == null || phrase.get(lead).ner() == phrase.get(lead - 1).ner()) {
                continue;
            }
            String name = text.substring(phrase.get(0).start(), phrase.get(lead - 1).end());
            Optional<String> place = knowledge.countryOfPlace(name);
            if (place.isPresent()) {
                country = place.get();
                i = lead;
            } else if (knowledge.actor(name, EntityType.ORGANIZATION, null).isPresent()) {
                body = name;
                i = lead;
            }
        }
        List<Token> title = phrase.subList(i, phrase.size());
        for (int end = title.size(); end > 0; end--) {
            String candidate = text.substring(title.get(0).start(), title.get(end - 1).end());
            Optional<ActorKnowledge.Role> role = knowledge.role(candidate);
            if (role.isPresent()) {
                String rest = end < title.size() ? text.substring(title.get(end).start(), title.get(title.size() - 1).end()) : "";
                addRole(c, role.get(), country, candidate, rest);
                if (body != null) {
                    c.affiliations.add(body);
                }
                return;
            }
        }
    }

    private void addRole(Cluster c, ActorKnowledge.Role role, String country, String printedTitle, String rest) {
        String of = rest.startsWith("of ") ? rest.substring(3) : "";
        if (country == null && !of.isEmpty()) {
            country = knowledge.countryOfPlace(of).orElse(null);
        }
        String shown;
        if (country != null && (of.isEmpty() || knowledge.countryOfPlace(of).isPresent())) {
            shown = role.name() + " of " + knowledge.countryName(country).orElse(country);
        } else if (!of.isEmpty()) {
            shown = role.name() + " of " + stripThe(of);
            c.affiliations.add(stripThe(of));
        } else {
            shown = role.name();
        }
        c.roles.add(shown);
        c.roleNames.add(role.name().toLowerCase(Locale.ROOT));
        if (c.country == null && country != null) {
            c.country = country;
        }
        if (c.sector == null && role.sector() != null) {
            c.sector = role.sector();
        }
        if (c.gender < 0) {
            String t = printedTitle.toLowerCase(Locale.ROOT);
            if (t.contains("king") || t.contains("spokesman")) {
                c.gender = 1;
            } else if (t.contains("queen") || t.contains("spokeswoman")) {
                c.gender = 0;
            }
        }
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** "Name, Minister of …," — the phrase between the commas, when it opens with a title. */
    private void readApposition(AnnotatedText text, int[] sentenceOfToken, NamedMention m, Cluster c) {
        List<Token> tokens = text.tokens();
        int comma = m.endToken();
        if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")
                || sentenceOfToken[comma] != sentenceOfToken[m.firstToken()]) {
            return;
        }
        int start = comma + 1;
        int end = start;
        while (end < tokens.size() && sentenceOfToken[end] == sentenceOfToken[m.firstToken()]
                && end - start < MAX_APPOSITION_TOKENS && !isBoundary(tokens.get(end).text())) {
            end++;
        }
        List<Token> phrase = trim(tokens.subList(start, end));
        if (phrase.isEmpty() || end == start) {
            return;
        }
        if (!opensWithTitle(phrase)) {
            // "Salaheddine Sidhoum, Algeria's leading human rights activist,": a description naming a country.
            if (c.country == null && DESCRIPTION_STARTERS.contains(phrase.get(0).text().toLowerCase(Locale.ROOT))
                    || c.country == null && possessiveCountry(phrase, 0).isPresent()) {
                c.country = countryInDescription(phrase).orElse(null);
            }
            return;
        }
        for (List<Token> part : splitBeforeTitles(phrase)) {
            readAppositive(part, text.text(), c);
        }
        if (c.country == null) {
            c.country = countryInDescription(phrase).orElse(null);
        }
    }

    /**
     * "A member of the Syrian parliament, Mohammed Mamoun, …": a description set off before the name, from the
     * start of the sentence, naming a country.
     */
    private Optional<String> descriptionBefore(List<Token> tokens, int name, int[] sentenceOfToken) {
        int comma = name - 1;
        if (comma < 1 || !tokens.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        int start = comma;
        while (start > 0 && sentenceOfToken[start - 1] == sentenceOfToken[name] && comma - start < MAX_APPOSITION_TOKENS
                && !isBoundary(tokens.get(start - 1).text())) {
            start--;
        }
        boolean opensSentence = start == 0 || sentenceOfToken[start - 1] != sentenceOfToken[name];
        List<Token> phrase = tokens.subList(start, comma);
        return opensSentence && !phrase.isEmpty() && DESCRIPTION_STARTERS.contains(phrase.get(0).text().toLowerCase(Locale.ROOT))
                ? countryInDescription(phrase) : Optional.empty();
    }

    /** The first country a description names by demonym or possessive ("a Syrian lawmaker", "Algeria's leading …"). */
    private Optional<String> countryInDescription(List<Token> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            Optional<String> owner = possessiveCountry(phrase, i);
            if (owner.isPresent()) {
                return owner;
            }
            Optional<String> adjective = demonymCountry(phrase.get(i));
            if (adjective.isPresent()) {
                return adjective;
            }
        }
        return Optional.empty();
    }

    private Optional<String> possessiveCountry(List<Token> phrase, int i) {
        return i + 1 < phrase.size() && phrase.get(i + 1).text().equals("'s")
                ? knowledge.countryOfPlace(phrase.get(i).text()) : Optional.empty();
    }

    private boolean opensWithTitle(List<Token> phrase) {
        return APPOSITION_STARTERS.contains(phrase.get(0).text().toLowerCase(Locale.ROOT))
                || knowledge.countryOfAdjective(phrase.get(0).text()).isPresent();
    }

    /** "member of X and Vice Premier of Y" is two roles; "Minister of Trade and Industry" is one. */
    private List<List<Token>> splitBeforeTitles(List<Token> phrase) {
        List<List<Token>> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i + 1 < phrase.size(); i++) {
            if (phrase.get(i).text().equals("and") && opensWithTitle(phrase.subList(i + 1, phrase.size()))) {
                parts.add(phrase.subList(start, i));
                start = i + 1;
            }
        }
        parts.add(phrase.subList(start, phrase.size()));
        return parts;
    }

    /** One appositive role; kept as printed when it names a body ("Minister of the International Department of …"). */
    private void readAppositive(List<Token> phrase, String text, Cluster c) {
        String printed = text.substring(phrase.get(0).start(), phrase.get(phrase.size() - 1).end());
        int of = printed.indexOf(" of ");
        if (phrase.get(0).text().equalsIgnoreCase("member")) {
            c.roles.add(printed);
            if (of > 0) {
                c.affiliations.add(stripThe(printed.substring(of + 4)));
            }
            return;
        }
        int before = c.roles.size();
        readTitle(phrase, text, c);
        if (c.roles.size() > before && of > 0) {
            String added = new ArrayList<>(c.roles).get(c.roles.size() - 1);
            if (!added.equals(printed) && !printed.startsWith(added)) {
                c.roles.remove(added);
                c.roles.add(printed);
            }
        }
    }

    /** Words that open a description of a person rather than a title: "a Syrian lawmaker", "the country's …". */
    private static final Set<String> DESCRIPTION_STARTERS = Set.of("a", "an", "the", "one", "another");

    private static boolean isBoundary(String w) {
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("''") || w.equals("``")
                || w.equals("\"") || w.equals("who") || w.equals("said");
    }
}
