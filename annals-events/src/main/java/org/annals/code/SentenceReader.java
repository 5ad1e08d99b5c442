package org.annals.code;

import org.annals.annotate.DependencyParse;
import org.annals.annotate.Token;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the events of one parsed sentence: finds lexicon words, checks their conditions, reads
 * actors and recipients off the dependency tree (voice, coordination, control, relative clauses),
 * lets a governing event absorb the one it embeds ("refused to meet", "threatened to impose
 * sanctions"), and decides modality. Not thread-safe; one instance per sentence.
 */
final class SentenceReader {
    static final Set<String> HOSTILE = Set.of("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT");
    /** Categories whose negation is a refusal: "did not attend" is REJECT. */
    private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
            "CONCEDE", "RETREAT");
    /** Verbs of saying: what they introduce is reported, and they are never events themselves. */
    static final Set<String> SPEECH = Set.of("say", "tell", "state", "announce", "report", "claim", "add", "note",
            "declare", "insist", "stress", "confirm", "allege", "quote", "write", "reply", "respond", "explain",
            "reiterate", "believe", "think", "suggest", "indicate", "argue", "acknowledge", "disclose", "reveal",
            "conclude");
    /** Verbs whose infinitive complement has their object, not their subject, as subject ("urged Iran to stop"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "order", "call", "invite", "allow",
            "force", "persuade", "tell", "press", "encourage", "help", "permit", "instruct", "request");
    private static final Set<String> FUTURE_GOVERNORS = Set.of("plan", "intend", "expect", "schedule", "prepare",
            "aim", "want", "wish", "hope", "seek", "decide", "ready", "willing", "prepared", "set", "due",
            "determined", "committed", "poised", "scheduled", "slated", "likely", "go", "eager", "keen");
    private static final Set<String> HYPOTHETICAL_GOVERNORS = Set.of("consider", "mull", "weigh", "study",
            "propose", "suggest", "contemplate", "threaten", "may", "able", "possible");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("may", "might", "could", "can", "should", "must",
            "ca");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    /** Modifiers that may name who a noun phrase belongs to, most telling first; "nmod/of" is an "of" phrase. */
    private static final List<String> MODIFIERS = List.of("compound", "flat", "nmod:poss", "amod", "nmod/of",
            "nmod/from", "nmod/in", "nmod/throughout", "nmod/across");
    /** Nouns that count the people of their "of" phrase: "tens of thousands of students in Jakarta". */
    private static final Set<String> QUANTITIES = Set.of("ten", "tens", "hundred", "hundreds", "thousand",
            "thousands", "dozen", "dozens", "score", "scores", "million", "millions", "group", "number", "crowd",
            "band", "majority", "some", "many", "most", "third", "half", "part");
    private static final Set<String> DYING = Set.of("die", "perish");
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Verbs of threatening, whose "if" clause is the condition of the threat, not an event. */
    private static final Set<String> THREATS = Set.of("threaten", "warn", "vow", "pledge", "promise");
    private static final Set<String> MEANS_CASES = Set.of("in", "by", "during");
    /** Cases of a phrase naming what an act is about; "out" is the parser's case of "out of" ("pulled out of the talks"). */
    private static final Set<String> EMBED_CASES = Set.of("of", "for", "over", "against", "about", "with", "out");
    private static final Set<String> EFFORTS = Set.of("effort", "mission", "bid", "initiative", "attempt", "process",
            "campaign", "operation", "plan", "drive");
    private static final Set<String> SHARED_SUBJECT_CASES = Set.of("for", "in", "on", "into", "under");
    /** Determiners that make a noun generic or habitual: "I enjoy every meeting with him" is no event. */
    private static final Set<String> GENERIC_DETERMINERS = Set.of("every", "any", "each");
    private static final Set<String> HABITUAL_ADVERBS = Set.of("often", "frequently", "regularly", "repeatedly",
            "usually", "always", "routinely", "sometimes");
    private static final Set<String> HABITUAL_QUANTIFIERS = Set.of("many", "several", "numerous", "every", "each",
            "countless");
    /** Acts of violence and coercion, coded even when said to be habitual. */
    private static final Set<String> ABUSE = Set.of("ASSAULT", "COERCE");
    /** Categories whose content is another act: they take its recipients. */
    private static final Set<String> GOVERNING = Set.of("INTENT", "AGREE", "REQUEST", "REJECT", "THREATEN");
    /** People an attack on whom is repression of dissent. */
    private static final Set<String> CROWDS = Set.of("protester", "demonstrator", "rioter", "marcher", "crowd",
            "mourner", "striker", "picketer");
    /** Phrases that say where an unnamed recipient is: on its head, and further down its noun phrase. */
    private static final Set<String> WHERE_CASES = Set.of("in", "of", "from", "inside");
    private static final Set<String> WHERE_BELOW_CASES = Set.of("in", "from", "inside");
    /** How many words of a recipient's noun phrase are searched for where it is. */
    private static final int MAX_PHRASE_WORDS = 24;
    /** Relations of a clause that may state the purpose of the act it hangs from ("sent a message to extend …"). */
    private static final Set<String> PURPOSE_RELATIONS = Set.of("advcl", "acl", "xcomp");
    /**
     * Acts on someone that, with no one named, are done at home ("refused to release the detained fishermen",
     * "lifted the curfew"): the actor's own side is the recipient when the sentence names no other country.
     */
    private static final Set<String> DOMESTIC = Set.of("REJECT", "REQUEST", "ACCUSE", "CONCEDE", "RETREAT",
            "MOBILIZE");
    /** Acts that are domestic unless someone else is named, even with nothing acted on: arrests, protests, alerts. */
    private static final Set<String> UNTARGETED_DOMESTIC = Set.of("COERCE", "PROTEST", "MOBILIZE");
    /** Categories of acts done to someone, whose unnamed target is read from its place or its domestic setting. */
    private static final Set<String> TARGETED = Set.of("ASSAULT", "COERCE", "PROTEST");
    private static final Set<String> TARGET_CASES = Set.of("on", "at", "against", "upon", "with");
    private static final Set<String> TARGET_PLACE_CASES = Set.of("in", "near", "outside", "across", "inside",
            "around", "throughout", "of");
    private static final Set<String> COMPLEMENT_CASES = Set.of("to", "with", "for", "against", "on");
    /** Categories whose reported content is searched for the "if" or "unless" clause naming whom they are aimed at. */
    private static final Set<String> CONDITIONED = Set.of("INTENT", "THREATEN", "REQUEST");
    /** Cases that name what a protest is aimed at: "against the decision", "in defiance of the authorities". */
    private static final Set<String> PROTESTED_CASES = Set.of("against", "at", "over", "of", "for");
    /** Cases of the means of an act, which the parser may give the act's own phrases: "by telephone with". */
    private static final Set<String> INSTRUMENT_CASES = Set.of("by", "via");
    /** Participles that say what state their subject is in: "is opposed to", "is committed to". */
    private static final Set<String> STATES = Set.of("oppose", "commit", "prepare", "determine", "resolve",
            "dedicate", "devote");
    /** Relations of a participle that elaborates the act it hangs from. */
    private static final Set<String> ELABORATIONS = Set.of("advcl", "dep", "conj");
    private static final Set<String> SPANS = Set.of("round", "series", "wave", "spate", "string");
    /** Durations that stand for what fills them when counted: "10 days of war games", not "the first day of the meeting". */
    private static final Set<String> DURATIONS = Set.of("day", "week", "month", "hour", "year");
    private static final Set<String> CARRYING = Set.of("carry", "bring", "load", "transport", "deliver");
    private static final Set<String> AID_GOODS = Set.of("aid", "food", "medicine", "tent", "blanket", "supply",
            "relief", "water", "rice", "grain", "wheat", "flour", "vaccine", "drug", "assistance", "shelter");
    private static final Set<String> LOCATING_CASES = Set.of("in", "of", "from", "throughout", "across", "inside", "at",
            "near", "outside", "around");
    /** What kills without anyone doing it: "the earthquake killed 17,000 people" is no attack. */
    private static final Set<String> NATURAL_CAUSES = Set.of("earthquake", "quake", "flood", "flooding", "storm",
            "cyclone", "hurricane", "typhoon", "tsunami", "landslide", "avalanche", "disease", "epidemic", "outbreak",
            "virus", "heatwave", "heat", "drought", "famine", "accident", "crash", "collapse", "blaze",
            "tremor", "eruption", "mudslide", "wildfire", "rain", "snow", "cold");
    /** Acts done to a place ("suspended aid deliveries in Baghdad"), whose place is a target and not a venue. */
    private static final Set<String> PLACED = Set.of("SANCTION", "AID", "ASSAULT", "RETREAT", "MOBILIZE");
    private static final Set<String> WARS = Set.of("war", "campaign", "offensive", "struggle", "fight", "operation");
    /** Acts whose announcer, when the act is told in the passive with no agent, is taken to have done it. */
    private static final Set<String> ANNOUNCED = Set.of("AID", "AGREE", "SANCTION", "CONCEDE", "RETREAT",
            "COOPERATE");
    private static final Set<String> WHEN = Set.of("when", "as", "after");
    /** What makes an opening or launch a delivery of aid: "a humanitarian mission", "a field hospital". */
    private static final Set<String> RELIEF = Set.of("relief", "humanitarian", "rescue", "hospital", "airlift",
            "medical", "aid", "evacuation", "clinic", "food");
    private static final Set<String> LEGISLATURES = Set.of("parliament", "assembly", "chamber", "session",
            "house", "congress", "senate", "legislature", "sitting", "debate");
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "through", "across");
    /** Cases naming whose a demand, call or plan is: "calls by Belarus", "an appeal from the president". */
    private static final Set<String> OWNER_CASES = Set.of("by", "from");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final double VERB_CONFIDENCE = 0.9;
    private static final double NOUN_CONFIDENCE = 0.8;

    /** The "X said Y must …" pattern: a demand carried by a modal in reported speech. */
    static final LexiconEntry REPORTED_DEMAND = new LexiconEntry("r.said-must", "say", false, List.of(),
            "REQUEST", null, "100", List.of("subj"), List.of("comp"));

    private final EventLexicon lexicon;
    private final DependencyParse parse;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final List<List<Integer>> children;

    /**
     * One event read from the sentence, before dating and merging.
     *
     * @param trigger    characters of the words that name it
     * @param triggerToken sentence-local index of its head word
     */
    record Candidate(String category, String mode, String cameo, List<Entity> actors, List<Entity> recipients,
                     Entity place, Span trigger, int triggerToken, String modality, double confidence, String rule) {
        Candidate withRecipients(List<Entity> others) {
            return new Candidate(category, mode, cameo, actors, others, place, trigger, triggerToken, modality,
                    confidence, rule);
        }
    }

    SentenceReader(EventLexicon lexicon, DependencyParse parse, List<Token> tokens, Entity[] entityAt) {
        this.lexicon = lexicon;
        this.parse = parse;
        this.tokens = tokens;
        this.entityAt = entityAt;
        this.children = new ArrayList<>();
        for (int i = 0; i < parse.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < parse.size(); i++) {
            if (parse.head(i) >= 0) {
                children.get(parse.head(i)).add(i);
            }
        }
    }

    List<Candidate> read() {
        Map<Integer, LexiconEntry> triggers = findTriggers();
        Map<Integer, List<Integer>> absorbed = new TreeMap<>();
        Set<Integer> embedded = new HashSet<>();
        for (int t : triggers.keySet()) {
            int parent = governingTrigger(t, triggers);
            if (parent >= 0) {
                embedded.add(t);
                absorbed.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
            }
        }
        Map<Integer, Candidate> built = new TreeMap<>();
        // Embedded events first, so a governing event can take their recipients and category.
        List<Integer> order = new ArrayList<>(triggers.keySet());
        order.sort((a, b) -> Integer.compare(depth(b), depth(a)));
        for (int t : order) {
            Candidate c = candidate(t, triggers.get(t), absorbed.getOrDefault(t, List.of()), built);
            if (c != null) {
                built.put(t, c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<Integer, Candidate> e : built.entrySet()) {
            Candidate c = e.getValue();
            boolean participants = !c.actors().isEmpty() || !c.recipients().isEmpty();
            if (!embedded.contains(e.getKey()) && (participants || c.category().equals("OCCURRENCE"))) {
                out.add(c);
            }
        }
        return out;
    }

    private Map<Integer, LexiconEntry> findTriggers() {
        Map<Integer, LexiconEntry> found = new TreeMap<>();
        for (int i = 0; i < parse.size(); i++) {
            String tag = parse.tag(i);
            String lemma = parse.lemma(i);
            if (SPEECH.contains(lemma) && tag.startsWith("VB") && demandClause(i) >= 0) {
                found.put(i, REPORTED_DEMAND);
                continue;
            }
            if (tag.equals("VBN") && parse.relation(i).equals("acl")) {
                // "the curfew imposed in June", "weapons seized last year": background, not the news.
                continue;
            }
            if (tag.startsWith("NN") && children.get(i).stream().anyMatch(k -> parse.relation(k).equals("det")
                    && GENERIC_DETERMINERS.contains(parse.lemma(k)))) {
                continue;
            }
            boolean habit = tag.startsWith("VB") && habitual(i);
            List<LexiconEntry> entries = tag.startsWith("VB") ? lexicon.verbs(lemma)
                    : tag.startsWith("NN") ? hyphenatedNouns(i, lemma) : List.of();
            for (LexiconEntry e : entries) {
                if (holds(e, i)) {
                    // "we have met many times", "they often visit": a habit, not one event; but "soldiers
                    // routinely beat detainees" reports abuse, which coders code.
                    if (!habit || ABUSE.contains(e.category())) {
                        found.put(i, e);
                    }
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The noun entries of a word, or of the hyphenated word it ends ("staged a sit-in": the tokenizer splits
     * "sit", "-", "in" and the parser makes "in" the head).
     */
    private List<LexiconEntry> hyphenatedNouns(int i, String lemma) {
        if (i >= 2 && parse.tag(i - 1).equals("HYPH") && parse.head(i - 2) == i) {
            List<LexiconEntry> joined = lexicon.nouns(parse.lemma(i - 2).toLowerCase(Locale.ROOT) + "-" + lemma);
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return lexicon.nouns(lemma);
    }

    /** Whether a verb is said of a habit: "often", "regularly", "many times", "every year". */
    private boolean habitual(int v) {
        for (int k : children.get(v)) {
            String lemma = parse.lemma(k);
            if (HABITUAL_ADVERBS.contains(lemma) && parse.relation(k).equals("advmod")) {
                return true;
            }
            if ((lemma.equals("time") || lemma.equals("year")) && parse.relation(k).startsWith("obl")) {
                for (int m : children.get(k)) {
                    if (HABITUAL_QUANTIFIERS.contains(parse.lemma(m))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The clause a speech verb introduces when that clause carries "must" or "should", else -1. */
    private int demandClause(int speech) {
        for (int c : children.get(speech)) {
            if (parse.relation(c).equals("ccomp")) {
                for (int a : children.get(c)) {
                    if (parse.relation(a).equals("aux") && Set.of("must", "should").contains(parse.lemma(a))) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    private boolean holds(LexiconEntry e, int t) {
        for (LexiconEntry.Condition c : e.conditions()) {
            if (!holds(c, e.noun(), t)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(LexiconEntry.Condition c, boolean noun, int t) {
        Set<String> v = c.values();
        return switch (c.kind()) {
            case OBJ -> lemmaIn(logicalObject(t), v);
            case SUBJ -> lemmaIn(subjectOf(t, 0), v);
            case PREP -> !prepositional(noun ? anchor(t) : t, v).isEmpty() || (!noun && particle(t, v) >= 0)
                    || (noun && governor(t) >= 0 && !prepositional(governor(t), v).isEmpty());
            case PRT -> children.get(t).stream().anyMatch(k -> (parse.relation(k).equals("compound:prt")
                    || parse.relation(k).equals("advmod")) && v.contains(parse.lemma(k)));
            case COMP -> children.get(t).stream().anyMatch(k -> (parse.relation(k).equals("xcomp")
                    || parse.relation(k).equals("ccomp") || infinitive(k)) && (v.isEmpty() || v.contains(parse.lemma(k))));
            case NOTCOMP -> children.get(t).stream().noneMatch(k -> (parse.relation(k).equals("xcomp")
                    || parse.relation(k).equals("ccomp")) && v.contains(parse.lemma(k)));
            case NOOBJ -> logicalObject(t) < 0;
            case OBJENT -> namesEntity(logicalObject(t));
            case OBJPERSON -> logicalObject(t) >= 0 && entityAt[logicalObject(t)] != null
                    && entityAt[logicalObject(t)].type() == EntityType.PERSON;
            case AGENT -> subjectOf(t, 0) >= 0;
            case MOD -> children.get(t).stream().anyMatch(k -> (parse.relation(k).startsWith("amod")
                    || parse.relation(k).startsWith("compound") || parse.relation(k).equals("nmod:npmod"))
                    && v.contains(parse.lemma(k)));
            case PLURAL -> parse.tag(t).equals("NNS") || parse.tag(t).equals("NNPS");
            case LIGHT -> governor(t) >= 0 && Set.of("obj", "obl", "nsubj:pass").contains(parse.relation(anchor(t)))
                    && v.contains(parse.lemma(governor(t)));
        };
    }

    /** Whether a noun phrase is itself an entity or a close modifier names one: "Kosovo", "the Ukrainian government". */
    private boolean namesEntity(int head) {
        return head >= 0 && (entityAt[head] != null || !closeModifierEntities(head).isEmpty());
    }

    /**
     * Whether the token's lemma, that of its "of" or "in" phrase ("tons of aid", "dollars in aid") or of a
     * modifier ("aid deliveries", "the alert level") is one of {@code lemmas}.
     */
    private boolean lemmaIn(int token, Set<String> lemmas) {
        if (token < 0) {
            return false;
        }
        if (lemmas.contains(parse.lemma(token)) || lemmas.contains(singular(parse.lemma(token)))) {
            return true;
        }
        for (int k : prepositional(token, Set.of("of", "in"))) {
            if (lemmas.contains(parse.lemma(k)) || lemmas.contains(singular(parse.lemma(k)))) {
                return true;
            }
        }
        // "suspended aid deliveries", "raised the alert level": the modifier names what the act is about.
        for (int k : children.get(token)) {
            String rel = parse.relation(k);
            if ((rel.equals("compound") || rel.equals("amod")) && lemmas.contains(singular(parse.lemma(k)))) {
                return true;
            }
        }
        return false;
    }

    /** The trigger that embeds {@code t} as its object, complement or "of/for" phrase, or -1. */
    private int governingTrigger(int t, Map<Integer, LexiconEntry> triggers) {
        int h0 = parse.head(t);
        if (h0 >= 0 && triggers.get(t).noun() && parse.relation(t).equals("nsubj") && triggers.containsKey(h0)
                && triggers.get(h0).category().equals(triggers.get(t).category())) {
            // "A roadside bombing killed a U.S. soldier": the attack named as the subject is the killing itself.
            return h0;
        }
        if (h0 >= 0 && parse.tag(t).equals("VBG") && ELABORATIONS.contains(parse.relation(t)) && triggers.containsKey(h0)
                && triggers.get(h0).category().equals(triggers.get(t).category())) {
            // "broke the ceasefire, firing on Azerbaijani positions": the participle tells how, one event.
            return h0;
        }
        if (h0 >= 0 && parse.relation(t).equals("advcl") && triggers.containsKey(h0)
                && triggers.get(h0).category().equals(triggers.get(t).category()) && children.get(t).stream()
                .anyMatch(k -> (parse.relation(k).equals("mark") || parse.relation(k).equals("advmod"))
                        && WHEN.contains(parse.lemma(k)))) {
            // "Two soldiers were killed when Congolese troops attacked their positions": one attack.
            return h0;
        }
        int purpose = purposeOf(t, triggers);
        if (purpose >= 0) {
            return purpose;
        }
        int cur = t;
        for (int step = 0; step < 5; step++) {
            int h = parse.head(cur);
            if (h < 0 || !embeds(cur)) {
                return -1;
            }
            if (triggers.containsKey(h)) {
                return h;
            }
            if (SPEECH.contains(parse.lemma(h))) {
                return -1;
            }
            cur = h;
        }
        return -1;
    }

    /**
     * The event a purpose clause restates: in "sent a congratulatory message to extend congratulations to
     * the crew", extending congratulations is what the message does, so it is one event; -1 otherwise.
     */
    private int purposeOf(int t, Map<Integer, LexiconEntry> triggers) {
        // The clause's verb: the trigger itself, or the light verb whose object it is ("extend congratulations").
        int v = parse.relation(t).equals("obj") && parse.head(t) >= 0 ? parse.head(t) : t;
        int h = parse.head(v);
        if (h < 0 || !PURPOSE_RELATIONS.contains(parse.relation(v)) || children.get(v).stream()
                .noneMatch(k -> parse.relation(k).equals("mark") && parse.lemma(k).equals("to"))) {
            return -1;
        }
        String category = triggers.get(t).category();
        if (triggers.containsKey(h) && triggers.get(h).category().equals(category)) {
            return h;
        }
        int object = child(h, "obj");
        return object >= 0 && triggers.containsKey(object) && triggers.get(object).category().equals(category)
                ? object : -1;
    }

    private boolean embeds(int dependent) {
        String rel = parse.relation(dependent);
        return switch (rel) {
            case "obj", "xcomp", "ccomp", "nsubj:pass" -> true;
            case "obl", "nmod" -> EMBED_CASES.contains(caseOf(dependent))
                    // "were killed in an air raid", "was wounded by shelling": the noun is how it was done.
                    || rel.equals("obl") && MEANS_CASES.contains(caseOf(dependent)) && passive(parse.head(dependent));
            case "advcl", "acl" -> children.get(dependent).stream()
                    .anyMatch(k -> parse.relation(k).equals("mark") && EMBED_CASES.contains(parse.lemma(k)))
                    || conditional(dependent) && threat(parse.head(dependent));
            default -> false;
        };
    }

    /** Whether {@code t} heads an "if" or "unless" clause. */
    private boolean conditional(int t) {
        return t >= 0 && parse.relation(t).equals("advcl") && children.get(t).stream()
                .anyMatch(k -> parse.relation(k).equals("mark") && CONDITIONS.contains(parse.lemma(k)));
    }

    /** Whether {@code v} is a verb of threatening or what one threatens to do ("threatened to close"). */
    private boolean threat(int v) {
        return THREATS.contains(parse.lemma(v)) || parse.relation(v).equals("xcomp") && parse.head(v) >= 0
                && THREATS.contains(parse.lemma(parse.head(v)));
    }

    /** Whether the infinitive or clause complement of {@code v} is negated ("vowed not to return"). */
    private boolean negatedComplement(int v) {
        for (int k : children.get(v)) {
            String rel = parse.relation(k);
            if ((rel.equals("xcomp") || rel.equals("ccomp")) && hasNegation(k)) {
                return true;
            }
        }
        return false;
    }

    private int depth(int t) {
        int d = 0;
        for (int cur = t; parse.head(cur) >= 0 && d < parse.size(); cur = parse.head(cur)) {
            d++;
        }
        return d;
    }

    private Candidate candidate(int t, LexiconEntry e, List<Integer> inner, Map<Integer, Candidate> built) {
        int subjectHead = e.noun() ? -1 : subjectOf(t, 0);
        if (subjectHead >= 0 && (e.category().equals("ASSAULT") || e.category().equals("COERCE"))
                && NATURAL_CAUSES.contains(singular(parse.lemma(subjectHead)))) {
            return null;
        }
        List<Entity> actors = role(e, t, e.actor());
        if (actors.isEmpty() && e.actor().contains("subj") && !e.noun()) {
            // "Police in Lagos", "authorities in the southern Kyrgyz city of Osh", "prisoners in Turkish jails":
            // a group no one names is of the place it is named in.
            actors = placeWithin(subjectHead);
        }
        // A controlled subject ("threatened to attack …") is no recipient of its own act.
        List<Entity> recipients = distinct(role(e, t, e.recipient()), actors);
        String category = e.category();
        String mode = e.mode();
        String cameo = e.cameo();
        String rule = e.id();
        Candidate child = null;
        for (int k : inner) {
            if (built.containsKey(k)) {
                child = built.get(k);
                break;
            }
        }
        if (child != null) {
            int notes = child.rule().indexOf('+');
            rule = rule + ">" + (notes < 0 ? child.rule() : child.rule().substring(0, notes));
            if (recipients.isEmpty()) {
                recipients = child.recipients();
            }
            if (recipients.isEmpty() && conditional(child.triggerToken())) {
                // "threatened to close the strait if the United States attacked": the threat is to the one who might act.
                recipients = child.actors();
            }
            if (actors.isEmpty() && (e == REPORTED_DEMAND || child.category().equals(category))) {
                actors = child.actors();
            }
        }
        if (recipients.isEmpty() && child == null && GOVERNING.contains(category)) {
            recipients = complementRecipients(t);
        }
        if (recipients.isEmpty()) {
            // "threatened to strike unless Israel rescinded …", "could lift restrictions on trade if Hanoi steps
            // up cooperation": an act conditional on another's is aimed at them.
            recipients = distinct(conditionParty(t, CONDITIONED.contains(category)), actors);
        }
        String innerCategory = child == null ? null : child.category();
        if (category.equals("INTENT")) {
            // "vowed not to return the Golan Heights": a promise of a refusal is a refusal.
            boolean refusal = "REJECT".equals(innerCategory) || negatedComplement(t);
            category = refusal ? "REJECT" : innerCategory != null && HOSTILE.contains(innerCategory) ? "THREATEN"
                    : "AGREE";
        }
        if (mode == null && innerCategory != null) {
            mode = derivedMode(category, innerCategory);
            cameo = derivedCameo(category, innerCategory, cameo);
        }
        if ((category.equals("OCCURRENCE") || category.equals("CONSULT")) && carriesAid(subjectOf(t, 0))
                || category.equals("OCCURRENCE") && lemmaIn(logicalObject(t), RELIEF)) {
            // "A Turkish convoy carrying tents arrived in Kabul", "opened a field hospital in Gaza", "launched a
            // humanitarian mission to Haiti": a delivery of aid to the place, not a visit or a happening.
            category = "AID";
            mode = "humanitarian";
            cameo = "073";
            if (recipients.isEmpty()) {
                Entity where = place(t, t);
                recipients = where != null && where.country() != null ? List.of(where)
                        : distinct(entitiesOf(prepositional(t, Set.of("to"))), actors);
            }
        }
        if (category.equals("SANCTION") && "164".equals(cameo) && prepositional(t, Set.of("out", "from")).stream()
                .anyMatch(k -> LEGISLATURES.contains(parse.lemma(k)))) {
            // "Opposition deputies walked out of parliament": a boycott in protest, not halted negotiations.
            category = "PROTEST";
            mode = "boycott";
            cameo = "143";
        }
        if (category.equals("RETREAT") && "CONSULT".equals(innerCategory)) {
            // "pulled out of the peace talks": leaving negotiations is halting them (CAMEO 164).
            category = "SANCTION";
            mode = "withdraw";
            cameo = "164";
        }
        if (category.equals("MOBILIZE") && "150".equals(cameo) && (children.get(t).stream()
                .anyMatch(k -> parse.lemma(k).equals("joint")) || actors.stream().map(Entity::country)
                .filter(Objects::nonNull).distinct().count() > 1)) {
            // "French and Egyptian warships launched war games", "joint drills": exercising together is
            // military cooperation (CAMEO 062), not a show of force.
            category = "COOPERATE";
            mode = "military";
            cameo = "062";
        }
        if (actors.isEmpty() && category.equals("MOBILIZE")) {
            // "Iraqi troops were put on full alert": the forces moved are their own side's.
            actors = entities(logicalObject(t));
        }
        if ("*".equals(mode)) {
            int object = logicalObject(t);
            mode = object >= 0 ? singular(parse.lemma(object)) : null;
        }
        int clause = e.noun() && governor(t) >= 0 ? governor(t) : t;
        if (actors.isEmpty() && !e.noun() && passive(t) && prepositional(t, Set.of("by")).isEmpty()
                && ANNOUNCED.contains(category)) {
            // "A 30-billion-yen loan will be extended to Indonesia, the Japanese Finance Ministry announced":
            // who announces their own aid, sanction or concession did it.
            actors = speakerOf(t);
        }
        String modality = modality(clause, t);
        boolean reported = reported(clause);
        if (modality.equals("negated") && COOPERATIVE.contains(category)) {
            mode = derivedMode("REJECT", category);
            cameo = derivedCameo("REJECT", category, "120");
            category = "REJECT";
            modality = "asserted";
            rule = rule + "+negated";
        }
        double confidence = e == REPORTED_DEMAND ? 0.75 : e.noun() ? NOUN_CONFIDENCE : VERB_CONFIDENCE;
        if (reported) {
            confidence *= 0.85;
            rule = rule + "+reported";
        }
        if (modality.equals("hypothetical")) {
            confidence *= 0.8;
        }
        if (category.equals("ASSAULT") && !e.noun() && logicalObject(t) >= 0
                && CROWDS.contains(singular(parse.lemma(logicalObject(t))))) {
            // "Police beat protesters", "troops fired on demonstrators": violent repression, which CAMEO groups
            // with coercion (175).
            category = "COERCE";
            mode = "repression";
            cameo = "175";
        }
        actors = distinct(actors, List.of());
        // A domestic act taken over from the embedded event ("threatened to attack the capital") keeps its
        // actor's side as recipient.
        boolean domestic = child != null && !child.recipients().isEmpty() && recipients.equals(child.recipients())
                && child.recipients().equals(child.actors());
        recipients = domestic ? recipients : distinct(recipients, actors);
        if (recipients.isEmpty() && e.noun() && category.equals("ASSAULT") && governor(t) >= 0
                && DYING.contains(parse.lemma(governor(t)))) {
            // "Three Palestinians died in an Israeli air strike": the dead are its victims.
            recipients = distinct(entities(subjectOf(governor(t), 0)), actors);
        }
        if (recipients.isEmpty() && category.equals("ASSAULT") && actors.size() > 1) {
            // "Indian and Pakistani troops exchanged fire": the sides of a fight with no one else named.
            recipients = actors.subList(1, actors.size());
            actors = actors.subList(0, 1);
        }
        if (recipients.isEmpty() && category.equals("PROTEST")) {
            // "went on hunger strike to protest against Sweden's decision", "in defiance of Chinese authorities".
            recipients = distinct(protestTarget(clause), actors);
        }
        if (recipients.isEmpty() && (TARGETED.contains(category) || DOMESTIC.contains(category) && !"meet".equals(mode))
                && !modality.equals("negated")) {
            recipients = unnamedTarget(category, clause, t, actors);
            if (actors.isEmpty() && category.equals("PROTEST")) {
                // "Thousands marched in Paris": protesters named by no one else are of the place they march in.
                actors = recipients;
            }
        }
        if (actors.isEmpty() && category.equals("PROTEST")) {
            // "Demonstrators picketed the American embassy in Seoul": protesters no one names are of the place.
            Entity where = place(clause, t);
            if (where != null && where.country() != null) {
                actors = List.of(where);
            }
        }
        if (actors.isEmpty() && category.equals("MOBILIZE")) {
            // "Extra riot police were deployed in central Moscow": forces no one names are the place's own.
            Entity where = place(clause, t);
            if (where != null && where.country() != null) {
                actors = List.of(where);
            }
        }
        if (actors.isEmpty() && category.equals("COERCE")) {
            // "A journalist has been detained in Iran": unnamed authorities are those of the place; "deported
            // from the Dominican Republic": of the place they were sent from.
            Entity where = place(clause, t);
            if (where == null && "deport".equals(mode)) {
                where = entitiesOf(prepositional(clause, Set.of("from"))).stream()
                        .filter(x -> x.type() == EntityType.LOCATION).findFirst().orElse(null);
            }
            if (where != null && where.country() != null && !recipients.contains(where)) {
                actors = List.of(where);
            }
        }
        if (recipients.isEmpty() && UNTARGETED_DOMESTIC.contains(category) && !actors.isEmpty()
                && !modality.equals("negated")) {
            // "Hundreds of women marched through Kabul": once the place gives the actors, the act is domestic.
            recipients = unnamedTarget(category, clause, t, actors);
        }
        if (actors.isEmpty() && TARGETED.contains(category) && !recipients.isEmpty()
                && recipients.stream().allMatch(x -> x.type() == EntityType.LOCATION && x.country() != null)) {
            // "Gunmen opened fire on a bus in the southern Philippines": unnamed attackers are of the place.
            actors = recipients;
        }
        if (recipients.isEmpty() && !category.equals("CONSULT") && !"meet".equals(mode) && !TARGETED.contains(category)) {
            // "aid to refugees fleeing the war in Liberia", "inspectors to facilities in central Iran": an unnamed
            // recipient is the country it is in, as event coders code it; less sure than a named one.
            recipients = distinct(whereUnnamed(e, t, actors), actors);
            if (!recipients.isEmpty()) {
                confidence *= 0.8;
            }
        }
        if (recipients.isEmpty() && !category.equals("CONSULT") && !category.equals("OCCURRENCE")
                && !"meet".equals(mode) && (!TARGETED.contains(category) || category.equals("ASSAULT"))) {
            // "suspended aid deliveries in Baghdad", "agreed to set up a research centre in Tokyo": with no one
            // else named, the act is aimed at the country it takes place in.
            Entity where = placeOfAct(clause, t, !PLACED.contains(category));
            if (where != null && where.country() != null
                    && actors.stream().noneMatch(a -> where.country().equals(a.country()))) {
                recipients = List.of(where);
                confidence *= 0.8;
            }
        }
        if (e == REPORTED_DEMAND && recipients.isEmpty()) {
            // "Xi stressed that he should …" is advice to oneself, not a demand.
            return null;
        }
        if (actors.isEmpty()) {
            confidence *= 0.85;
        }
        Entity place = place(clause, t);
        if (place == null && "visit".equals(mode)) {
            place = recipients.stream().filter(x -> x.type() == EntityType.LOCATION).findFirst().orElse(null);
        }
        return new Candidate(category, mode, cameo, actors, recipients, place, triggerSpan(e, t), t, modality,
                Math.round(confidence * 100) / 100.0, rule);
    }

    private static String singular(String lemma) {
        return lemma.endsWith("s") && !lemma.endsWith("ss") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }

    /** The mode a governing event takes from what it governs: refusing to meet is REJECT "meet". */
    static String derivedMode(String category, String inner) {
        return switch (category) {
            case "REJECT", "REQUEST" -> switch (inner) {
                case "CONSULT" -> "meet";
                case "AID", "COOPERATE" -> "assist";
                case "CONCEDE", "RETREAT" -> "yield";
                default -> null;
            };
            case "THREATEN" -> switch (inner) {
                case "SANCTION", "COERCE" -> "restrict";
                case "ASSAULT", "MOBILIZE" -> "violence";
                default -> null;
            };
            default -> null;
        };
    }

    static String derivedCameo(String category, String inner, String fallback) {
        String code = switch (category) {
            case "REJECT" -> switch (inner) {
                case "CONSULT" -> "125";
                case "AID", "COOPERATE" -> "121";
                case "CONCEDE", "RETREAT" -> "124";
                default -> null;
            };
            case "REQUEST" -> switch (inner) {
                case "CONSULT" -> "106";
                case "AID", "COOPERATE" -> "101";
                case "CONCEDE", "RETREAT" -> "105";
                default -> null;
            };
            case "THREATEN" -> switch (inner) {
                case "SANCTION", "COERCE" -> "1312";
                case "ASSAULT", "MOBILIZE" -> "138";
                default -> null;
            };
            case "AGREE" -> switch (inner) {
                case "CONSULT" -> "036";
                case "AID" -> "033";
                case "COOPERATE" -> "031";
                case "SUPPORT" -> "032";
                case "CONCEDE", "RETREAT" -> "035";
                default -> null;
            };
            default -> null;
        };
        return code == null ? fallback : code;
    }

    /** asserted, future, negated or hypothetical, read on the clause that carries the event. */
    private String modality(int clause, int trigger) {
        boolean negated = hasNegation(clause) || (trigger != clause && hasNegation(trigger));
        String modality = "asserted";
        for (int k : children.get(clause)) {
            String rel = parse.relation(k);
            String lemma = parse.lemma(k);
            if (rel.equals("aux")) {
                if (FUTURE_AUX.contains(lemma) || (lemma.equals("would") && reported(clause))) {
                    modality = "future";
                } else if (HYPOTHETICAL_AUX.contains(lemma) || lemma.equals("would")) {
                    modality = "hypothetical";
                }
            } else if (rel.equals("mark") && (lemma.equals("if") || lemma.equals("unless"))) {
                modality = "hypothetical";
            }
        }
        int h = parse.head(clause);
        String rel = parse.relation(clause);
        if (h >= 0 && rel.equals("xcomp")) {
            String governor = parse.lemma(h);
            if (governor.equals("fail")) {
                negated = true;
            } else if (HYPOTHETICAL_GOVERNORS.contains(governor)) {
                modality = "hypothetical";
            } else if (FUTURE_GOVERNORS.contains(governor) && modality.equals("asserted")
                    && (!governor.equals("go") || parse.tag(h).equals("VBG"))) {
                modality = "future";
            }
            String above = modality(h, h);
            if (above.equals("negated")) {
                negated = true;
            } else if (modality.equals("asserted")) {
                modality = above;
            }
        }
        return negated ? "negated" : modality;
    }

    private boolean hasNegation(int token) {
        for (int k : children.get(token)) {
            String rel = parse.relation(k);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(parse.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause is what someone said: "Russia said China had attacked …". */
    /** The named speaker whose reported speech {@code clause} is, if any. */
    private List<Entity> speakerOf(int clause) {
        int verb = reportingVerb(clause);
        int speaker = verb < 0 ? -1 : child(verb, "nsubj");
        return speaker >= 0 && !parse.tag(speaker).startsWith("PRP") ? entities(speaker) : List.of();
    }

    private boolean reported(int clause) {
        return reportingVerb(clause) >= 0;
    }

    /** The verb of saying whose reported content {@code clause} is ("Russia said China had …"), or -1. */
    private int reportingVerb(int clause) {
        int cur = clause;
        for (int step = 0; step < 3; step++) {
            int h = parse.head(cur);
            if (h < 0) {
                return -1;
            }
            String rel = parse.relation(cur);
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && SPEECH.contains(parse.lemma(h))) {
                return h;
            }
            if (!rel.equals("xcomp") && !rel.equals("conj")) {
                return -1;
            }
            cur = h;
        }
        return -1;
    }

    private Span triggerSpan(LexiconEntry e, int t) {
        int from = t;
        int to = t;
        if (e.noun() && governor(t) >= 0 && parse.relation(anchor(t)).equals("obj") && governor(t) < t) {
            from = governor(t);
        }
        for (int k : children.get(t)) {
            if (parse.relation(k).equals("compound:prt") && k > t) {
                to = k;
            }
        }
        return new Span(tokens.get(from).start(), tokens.get(to).end());
    }

    // --- arguments ---

    /** Whose the thing is: "North Korea's demand", "calls by Belarus's rulers", "an appeal from the president". */
    private List<Entity> owner(int n) {
        List<Entity> found = entities(child(n, "nmod:poss"));
        return found.isEmpty() ? entitiesOf(prepositional(n, OWNER_CASES)) : found;
    }

    /**
     * Who must act for a threat or demand to be carried out or dropped: "unless Israel rescinded the
     * annexation", "if the United States goes ahead"; searched a few levels down the trigger's clause.
     */
    private List<Entity> conditionParty(int t, boolean intoContent) {
        List<Integer> below = new ArrayList<>(children.get(t));
        for (int i = 0; i < below.size() && i < MAX_PHRASE_WORDS; i++) {
            int k = below.get(i);
            if (conditional(k)) {
                List<Entity> party = entities(subjectOf(k, 0));
                if (!party.isEmpty()) {
                    return party;
                }
            }
            // What a warning or demand says ("warned that the navy could blockade … if Taipei moved") is searched too.
            if (depth(k) - depth(t) < 3 && (intoContent || !parse.relation(k).equals("ccomp"))) {
                below.addAll(children.get(k));
            }
        }
        return List.of();
    }

    private List<Entity> role(LexiconEntry e, int t, List<String> roles) {
        for (String r : roles) {
            List<Entity> found = e.noun() ? nounRole(t, r) : verbRole(t, r);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Entity> verbRole(int v, String role) {
        return switch (role) {
            case "subj" -> entities(subjectOf(v, 0));
            case "obj" -> entities(logicalObject(v));
            case "iobj" -> entities(child(v, "iobj"));
            case "comp" -> complementSubject(v);
            case "poss" -> owner(logicalObject(v));
            // "banned imports of Georgian wine": whose the goods are, never the goods themselves ("LNG").
            case "origin" -> placeWithin(logicalObject(v));
            default -> {
                List<Entity> found = entitiesOf(prepositional(v, Set.of(role)));
                if (found.isEmpty() && particle(v, Set.of(role)) >= 0) {
                    // The parser may read "called on Israel" as a particle verb with an object.
                    found = entities(child(v, "obj"));
                }
                // "offered its troops to Lebanon", "granted asylum to five Panamanian officers": the phrase may hang from the object.
                if (found.isEmpty()) {
                    found = entitiesOf(prepositional(logicalObject(v), Set.of(role)));
                }
                yield found.isEmpty() && logicalObject(v) >= 0
                        ? entitiesOf(prepositionalOfWhat(logicalObject(v), role)) : found;
            }
        };
    }

    /**
     * The country or named place in an "in/of/from" phrase of the recipient's noun phrase (or of a clause
     * modifying it: "refugees fleeing the war in Liberia") when that phrase names no one itself.
     */
    private List<Entity> whereUnnamed(LexiconEntry e, int t, List<Entity> actors) {
        for (String r : e.recipient()) {
            List<Integer> heads = switch (r) {
                case "subj", "comp", "poss" -> List.of();
                case "obj" -> e.noun() ? List.of() : List.of(logicalObject(t));
                case "iobj" -> e.noun() ? List.of() : List.of(child(t, "iobj"));
                default -> {
                    int at = e.noun() ? anchor(t) : t;
                    List<Integer> found = new ArrayList<>(prepositional(at, Set.of(r)));
                    if (found.isEmpty() && !e.noun()) {
                        found.addAll(prepositional(logicalObject(t), Set.of(r)));
                    }
                    yield found;
                }
            };
            for (int h : heads) {
                // "the staff of its embassy in Pakistan" names only the actor itself.
                if (h < 0 || !actors.containsAll(entities(h))) {
                    continue;
                }
                // The phrase may hang a few words down: "families displaced by the floods in Malawi".
                List<Integer> phrases = new ArrayList<>(prepositional(h, WHERE_CASES));
                List<Integer> below = new ArrayList<>(children.get(h));
                for (int i = 0; i < below.size() && i < MAX_PHRASE_WORDS; i++) {
                    int k = below.get(i);
                    phrases.addAll(prepositional(k, WHERE_BELOW_CASES));
                    if (depth(k) - depth(h) < 3) {
                        below.addAll(children.get(k));
                    }
                }
                for (int k : phrases) {
                    for (Entity x : entities(k)) {
                        if (x.type() != EntityType.PERSON && x.country() != null && !actors.contains(x)) {
                            return List.of(x);
                        }
                    }
                }
            }
        }
        return List.of();
    }

    private List<Entity> nounRole(int trigger, String role) {
        int n = anchor(trigger);
        int g = governor(n);
        return switch (role) {
            case "subj" -> {
                List<Entity> owner = entities(child(n, "nmod:poss"));
                if (owner.isEmpty()) {
                    // "US sanctions", "the Russian attack"; not "talks in Beijing" or "the streets of Ramallah".
                    owner = closeModifierEntities(n);
                }
                if (owner.isEmpty() && g >= 0 && sharesSubject(n)) {
                    owner = entities(subjectOf(g, 0));
                }
                if (owner.isEmpty() && child(n, "cop") >= 0) {
                    // "Prisoners in Turkey have been on hunger strike": the noun is the predicate.
                    owner = entities(child(n, "nsubj"));
                }
                yield owner;
            }
            case "poss" -> entities(child(n, "nmod:poss"));
            case "comp" -> complementSubject(n);
            // "gave Hezbollah an ultimatum": the light verb's indirect object.
            case "iobj" -> g >= 0 && parse.relation(n).equals("obj") ? entities(child(g, "iobj")) : List.of();
            case "obj" -> List.of();
            default -> {
                List<Entity> found = entitiesOf(prepositional(n, Set.of(role)));
                if (found.isEmpty() && g >= 0) {
                    found = entitiesOf(prepositional(g, Set.of(role)));
                }
                if (found.isEmpty()) {
                    found = entitiesOf(prepositionalOfWhat(n, role));
                }
                yield found;
            }
        };
    }

    /**
     * A phrase hanging from what an act is about: "a suspension of air links with Serbia", "suspended part of
     * a military aid programme for Bosnia"; followed down two "of" phrases.
     */
    private List<Integer> prepositionalOfWhat(int n, String role) {
        int cur = n;
        for (int step = 0; step < 2 && cur >= 0; step++) {
            List<Integer> of = prepositional(cur, Set.of("of"));
            if (of.isEmpty()) {
                break;
            }
            cur = of.get(0);
            List<Integer> found = prepositional(cur, Set.of(role));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Whether the subject of the verb a noun hangs from did what the noun names: "held talks", "arrived
     * for talks", "went on strike", but not "sanctions imposed after the attack".
     */
    private boolean sharesSubject(int n) {
        String rel = parse.relation(n);
        return rel.equals("obj") || rel.equals("xcomp")
                || rel.equals("obl") && SHARED_SUBJECT_CASES.contains(caseOf(n));
    }

    private List<Entity> closeModifierEntities(int n) {
        List<Entity> out = new ArrayList<>();
        for (String rel : MODIFIERS.subList(0, 4)) {
            for (int k : children.get(n)) {
                if (parse.relation(k).equals(rel) && entityAt[k] != null) {
                    out.add(entityAt[k]);
                }
            }
            if (!out.isEmpty()) {
                return distinct(out, List.of());
            }
        }
        return out;
    }

    /** The noun whose arguments a noun trigger takes: "mediation" in "a mediation effort between A and B" reads "effort". */
    private int anchor(int n) {
        int h = parse.head(n);
        if (h >= 0 && parse.relation(n).equals("nmod") && caseOf(n).equals("of") && (SPANS.contains(parse.lemma(h))
                || DURATIONS.contains(parse.lemma(h)) && child(h, "nummod") >= 0)) {
            // "held a second round of peace talks", "began two weeks of talks": the span stands for the talks.
            return h;
        }
        return h >= 0 && parse.relation(n).equals("compound") && EFFORTS.contains(parse.lemma(h)) ? h : n;
    }

    /** The verb a noun trigger hangs from ("held talks", "arrived for talks", "talks were held"), or -1. */
    private int governor(int trigger) {
        int n = anchor(trigger);
        int h = parse.head(n);
        if (h < 0 || !parse.tag(h).startsWith("VB")) {
            return -1;
        }
        String rel = parse.relation(n);
        return rel.equals("obj") || rel.equals("obl") || rel.equals("nsubj:pass") || rel.equals("xcomp")
                || rel.equals("nsubj") ? h : -1;
    }

    /** Whom an intention or demand concerns when no coded event says: "promised to continue military aid to Mozambique". */
    private List<Entity> complementRecipients(int v) {
        for (int k : children.get(v)) {
            if (parse.relation(k).equals("xcomp") || parse.relation(k).equals("ccomp")) {
                int object = logicalObject(k);
                List<Entity> found = entitiesOf(prepositional(k, COMPLEMENT_CASES));
                if (found.isEmpty()) {
                    found = entitiesOf(prepositional(object, COMPLEMENT_CASES));
                }
                if (found.isEmpty()) {
                    found = entities(child(k, "iobj"));
                }
                if (found.isEmpty() && object >= 0 && entityAt[object] != null) {
                    found = List.of(entityAt[object]);
                }
                return found;
            }
        }
        return List.of();
    }

    private List<Entity> complementSubject(int v) {
        for (int k : children.get(v)) {
            String rel = parse.relation(k);
            if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("acl")) {
                List<Entity> found = entities(subjectOf(k, 0));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private int child(int token, String relation) {
        if (token < 0) {
            return -1;
        }
        for (int k : children.get(token)) {
            if (parse.relation(k).equals(relation)) {
                return k;
            }
        }
        return -1;
    }

    private int particle(int v, Set<String> lemmas) {
        for (int k : children.get(v)) {
            if (parse.relation(k).equals("compound:prt") && lemmas.contains(parse.lemma(k))) {
                return k;
            }
        }
        return -1;
    }

    private boolean passive(int v) {
        // "Israel is opposed to French mediation", "is committed to …": a state of the subject, not a passive.
        return !STATES.contains(parse.lemma(v)) && children.get(v).stream().anyMatch(k -> parse.relation(k)
                .equals("nsubj:pass") || parse.relation(k).equals("aux:pass"));
    }

    /** Who did it: the active subject, the passive "by" phrase, or a subject shared by control or coordination. */
    private int subjectOf(int v, int depth) {
        if (depth > 5) {
            return -1;
        }
        for (int k : children.get(v)) {
            String rel = parse.relation(k);
            if (rel.equals("nsubj") || rel.equals("csubj") || rel.equals("nsubj:pass") && STATES.contains(parse.lemma(v))) {
                return RELATIVE_PRONOUNS.contains(parse.lemma(k)) && parse.relation(v).startsWith("acl")
                        ? parse.head(v) : k;
            }
        }
        if (passive(v)) {
            List<Integer> by = prepositional(v, Set.of("by"));
            return by.isEmpty() ? -1 : by.get(0);
        }
        int h = parse.head(v);
        if (h < 0) {
            return -1;
        }
        return switch (parse.relation(v)) {
            case "xcomp" -> OBJECT_CONTROL.contains(parse.lemma(h)) && child(h, "obj") >= 0 ? child(h, "obj")
                    : subjectOf(h, depth + 1);
            case "conj", "advcl" -> subjectOf(h, depth + 1);
            // "Ethiopian troops backed by tanks attacked …": the parser may hang the verb from the participle.
            case "dep" -> parse.tag(h).equals("VBN") && child(h, "nsubj") >= 0 && parse.tag(v).startsWith("VBD")
                    && !prepositional(h, Set.of("by")).isEmpty() ? subjectOf(h, depth + 1) : -1;
            case "acl", "acl:relcl" -> {
                if (parse.tag(v).equals("VBN")) {
                    yield -1;
                }
                // "issued a declaration demanding …": the declaration's issuer demands.
                int g = parse.head(h);
                yield entities(h).isEmpty() && g >= 0 && parse.tag(g).startsWith("VB") ? subjectOf(g, depth + 1) : h;
            }
            default -> -1;
        };
    }

    /** What was acted on: the active object, the passive subject, or the noun a participle modifies. */
    private int logicalObject(int v) {
        if (passive(v)) {
            int s = child(v, "nsubj:pass");
            if (s >= 0) {
                return s;
            }
        }
        int o = child(v, "obj");
        if (o >= 0) {
            return o;
        }
        if (parse.relation(v).startsWith("acl") && parse.tag(v).equals("VBN")) {
            return parse.head(v);
        }
        // "rejected North Korea's demand to sever …", "prevented the demonstration staged by students": the
        // parser may make the object the subject of the infinitive or participle after it.
        for (int k : children.get(v)) {
            String rel = parse.relation(k);
            int s = child(k, "nsubj");
            if (s > v && s < k && (rel.equals("ccomp") || rel.equals("dep") || rel.equals("xcomp"))
                    && (parse.tag(k).equals("VBN") && child(k, "aux") < 0 && child(k, "aux:pass") < 0
                    || parse.tag(k).equals("VB") && children.get(k).stream().anyMatch(m -> m < k
                    && parse.lemma(m).equals("to") && !parse.relation(m).equals("case")))) {
                return s;
            }
        }
        // "rejected Thursday a United Nations appeal": the parser may hang the object from the day.
        for (int k : children.get(v)) {
            if (parse.relation(k).equals("obl:tmod")) {
                for (int d : children.get(k)) {
                    if (parse.relation(d).equals("dep") && parse.tag(d).startsWith("NN") && d > k) {
                        return d;
                    }
                }
            }
        }
        // "sent up to 1,500 soldiers": the parser reads "up" as a particle and the count as a "to" phrase.
        int up = children.get(v).stream().filter(k -> parse.relation(k).equals("compound:prt")
                && parse.lemma(k).equals("up")).findFirst().orElse(-1);
        if (up >= 0) {
            for (int k : prepositional(v, Set.of("to"))) {
                if (k > up && child(k, "nummod") >= 0 && child(k, "case") == up + 1) {
                    return k;
                }
            }
        }
        return -1;
    }

    private List<Integer> prepositional(int head, Set<String> prepositions) {
        List<Integer> out = new ArrayList<>();
        if (head < 0) {
            return out;
        }
        for (int k : children.get(head)) {
            String rel = parse.relation(k);
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && !rel.equals("nmod:poss")
                    && prepositions.contains(caseOf(k)) && !absolute(k)) {
                out.add(k);
            } else if (rel.startsWith("obl") && INSTRUMENT_CASES.contains(caseOf(k)) && parse.tag(head).startsWith("VB")) {
                // "discussed the crisis by telephone with Merkel": the phrase hangs from the means.
                for (int m : children.get(k)) {
                    if (parse.relation(m).startsWith("nmod") && prepositions.contains(caseOf(m))) {
                        out.add(m);
                    }
                }
            } else if (rel.equals("advcl") && parse.tag(head).startsWith("VB") || rel.equals("acl")) {
                // The parser reads "called on Hanoi to settle …" or "a loan for Ukraine to support …" as a clause
                // whose mark is the preposition; its subject is the preposition's object.
                int subject = child(k, "nsubj");
                boolean marked = children.get(k).stream().anyMatch(m -> parse.relation(m).equals("mark")
                        && m < subject && prepositions.contains(parse.lemma(m)));
                if (subject >= 0 && marked) {
                    out.add(subject);
                }
            }
        }
        return out;
    }

    /** An infinitive clause the parser hung as an adverbial: "gave the ambassador 48 hours to leave". */
    private boolean infinitive(int clause) {
        return parse.relation(clause).equals("advcl") && parse.tag(clause).equals("VB") && children.get(clause)
                .stream().anyMatch(m -> parse.relation(m).equals("mark") && parse.lemma(m).equals("to"));
    }

    /** "with President Clinton looking on": a scene, not a party. */
    private boolean absolute(int phrase) {
        return caseOf(phrase).equals("with") && children.get(phrase).stream()
                .anyMatch(k -> parse.tag(k).equals("VBG") && !parse.relation(k).equals("amod"));
    }

    private String caseOf(int token) {
        for (int k : children.get(token)) {
            if (parse.relation(k).equals("case")) {
                return parse.lemma(k);
            }
        }
        return "";
    }

    private List<Entity> entitiesOf(List<Integer> heads) {
        List<Entity> out = new ArrayList<>();
        for (int h : heads) {
            out.addAll(entities(h));
        }
        return distinct(out, List.of());
    }

    /**
     * The entities a noun phrase names: its own entity, or, for "Senior Hungarian and Romanian
     * officials" or "Taiwan's Vice Foreign Minister", the entities that modify it; coordinated
     * phrases ("met A and B") give all of theirs.
     */
    private List<Entity> entities(int head) {
        return entities(head, 0);
    }

    private List<Entity> entities(int head, int depth) {
        if (head < 0 || depth > 3) {
            return List.of();
        }
        Set<Entity> out = new LinkedHashSet<>();
        List<Integer> heads = new ArrayList<>(List.of(head));
        for (int i = 0; i < heads.size() && heads.size() < 12; i++) {
            for (int k : children.get(heads.get(i))) {
                if (parse.relation(k).equals("conj")) {
                    heads.add(k);
                }
            }
        }
        for (int h : heads) {
            if (entityAt[h] != null) {
                // "Hungarian and Romanian officials", "US and British forces": the group named with the head
                // shares it with coordinated modifiers, which come first in the text.
                for (int k : children.get(h)) {
                    if (parse.relation(k).equals("amod") || parse.relation(k).equals("compound")) {
                        if (entityAt[k] != null) {
                            out.add(entityAt[k]);
                        }
                        for (int c : children.get(k)) {
                            if (parse.relation(c).equals("conj") && entityAt[c] != null) {
                                out.add(entityAt[c]);
                            }
                        }
                    }
                }
                out.add(entityAt[h]);
                continue;
            }
            if (parse.tag(h).startsWith("PRP")) {
                out.addAll(antecedent(h, depth));
                continue;
            }
            if (parse.tag(h).equals("WP")) {
                continue;
            }
            List<Entity> inner = new ArrayList<>(byRelation(h, "appos"));
            if (inner.isEmpty()) {
                // "his Azerbaijani counterpart Elmar Mammadyarov": the parser may leave the name loosely attached.
                for (int k : children.get(h)) {
                    if (k > h && parse.relation(k).equals("dep") && entityAt[k] != null
                            && entityAt[k].type() == EntityType.PERSON) {
                        inner.add(entityAt[k]);
                    }
                }
            }
            if (inner.isEmpty()) {
                inner.addAll(modifierEntities(h, depth));
            }
            out.addAll(inner);
        }
        return List.copyOf(out);
    }

    /**
     * What a pronoun subject of reported speech stands for: in "Syria says it is willing …" and "the
     * rebels said they would …", the speaker; else nothing.
     */
    private List<Entity> antecedent(int pronoun, int depth) {
        if (!Set.of("it", "its", "they", "he", "she", "we").contains(parse.lemma(pronoun))) {
            return List.of();
        }
        if (parse.relation(pronoun).equals("nmod:poss")) {
            // "During his visit to X, Xi stressed …": the owner is the subject of the clause the phrase belongs to.
            int cur = parse.head(pronoun);
            for (int step = 0; step < 3 && cur >= 0 && !parse.tag(cur).startsWith("VB"); step++) {
                cur = parse.head(cur);
            }
            int subject = cur >= 0 && parse.tag(cur).startsWith("VB") ? subjectOf(cur, 0) : -1;
            if (subject >= 0 && !parse.tag(subject).startsWith("PRP") && subject != parse.head(pronoun)) {
                return entities(subject, depth + 1);
            }
            // "Iraq said its planes had raided …": inside the subject of reported speech, the speaker.
        }
        int cur = pronoun;
        for (int step = 0; step < 4; step++) {
            int h = parse.head(cur);
            if (h < 0) {
                return List.of();
            }
            if (SPEECH.contains(parse.lemma(h)) && cur != pronoun) {
                // "We" is the speaker wherever the speaker is named; a third person only when the speaker comes
                // first: in "… as they retreated, a U.N. report said" the pronoun is someone in the clause.
                int speaker = child(h, "nsubj");
                boolean ordered = speaker < pronoun || parse.lemma(pronoun).equals("we");
                return speaker >= 0 && ordered && !parse.tag(speaker).startsWith("PRP")
                        ? entities(speaker, depth) : List.of();
            }
            cur = h;
        }
        return List.of();
    }

    /** Entities that modify a noun: "Russian" officials, "U.S." forces, "Taiwan's" minister, government "of Sudan". */
    private List<Entity> modifierEntities(int h, int depth) {
        if (BORDERS.contains(parse.lemma(h)) || WARS.contains(parse.lemma(h))) {
            // "to its border with Colombia": a border is the neighbour's; "for a war against Iraq": a war its enemy's.
            List<Entity> other = entitiesOf(prepositional(h, Set.of(BORDERS.contains(parse.lemma(h)) ? "with" : "against")));
            if (!other.isEmpty()) {
                return other;
            }
        }
        List<Entity> out = new ArrayList<>();
        // Inside a phrase already followed ("leaders of Romania's government"), only close modifiers count.
        List<String> kinds = depth == 0 ? MODIFIERS : MODIFIERS.subList(0, 5);
        for (String kind : kinds) {
            int colon = kind.indexOf('/');
            String rel = colon < 0 ? kind : kind.substring(0, colon);
            for (int k : children.get(h)) {
                if (!parse.relation(k).equals(rel) || (colon >= 0 && !caseOf(k).equals(kind.substring(colon + 1)))) {
                    continue;
                }
                if (entityAt[k] != null) {
                    out.add(entityAt[k]);
                } else if (rel.equals("nmod") || rel.equals("nmod:poss")) {
                    // "A group of Moroccan diplomats", "leaders of Romania's new government"; a count is no
                    // step away from what it counts ("tens of thousands of students throughout Indonesia").
                    boolean count = QUANTITIES.contains(parse.lemma(h).toLowerCase(Locale.ROOT));
                    out.addAll(entities(k, count ? depth : depth + 1));
                }
                for (int c : children.get(k)) {
                    if (parse.relation(c).equals("conj") && entityAt[c] != null) {
                        out.add(entityAt[c]);
                    }
                }
            }
            if (!out.isEmpty()) {
                return distinct(out, List.of());
            }
        }
        return out;
    }

    private List<Entity> byRelation(int h, String relation) {
        List<Entity> out = new ArrayList<>();
        for (int k : children.get(h)) {
            if (parse.relation(k).equals(relation) && entityAt[k] != null) {
                out.add(entityAt[k]);
            }
        }
        return out;
    }

    /**
     * The recipient of a hostile act on people or places the sentence does not name ("shelled rebel positions
     * in northern Iraq", "arrested dozens of activists in Cairo"): the place where they are, else — for a
     * domestic act (arrest, protest, fighting at home) whose sentence names no other country or group — the
     * actor's own side, as CAMEO and PLOVER code a government acting on its own people.
     */
    private List<Entity> unnamedTarget(String category, int clause, int trigger, List<Entity> actors) {
        List<Integer> heads = new ArrayList<>(new LinkedHashSet<>(List.of(trigger, clause)));
        int object = logicalObject(clause);
        if (object >= 0) {
            heads.add(object);
        }
        for (int k : prepositional(clause, TARGET_CASES)) {
            heads.add(k);
        }
        if (trigger != clause) {
            heads.addAll(prepositional(trigger, TARGET_CASES));
        }
        boolean target = object >= 0 || heads.size() > 2;
        Set<String> home = new HashSet<>();
        actors.forEach(a -> home.add(a.country()));
        for (int head : List.copyOf(heads)) {
            for (int k : prepositional(head, TARGET_PLACE_CASES)) {
                for (Entity x : entities(k)) {
                    // A place of the actor's own country is the domestic case below.
                    if (x.type() != EntityType.PERSON && x.country() != null && !home.contains(x.country())) {
                        return List.of(x);
                    }
                }
            }
        }
        // Arrests and protests are domestic unless told otherwise; an attack, and any other act, needs
        // something acted on.
        if (!target && !UNTARGETED_DOMESTIC.contains(category) || actors.isEmpty()) {
            return List.of();
        }
        for (Entity x : entityAt) {
            // The news agency of a dateline ("LOME, Oct 27 (AFP) -") names no party to the act.
            if (x != null && x.country() != null && !home.contains(x.country()) && !"MED".equals(x.sector())) {
                return List.of();
            }
        }
        return home.contains(null) ? List.of() : actors;
    }

    /** Whether a dependent describes or locates its head ("police in Lagos"), not what it acts on ("attacks on cities"). */
    private boolean locates(int k) {
        String rel = parse.relation(k);
        if (rel.startsWith("nmod") && !rel.equals("nmod:poss") || rel.startsWith("obl")) {
            return LOCATING_CASES.contains(caseOf(k));
        }
        return rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss");
    }

    /** The first place or national group named inside a noun phrase that names no one itself. */
    private List<Entity> placeWithin(int head) {
        if (head < 0 || parse.tag(head).startsWith("PRP") || entityAt[head] != null) {
            return List.of();
        }
        List<Integer> below = new ArrayList<>(children.get(head));
        below.sort(Integer::compare);
        for (int i = 0; i < below.size() && i < MAX_PHRASE_WORDS; i++) {
            int k = below.get(i);
            Entity x = entityAt[k];
            if (x != null && x.type() != EntityType.PERSON && x.country() != null && !"MED".equals(x.sector())) {
                return List.of(x);
            }
            if ((x == null || x.country() == null) && locates(k)) {
                below.addAll(children.get(k));
            }
        }
        return List.of();
    }

    /** Whether a vehicle or convoy is said to carry aid: "a plane carrying tents", "a convoy loaded with food". */
    private boolean carriesAid(int subject) {
        if (subject < 0) {
            return false;
        }
        for (int k : children.get(subject)) {
            if (parse.relation(k).startsWith("acl") && CARRYING.contains(parse.lemma(k))
                    && (lemmaIn(child(k, "obj"), AID_GOODS)
                    || prepositional(k, Set.of("with")).stream().anyMatch(w -> lemmaIn(w, AID_GOODS)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place of the act's clause, or of the act it says will be done ("agreed to set up a centre in Tokyo");
     * with {@code complementOnly}, only the latter.
     */
    private Entity placeOfAct(int clause, int trigger, boolean complementOnly) {
        // Where a statement, agreement or demand was made is a venue ("agreed in Vilnius"), not its target.
        Entity where = complementOnly ? null : place(clause, trigger);
        for (int k : children.get(trigger)) {
            // "blew themselves up in Tel Aviv" tells where an attack was; "if war starts in Iraq" no venue of a refusal.
            if (where == null && (parse.relation(k).equals("xcomp") || !complementOnly && parse.relation(k).equals("advcl"))) {
                where = place(k, k);
            }
        }
        return where;
    }

    /**
     * Whom a protest is against when its own phrases do not say: the first country, body or person named
     * in an "against/at/over/of/for" phrase of its clause or of a purpose clause below it.
     */
    private List<Entity> protestTarget(int clause) {
        List<Integer> below = new ArrayList<>(children.get(clause));
        for (int i = 0; i < below.size() && i < MAX_PHRASE_WORDS; i++) {
            int k = below.get(i);
            String rel = parse.relation(k);
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && PROTESTED_CASES.contains(caseOf(k))) {
                for (Entity x : entities(k)) {
                    if (x.country() != null) {
                        return List.of(x);
                    }
                }
            }
            if (depth(k) - depth(clause) < 4 && !rel.equals("ccomp") && !rel.equals("parataxis")) {
                below.addAll(children.get(k));
            }
        }
        return List.of();
    }

    /** A LOCATION entity in an "in X", "at X" or "through X" phrase of the event's clause. */
    private Entity place(int clause, int trigger) {
        List<Integer> heads = new ArrayList<>(new LinkedHashSet<>(List.of(trigger, clause)));
        if (logicalObject(clause) >= 0) {
            // "attended the summit in Lima".
            heads.add(logicalObject(clause));
        }
        for (int head : heads) {
            for (int k : prepositional(head, PLACE_CASES)) {
                for (Entity x : entities(k)) {
                    if (x.type() == EntityType.LOCATION) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    private static List<Entity> distinct(List<Entity> list, List<Entity> without) {
        Set<Entity> out = new LinkedHashSet<>(list);
        without.forEach(out::remove);
        return List.copyOf(out);
    }
}
