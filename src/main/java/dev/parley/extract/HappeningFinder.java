package dev.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * Finds agreements (cease-fires, security guarantees, peace deals) and events (calls, talks, summits, strikes,
 * interceptions, supply resumptions) from trigger words in the general lexicon, and fills in who takes part,
 * when and where from the clause around the trigger.
 * <ul>
 * <li>Cease-fires with a duration ("30-day") are one agreement per duration; those without are the article's
 *     prospective cease-fire. Acceptance and rejection verbs give {@code acceptedBy}/{@code rejectedBy}.</li>
 * <li>Security guarantees are one agreement per demanding actor: the speaker of the statement that asks for
 *     them (a person's state where the article names it), with the terms they should "encompass" as
 *     provisions.</li>
 * <li>Topics ("we'll discuss land") go to the prospective agreement.</li>
 * <li>An event needs more than a trigger word: a date, a place, a counterpart ("with X", "between X and Y"),
 *     a target or a count; otherwise the word is just talk about talks.</li>
 * </ul>
 * Each agreement or event found inside a statement is reported by that statement's speaker.
 */
final class HappeningFinder {
    private static final Lexicon LEX = Lexicon.get();
    private static final Map<String, String> AGREEMENTS = LEX.map("agreement-triggers");
    private static final Map<String, String> EVENTS = LEX.map("event-triggers");
    private static final List<String> ACCEPT = LEX.lines("acceptance-verbs");
    private static final List<String> REJECT = LEX.lines("rejection-verbs");
    private static final List<String> IN_FORCE = LEX.lines("in-force-phrases");
    private static final List<Pattern> PROVISION_VERBS = words(LEX.lines("provision-verbs"));
    private static final List<Pattern> TOPIC_VERBS = words(LEX.lines("topic-verbs"));
    /** Any topic verb at all: most statements have none, and then the per-verb patterns need not run. */
    private static final Pattern TOPIC_HINT = alternation(java.util.Set.copyOf(LEX.lines("topic-verbs")));
    private static final Pattern AGREEMENT = alternation(AGREEMENTS.keySet());
    private static final Pattern EVENT = alternation(EVENTS.keySet());
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b(\\d+|one|two|three|four|five|six|seven|ten|thirty|sixty|ninety)[-\\s\\u00A0](day|hour|week|month)"
                    + "s?(?:[-\\s\\u00A0]long)?\\b");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "\u2019ll", "plans", "plan", "planned", "to",
            "scheduled", "expected", "due", "set", "would", "upcoming", "next");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "any", "some", "specific");

    private final AnnotatedText text;
    private final Mentions mentions;
    private final EntityTable entities;
    private final EntityRegistry registry;
    private final List<Statement> statements;
    private final Dates dates;

    HappeningFinder(AnnotatedText text, Mentions mentions, EntityTable entities, EntityRegistry registry,
            List<Statement> statements, Dates dates) {
        this.text = text;
        this.dates = dates;
        this.mentions = mentions;
        this.entities = entities;
        this.registry = registry;
        this.statements = statements;
    }

    private static List<Pattern> words(List<String> phrases) {
        return phrases.stream().map(p -> Pattern.compile("\\b" + Pattern.quote(p) + "\\b")).toList();
    }

    private static Pattern alternation(Set<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder("(?i)(?<![\\p{L}-])(");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E[\\s\\u00A0]+\\Q")
                    .replace("-", "\\E[-\\s]?\\Q"));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}])").toString());
    }

    private static final Pattern OCCUPIED = Pattern.compile("(?i)\\b(partially|partly)[\\s\u00A0]+occupied[\\s\u00A0]+by\\b");

    private final List<Claim> claims = new ArrayList<>();

    List<Happening> run() {
        List<Happening> out = new ArrayList<>();
        out.addAll(agreements());
        out.addAll(events());
        occupationClaims();
        return out;
    }

    /** Claims found by {@link #run()}. */
    List<Claim> claims() {
        return claims;
    }

    /** "the four regions — A, B and C — partially occupied by X": each place, partially occupied by X. */
    private void occupationClaims() {
        for (Sentence s : text.sentences()) {
            Matcher m = OCCUPIED.matcher(text.slice(s.begin(), s.end()));
            while (m.find()) {
                int b = s.begin() + m.start();
                int e = s.begin() + m.end();
                Entity by = actorAt(s, s.tokenAt(e));
                if (by == null) {
                    continue;
                }
                Mention byMention = null;
                for (int k = s.tokenAt(e); k < s.tokens().size() && byMention == null; k++) {
                    byMention = mentions.covering(s, k);
                }
                List<Entity> places = new ArrayList<>();
                int first = b;
                for (Mention pm : mentions.in(s.begin(), b)) {
                    if (pm.entity() != null && Types.isPlace(pm.entity().type())
                            && !pm.entity().type().equals(Parley.State)) {
                        places.add(pm.entity());
                        first = Math.min(first, pm.begin());
                    }
                }
                if (!places.isEmpty()) {
                    int end = byMention != null ? byMention.end() : e;
                    claims.add(new Claim(places, Parley.partiallyOccupiedBy, by, first, end, s.index(),
                            statementAt(b)));
                }
            }
        }
    }

    // ---- Agreements ----

    /** An agreement under construction, merged from its mentions. */
    private final class Draft {
        final Resource type;
        final String key;
        String label;
        int begin;
        int end;
        int sentence;
        String durationText;
        Statement support;
        final Map<String, Entity> parties = new LinkedHashMap<>();
        final Map<String, Entity> accepted = new LinkedHashMap<>();
        final Map<String, Entity> rejected = new LinkedHashMap<>();
        final Map<String, Entity> demanded = new LinkedHashMap<>();
        final Set<String> topics = new LinkedHashSet<>();
        final List<Happening.Provision> provisions = new ArrayList<>();
        boolean inForce;

        Draft(Resource type, String key) {
            this.type = type;
            this.key = key;
        }

        Happening build() {
            List<Happening.Role> roles = new ArrayList<>();
            parties.values().forEach(e -> roles.add(new Happening.Role(Parley.party, e)));
            accepted.values().forEach(e -> roles.add(new Happening.Role(Parley.acceptedBy, e)));
            rejected.values().forEach(e -> roles.add(new Happening.Role(Parley.rejectedBy, e)));
            demanded.values().forEach(e -> roles.add(new Happening.Role(Parley.demandedBy, e)));
            if (support != null) {
                roles.add(new Happening.Role(Parley.reportedBy, support.speaker()));
            }
            Resource status;
            if (inForce) {
                status = Parley.InForce;
            } else if (!rejected.isEmpty()) {
                status = Parley.Rejected;
            } else if (!accepted.isEmpty()) {
                status = accepted.keySet().containsAll(parties.keySet()) && parties.size() > 1 ? Parley.Accepted
                        : Parley.PartiallyAccepted;
            } else if (!demanded.isEmpty()) {
                status = Parley.Demanded;
            } else {
                status = Parley.Proposed;
            }
            String duration = durationText == null ? null : isoDuration(durationText);
            return new Happening(type, label, begin, end, null, roles, status, null, null, null, duration,
                    duration == null ? null : durationText, List.copyOf(topics), provisions, sentence, support);
        }
    }

    private List<Happening> agreements() {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            String sentenceText = text.slice(s.begin(), s.end());
            Matcher m = AGREEMENT.matcher(sentenceText);
            while (m.find()) {
                int b = s.begin() + m.start();
                int e = s.begin() + m.end();
                String trigger = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0-]+", " ");
                Resource type = Types.named(typeFor(trigger));
                Statement within = statementAt(b);
                if (type.equals(Parley.SecurityGuarantee) && trigger.startsWith("guarantee")
                        && !securityContext(s)) {
                    continue;
                }
                String durationText = null;
                int nb = b;
                Matcher d = DURATION.matcher(text.slice(Math.max(s.begin(), b - 20), b));
                while (d.find()) {
                    durationText = d.group();
                    nb = Math.max(s.begin(), b - 20) + d.start();
                }
                String key;
                List<Entity> demanders = new ArrayList<>();
                if (type.equals(Parley.SecurityGuarantee)) {
                    demanders = demanders(s, b, within);
                    key = "guarantee " + (demanders.isEmpty() ? "" : demanders.get(0).iri());
                } else {
                    key = type.getLocalName() + " " + (durationText == null ? "" : durationText.toLowerCase(
                            Locale.ROOT).replaceAll("[\\s\\u00A0-]+", "-"));
                }
                Draft draft = drafts.get(key);
                if (draft == null) {
                    draft = new Draft(type, key);
                    draft.begin = nb;
                    draft.end = e;
                    draft.sentence = s.index();
                    draft.durationText = durationText;
                    draft.support = within;
                    draft.label = label(type, durationText, demanders);
                    drafts.put(key, draft);
                }
                for (Entity dem : demanders) {
                    draft.demanded.putIfAbsent(dem.iri(), dem);
                }
                partiesAround(s, b, e, draft);
                if (type.equals(Parley.SecurityGuarantee)) {
                    provisions(s, e, draft);
                }
            }
        }
        topics(drafts);
        List<Happening> out = new ArrayList<>();
        for (Draft d : drafts.values()) {
            out.add(d.build());
        }
        return out;
    }

    private static String typeFor(String trigger) {
        for (Map.Entry<String, String> e : AGREEMENTS.entrySet()) {
            if (e.getKey().replace('-', ' ').equals(trigger.replace('-', ' '))
                    || e.getKey().replace("-", "").equals(trigger.replace(" ", ""))) {
                return e.getValue();
            }
        }
        return "Agreement";
    }

    private static String label(Resource type, String durationText, List<Entity> demanders) {
        if (type.equals(Parley.CeaseFire)) {
            return durationText == null ? "cease-fire" : durationText.toLowerCase(Locale.ROOT).replace(' ', '-')
                    + " cease-fire";
        }
        if (type.equals(Parley.SecurityGuarantee)) {
            return demanders.isEmpty() ? "security guarantees"
                    : "security guarantees demanded by " + demanders.get(0).label();
        }
        return "peace deal";
    }

    /** "guarantees" alone counts only near security words ("security", "alliance", "NATO", "protect"). */
    private boolean securityContext(Sentence s) {
        String t = text.slice(s.begin(), s.end()).toLowerCase(Locale.ROOT);
        return t.contains("secur") || t.contains("allian") || t.contains("protect") || t.contains("neutral")
                || t.contains("nato") || statementAt(s.begin()) != null && previousSentenceMentionsSecurity(s);
    }

    private boolean previousSentenceMentionsSecurity(Sentence s) {
        return s.index() > 0 && text.slice(text.sentences().get(s.index() - 1).begin(), text.sentences().get(s.index() - 1)
                .end()).toLowerCase(Locale.ROOT).contains("guarantee");
    }

    /** Who asks for guarantees: the statement's speaker, or the actor the speaker serves; a state as subject. */
    private List<Entity> demanders(Sentence s, int at, Statement within) {
        List<Entity> out = new ArrayList<>();
        Entity subject = subjectBefore(s, at);
        if (subject != null && !Types.isPerson(subject.type())) {
            out.add(subject);
        }
        if (within != null) {
            Entity speaker = within.speaker();
            Entity aff = affiliation(speaker);
            Entity who = aff != null ? aff : speaker;
            if (!out.contains(who)) {
                out.add(who);
            }
        }
        return out;
    }

    private Entity affiliation(Entity e) {
        Entity a = mentions.affiliations().get(e.iri());
        if (a == null && e.affiliation() != null) {
            a = registry.get(e.affiliation());
        }
        return a;
    }

    /** Parties around an agreement mention: "with X", "between X and Y", and who accepted or rejected it. */
    private void partiesAround(Sentence s, int b, int e, Draft draft) {
        List<Token> toks = s.tokens();
        int after = s.tokenAt(e);
        if (after < toks.size() && toks.get(after).lower().equals("agreement")) {
            after++;
        }
        if (after < toks.size() && toks.get(after).lower().equals("with")) {
            Entity x = actorAt(s, after + 1);
            // "discuss a cease-fire with Putin" names a counterpart in talks; parties are states and groups.
            if (x != null && !Types.isPerson(x.type())) {
                draft.parties.putIfAbsent(x.iri(), x);
            }
        }
        if (after < toks.size() && toks.get(after).lower().equals("between")) {
            for (Entity x : actorsIn(s, after + 1, Math.min(toks.size(), after + 8))) {
                draft.parties.putIfAbsent(x.iri(), x);
            }
        }
        String before = text.slice(s.begin(), b).toLowerCase(Locale.ROOT);
        for (String verb : ACCEPT) {
            int at = before.lastIndexOf(verb);
            if (at >= 0 && b - (s.begin() + at) < 60) {
                Entity subject = subjectBefore(s, s.begin() + at);
                if (subject != null) {
                    draft.accepted.putIfAbsent(subject.iri(), subject);
                    draft.parties.putIfAbsent(subject.iri(), subject);
                }
            }
        }
        for (String verb : REJECT) {
            int at = before.lastIndexOf(verb);
            if (at >= 0 && b - (s.begin() + at) < 60) {
                Entity subject = subjectBefore(s, s.begin() + at);
                if (subject != null) {
                    draft.rejected.putIfAbsent(subject.iri(), subject);
                    draft.parties.putIfAbsent(subject.iri(), subject);
                }
            }
        }
        String afterText = text.slice(e, s.end()).toLowerCase(Locale.ROOT);
        for (String phrase : IN_FORCE) {
            if (afterText.startsWith(" " + phrase) || afterText.contains(" " + phrase + " ")
                    && afterText.indexOf(phrase) < 30) {
                draft.inForce = true;
            }
        }
    }

    /** "These guarantees should encompass A and B": the terms after a provision verb, split at "and". */
    private void provisions(Sentence s, int from, Draft draft) {
        String rest = text.slice(from, s.end());
        String lower = rest.toLowerCase(Locale.ROOT);
        for (Pattern verb : PROVISION_VERBS) {
            Matcher m = verb.matcher(lower);
            if (m.find() && m.start() < 40) {
                int start = from + m.end();
                int end = s.end();
                Quote q = text.quoteAt(start);
                if (q != null && !q.openEnded() && q.close() < end) {
                    end = q.close();
                }
                while (end > start && ".,;:\u201D\"".indexOf(text.text().charAt(end - 1)) >= 0) {
                    end--;
                }
                for (int[] part : splitList(start, end, PROVISION_SEPARATOR)) {
                    String label = text.slice(part[0], part[1]);
                    if (label.split("\\s+").length >= 2 && draft.provisions.stream().noneMatch(
                            p -> p.label().equals(label))) {
                        draft.provisions.add(new Happening.Provision(label, part[0], part[1]));
                    }
                }
                return;
            }
        }
    }

    /** Between the terms of a provision list: a comma, or "and" before a determiner. */
    private static final Pattern PROVISION_SEPARATOR = Pattern.compile(
            ",\\s+(?:and\\s+)?|\\s+and\\s+(?=(?:the|a|an|its|their)\\b)");
    /** Between topics: any "and" or comma. */
    private static final Pattern TOPIC_SEPARATOR = Pattern.compile("\\s+and\\s+|,\\s*");

    /** Splits text[start, end) at the separators into trimmed parts without leading determiners. */
    private List<int[]> splitList(int start, int end, Pattern separator) {
        List<int[]> parts = new ArrayList<>();
        String t = text.slice(start, end);
        Matcher sep = separator.matcher(t);
        int last = 0;
        while (sep.find()) {
            add(parts, start + last, start + sep.start());
            last = sep.end();
        }
        add(parts, start + last, end);
        return parts;
    }

    private void add(List<int[]> parts, int b, int e) {
        while (b < e && Nlp.isSpace(text.text().charAt(b))) {
            b++;
        }
        while (e > b && Nlp.isSpace(text.text().charAt(e - 1))) {
            e--;
        }
        String first = text.slice(b, e).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(first) && text.slice(b, e).contains(" ")) {
            b += first.length();
            while (b < e && Nlp.isSpace(text.text().charAt(b))) {
                b++;
            }
        }
        if (e > b) {
            parts.add(new int[] {b, e});
        }
    }

    /** Topics of negotiation in statements ("We'll discuss land"), given to the prospective agreement. */
    private void topics(Map<String, Draft> drafts) {
        Draft target = null;
        for (Draft d : drafts.values()) {
            if (d.durationText == null && !d.type.equals(Parley.SecurityGuarantee)) {
                target = d;
                break;
            }
        }
        if (target == null) {
            return;
        }
        for (Statement st : statements) {
            String content = text.slice(st.begin(), st.end());
            String lower = content.toLowerCase(Locale.ROOT);
            if (!TOPIC_HINT.matcher(lower).find()) {
                continue;
            }
            for (Pattern verb : TOPIC_VERBS) {
                Matcher m = verb.matcher(lower);
                while (m.find()) {
                    int start = st.begin() + m.end();
                    int end = start;
                    while (end < st.end() && ".;:?!,\u201D\"".indexOf(text.text().charAt(end)) < 0) {
                        end++;
                    }
                    for (int[] part : splitList(start, end, TOPIC_SEPARATOR)) {
                        String topic = text.slice(part[0], part[1]).strip();
                        if (!topic.isEmpty() && topic.split("\\s+").length <= 5 && !startsWithVerbish(topic)) {
                            target.topics.add(topic);
                        }
                    }
                }
            }
        }
    }

    private static boolean startsWithVerbish(String topic) {
        String first = topic.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return Set.of("with", "to", "whether", "how", "what", "if", "that", "it", "them", "this", "we", "they")
                .contains(first);
    }

    // ---- Events ----

    /** An event under construction. */
    private final class EventDraft {
        final Resource type;
        String label;
        int begin;
        int end;
        int sentence;
        TemporalExpression date;
        Boolean planned;
        Integer count;
        String countedItem;
        Statement support;
        final List<Happening.Role> roles = new ArrayList<>();
        final Set<String> topics = new LinkedHashSet<>();

        EventDraft(Resource type) {
            this.type = type;
        }

        void role(Property p, Entity e) {
            if (e != null && roles.stream().noneMatch(r -> r.property().equals(p) && r.entity().equals(e))) {
                roles.add(new Happening.Role(p, e));
            }
        }

        Set<String> participantKey() {
            Set<String> key = new java.util.TreeSet<>();
            for (Happening.Role r : roles) {
                key.add(r.entity().iri());
            }
            return key;
        }

        Happening build() {
            List<Happening.Role> all = new ArrayList<>(roles);
            if (support != null && roles.stream().noneMatch(r -> r.property().equals(Parley.reportedBy))) {
                all.add(new Happening.Role(Parley.reportedBy, support.speaker()));
            }
            return new Happening(type, label, begin, end, date, all, null, planned, count, countedItem, null, null,
                    List.copyOf(topics), List.of(), sentence, support);
        }
    }

    private List<Happening> events() {
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            String sentenceText = text.slice(s.begin(), s.end());
            Matcher m = EVENT.matcher(sentenceText);
            while (m.find()) {
                int b = s.begin() + m.start();
                int e = s.begin() + m.end();
                String trigger = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
                Resource type = Types.named(EVENTS.getOrDefault(trigger, "Event"));
                EventDraft d = event(type, trigger, s, b, e);
                if (d == null) {
                    continue;
                }
                EventDraft same = null;
                for (EventDraft o : drafts) {
                    if (o.type.equals(d.type) && !d.participantKey().isEmpty()
                            && o.participantKey().equals(d.participantKey())) {
                        same = o;
                    }
                }
                if (same != null) {
                    if (same.date == null) {
                        same.date = d.date;
                    }
                    continue;
                }
                drafts.add(d);
            }
        }
        List<Happening> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            out.add(d.build());
        }
        return out;
    }

    /** Builds an event from a trigger, or null when the clause gives it nothing but the word. */
    private EventDraft event(Resource type, String trigger, Sentence s, int b, int e) {
        List<Token> toks = s.tokens();
        int after = s.tokenAt(e);
        EventDraft d = new EventDraft(type);
        d.begin = b;
        d.end = e;
        d.sentence = s.index();
        d.support = statementAt(b);
        d.date = dateNear(s, b, e);
        d.planned = isPlanned(s, b, d.date);
        Entity subject = subjectBefore(s, b);
        if (subject == null && d.support != null && text.inQuote(b) && firstPersonBefore(s, b)) {
            subject = d.support.speaker();
        }
        boolean substance = false;
        if (type.equals(Parley.Call)) {
            Entity with = trigger.endsWith("with") ? actorAt(s, after) : after < toks.size()
                    && toks.get(after).lower().equals("with") ? actorAt(s, after + 1) : null;
            if (with == null) {
                return null;
            }
            d.role(Parley.participant, subject);
            d.role(Parley.participant, with);
            d.label = "call" + (subject != null ? " between " + subject.label() + " and " : " with ") + with.label();
            d.end = mentionEnd(s, after, e);
            substance = true;
        } else if (type.equals(Parley.Talks)) {
            int between = indexOf(toks, after, after + 6, "between");
            if (between >= 0) {
                for (Entity x : actorsIn(s, between + 1, Math.min(toks.size(), between + 8))) {
                    d.role(Parley.participant, x);
                }
            }
            Entity place = placeAfter(s, after, after + 14, "in");
            if (place != null) {
                d.role(Parley.place, place);
                for (String p : place.partOf()) {
                    Entity container = registry.get(p);
                    if (container != null) {
                        entities.use(container);
                    }
                }
            }
            boolean dated = d.date != null && d.date.begin() >= b - 2 && d.date.begin() - e < 20;
            if (!dated) {
                d.date = null;
            }
            substance = !d.roles.isEmpty() && (dated || place != null);
            d.label = "talks" + (d.roles.isEmpty() ? "" : " between " + labels(d, Parley.participant))
                    + (place != null ? " in " + place.label() : "");
        } else if (type.equals(Parley.Summit)) {
            // "X spoke after a summit with Y": the sentence's subject was there too.
            d.role(Parley.participant, subject);
            for (Entity x : actorsIn(s, after, toks.size())) {
                d.role(Parley.participant, x);
            }
            substance = !d.roles.isEmpty();
            d.label = "summit" + (substance ? " with " + labels(d, Parley.participant) : "");
        } else if (type.equals(Parley.Strike)) {
            d.role(Parley.performedBy, subject);
            Entity target = null;
            int on = indexOf(toks, after, after + 3, "on", "against", "in");
            if (on >= 0) {
                target = actorOrPlaceAt(s, on + 1, 3);
                d.role(Parley.target, target);
            }
            substance = subject != null && (target != null || d.date != null);
            d.label = trigger + (subject != null ? " by " + subject.label() : "") + (target != null ? " on "
                    + target.label() : "");
        } else if (type.equals(Parley.Interception)) {
            if (after < toks.size() && toks.get(after).text().matches("\\d[\\d,]*")) {
                d.count = Integer.valueOf(toks.get(after).text().replace(",", ""));
                int k = after + 1;
                StringBuilder item = new StringBuilder();
                while (k < toks.size() && k < after + 5 && !Set.of("over", "in", "on", "near", "above", ",", ".",
                        "and", "from", "during").contains(toks.get(k).lower())) {
                    item.append(item.length() == 0 ? "" : " ").append(toks.get(k).text());
                    k++;
                }
                d.countedItem = item.toString();
            }
            Entity where = placeAfter(s, after, toks.size(), "over", "above", "near");
            d.role(Parley.place, where);
            substance = d.count != null || subject != null;
            d.label = "interception" + (d.count != null ? " of " + d.count + " " + d.countedItem : "");
        } else if (type.equals(Parley.SupplyResumption)) {
            if (after >= toks.size() || !(toks.get(after).lower().endsWith("ing") || trigger.endsWith("of"))) {
                return null;
            }
            d.role(Parley.performedBy, subject);
            int with = indexOf(toks, after, toks.size(), "with", "to");
            if (with >= 0) {
                d.role(Parley.recipient, actorAt(s, with + 1));
            }
            for (int k = after; k < toks.size() && (with < 0 || k < with); k++) {
                String w = toks.get(k).lower();
                if (!w.endsWith("ing") && Character.isLetter(w.charAt(0)) && !w.equals("and")) {
                    d.topics.add(toks.get(k).text());
                }
            }
            substance = subject != null && !d.topics.isEmpty();
            d.label = "resumption of " + String.join(" and ", d.topics) + (with >= 0 && !d.roles.isEmpty()
                    ? " supplies" : "");
            d.end = with >= 0 ? toks.get(Math.min(toks.size() - 1, with + 1)).end() : e;
        }
        return substance ? d : null;
    }

    private static int indexOf(List<Token> toks, int from, int to, String... words) {
        for (int k = from; k < Math.min(to, toks.size()); k++) {
            for (String w : words) {
                if (toks.get(k).lower().equals(w)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private int mentionEnd(Sentence s, int from, int fallback) {
        for (int k = from; k < s.tokens().size() && k < from + 6; k++) {
            Mention m = mentions.covering(s, k);
            if (m != null && m.kind() == Mention.Kind.NAME) {
                return m.end();
            }
        }
        return fallback;
    }

    private String labels(EventDraft d, Property p) {
        List<String> names = new ArrayList<>();
        for (Happening.Role r : d.roles) {
            if (r.property().equals(p)) {
                names.add(r.entity().label());
            }
        }
        return String.join(", ", names);
    }

    private TemporalExpression dateNear(Sentence s, int b, int e) {
        TemporalExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TemporalExpression t : dates.in(s)) {
            int dist = t.begin() >= e ? t.begin() - e : b - t.end();
            if (dist >= 0 && dist < 60 && dist < bestDist && !separatedBySpeech(b, t.begin())) {
                best = t;
                bestDist = dist;
            }
        }
        return best;
    }

    /** A date on the far side of the speech verb dates the speaking, not the event. */
    private boolean separatedBySpeech(int trigger, int dateAt) {
        for (Statement st : statements) {
            if (st.kind() == Statement.Kind.REPORTED && st.begin() <= trigger && trigger < st.end()
                    && (dateAt < st.begin() || dateAt >= st.end())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlanned(Sentence s, int b, TemporalExpression date) {
        if (date != null && date.isResolved()) {
            return date.future();
        }
        List<Token> toks = s.tokens();
        int k = s.tokenAt(b);
        for (int j = Math.max(0, k - 6); j < k; j++) {
            if (FUTURE.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return date != null && date.future();
    }

    private boolean firstPersonBefore(Sentence s, int b) {
        List<Token> toks = s.tokens();
        for (int k = s.tokenAt(b) - 1; k >= 0 && k >= s.tokenAt(b) - 6; k--) {
            if (Set.of("i", "we").contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    // ---- Who ----

    /** The statement whose words contain the offset, or null. */
    private Statement statementAt(int offset) {
        Statement best = null;
        for (Statement st : statements) {
            if (st.begin() <= offset && offset < st.end() && (best == null || st.end() - st.begin()
                    < best.end() - best.begin())) {
                best = st;
            }
        }
        return best;
    }

    /** The nearest actor before an offset in its sentence that is not the object of a preposition. */
    private Entity subjectBefore(Sentence s, int offset) {
        List<Token> toks = s.tokens();
        for (int k = s.tokenAt(offset) - 1; k >= 0; k--) {
            Mention m = mentions.covering(s, k);
            if (m == null || m.entity() == null) {
                continue;
            }
            k = m.token();
            String prev = k > 0 ? toks.get(k - 1).lower() : "";
            if (Set.of("with", "from", "of", "to", "for", "by", "in", "on", "between", "against", "about", "than",
                    "regarding").contains(prev)) {
                continue;
            }
            Entity e = m.entity();
            if (e.standsFor() != null && registry.get(e.standsFor()) != null) {
                return entities.use(registry.get(e.standsFor()));
            }
            if (Types.isActor(e.type())) {
                return e;
            }
        }
        return null;
    }

    /** The actor named at token k (a demonym counts as its state unless a name follows it). */
    private Entity actorAt(Sentence s, int k) {
        for (int j = k; j < s.tokens().size() && j < k + 6; j++) {
            Mention m = mentions.covering(s, j);
            if (m != null && m.kind() == Mention.Kind.DEMONYM && nameFollows(s, m)) {
                j = m.token() + m.tokens() - 1;
                continue;
            }
            if (m != null && m.entity() != null) {
                Entity e = m.entity();
                if (e.standsFor() != null && registry.get(e.standsFor()) != null) {
                    return entities.use(registry.get(e.standsFor()));
                }
                return Types.isActor(e.type()) ? e : null;
            }
            String t = s.tokens().get(j).text();
            if (t.equals(",") || t.equals(".") || t.equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** "Russian President Vladimir Putin": a name within the next few tokens after a demonym. */
    private boolean nameFollows(Sentence s, Mention demonym) {
        int end = demonym.token() + demonym.tokens();
        for (int j = end; j < s.tokens().size() && j < end + 4; j++) {
            Mention m = mentions.covering(s, j);
            if (m != null && m.kind() == Mention.Kind.NAME) {
                return true;
            }
            if (!s.tokens().get(j).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private Entity actorOrPlaceAt(Sentence s, int k, int within) {
        for (int j = k; j < s.tokens().size() && j < k + within; j++) {
            Mention m = mentions.covering(s, j);
            if (m != null && m.entity() != null) {
                return m.entity();
            }
        }
        return null;
    }

    /** Distinct actors named in tokens [from, to). */
    private List<Entity> actorsIn(Sentence s, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : mentions.in(s.tokens().get(Math.min(from, s.tokens().size() - 1)).begin(),
                s.tokens().get(Math.min(to, s.tokens().size()) - 1).end())) {
            Entity e = m.entity();
            if (e == null || m.kind() == Mention.Kind.UNNAMED) {
                continue;
            }
            if (e.standsFor() != null && registry.get(e.standsFor()) != null) {
                e = entities.use(registry.get(e.standsFor()));
            }
            if (Types.isActor(e.type()) && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private Entity placeAfter(Sentence s, int from, int to, String... prepositions) {
        List<Token> toks = s.tokens();
        for (int k = from; k < Math.min(to, toks.size()) - 1; k++) {
            for (String p : prepositions) {
                if (toks.get(k).lower().equals(p)) {
                    Mention m = mentions.covering(s, k + 1);
                    if (m == null && k + 2 < toks.size()) {
                        m = mentions.covering(s, k + 2);
                    }
                    if (m != null && m.entity() != null && Types.isPlace(m.entity().type())) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /** "30-day" as xsd:duration "P30D"; null when the words are not a simple duration. */
    static String isoDuration(String words) {
        Matcher m = DURATION.matcher(words);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        Map<String, Integer> numbers = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
                Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
                Map.entry("ten", 10), Map.entry("thirty", 30), Map.entry("sixty", 60), Map.entry("ninety", 90));
        int value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : numbers.get(n);
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "hour" -> "PT" + value + "H";
            case "week" -> "P" + (value * 7) + "D";
            case "month" -> "P" + value + "M";
            default -> "P" + value + "D";
        };
    }
}
