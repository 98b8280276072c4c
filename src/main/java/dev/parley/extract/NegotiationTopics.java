package dev.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics of negotiation in statements: the words after a topic verb up to a stop ("We'll discuss land. We'll
 * discuss power plants."), split at "and" and commas, each at most a few words and not a pronoun or clause
 * ("discuss whether ...").
 */
record NegotiationTopics(HappeningWords words) {
    /** The topics of every statement, each once, in order. */
    List<String> in(AnnotatedText text, List<Statement> statements) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement st : statements) {
            String lower = text.slice(st.begin(), st.end()).toLowerCase(Locale.ROOT);
            if (!words.topicHint.matcher(lower).find()) {
                continue;
            }
            for (Pattern verb : words.topicVerbs) {
                Matcher m = verb.matcher(lower);
                while (m.find()) {
                    int start = st.begin() + m.end();
                    int end = start;
                    while (end < st.end() && ".;:?!,\u201D\"".indexOf(text.text().charAt(end)) < 0) {
                        end++;
                    }
                    for (Span part : ListItems.split(text, start, end, words.topicSeparator,
                            words.listItemDeterminers)) {
                        String topic = text.slice(part).strip();
                        if (!topic.isEmpty() && topic.split("\\s+").length <= words.limits.topicMaxWords()
                                && !words.nonTopicOpeners.contains(topic.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                            out.add(topic);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
