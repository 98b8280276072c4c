package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of an agreement after a provision verb shortly after its trigger: "These guarantees should encompass
 * Ukraine's neutral status and the commitment from NATO countries ...", split at commas and at "and" before a
 * determiner, up to the end of the quotation or sentence. A term is two words or more.
 */
record Provisions(HappeningWords words) {
    List<Happening.Provision> after(AgreementClause c) {
        AnnotatedText text = c.text();
        Sentence s = c.sentence();
        int from = c.trigger().end();
        String lower = text.slice(from, s.end()).toLowerCase(Locale.ROOT);
        for (Pattern verb : words.provisionVerbs) {
            Matcher m = verb.matcher(lower);
            if (m.find() && m.start() < words.limits.provisionVerbAfterTriggerChars()) {
                return terms(text, from + m.end(), s.end());
            }
        }
        return List.of();
    }

    private List<Happening.Provision> terms(AnnotatedText text, int start, int end) {
        Quote q = text.quoteAt(start);
        if (q != null && !q.openEnded() && q.close() < end) {
            end = q.close();
        }
        while (end > start && ".,;:\u201D\"".indexOf(text.text().charAt(end - 1)) >= 0) {
            end--;
        }
        List<Happening.Provision> out = new ArrayList<>();
        for (Span part : ListItems.split(text, start, end, words.provisionSeparator, words.listItemDeterminers)) {
            String label = text.slice(part);
            if (label.split("\\s+").length >= words.limits.provisionMinWords()
                    && out.stream().noneMatch(p -> p.label().equals(label))) {
                out.add(new Happening.Provision(label, part.begin(), part.end()));
            }
        }
        return out;
    }
}
