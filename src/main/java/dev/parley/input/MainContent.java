package dev.parley.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a web page, without navigation, ads, comments and the like: a readability-style picker on
 * jsoup. It removes what is never article text (scripts, navigation, asides, footers, forms; elements whose class
 * or id says ad, comment, share, related ...), scores each element by the paragraphs in it (their length and
 * commas, the child's full score and the grandchild's half, weighed by class and id words and lowered by the share
 * of link text), takes the best one with those of its siblings that score near it, and writes its text one
 * paragraph per block, dropping link lists and boilerplate lines. The words are in {@code content-hints.txt}.
 * <pre>
 *   String text = MainContent.text(Jsoup.parse(html));   // paragraphs separated by blank lines
 * </pre>
 * The document is changed (elements removed): read its metadata first.
 */
final class MainContent {
    private static final Map<String, List<String>> HINTS = SectionFile.words("content-hints.txt");
    private static final Set<String> REMOVED_TAGS = Set.copyOf(HINTS.get("removed-tags"));
    private static final Set<String> UNLIKELY = Set.copyOf(HINTS.get("unlikely"));
    private static final Set<String> LIKELY = Set.copyOf(HINTS.get("likely"));
    private static final Set<String> BOILERPLATE = Set.copyOf(HINTS.get("boilerplate").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    /** Paragraphs shorter than this do not count towards a container's score. */
    private static final int MIN_PARAGRAPH = 25;

    private MainContent() {}

    /** The page's article text, or an empty string when it has none. */
    static String text(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        clean(body);
        Map<Element, Double> scores = scores(body);
        Element top = best(scores);
        List<Element> parts = new ArrayList<>();
        if (top == null) {
            parts.add(body);
        } else if (top.parent() == null || top == body) {
            parts.add(top);
        } else {
            parts.addAll(withSiblings(top, scores));
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element part : parts) {
            dropLinkLists(part);
            paragraphs.addAll(paragraphs(part));
        }
        return String.join("\n\n", paragraphs);
    }

    /** Removes what is never article text, and elements marked as something else than the article. */
    private static void clean(Element body) {
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (REMOVED_TAGS.contains(tag) || "true".equals(e.attr("aria-hidden")) || e.hasAttr("hidden")
                    || e.attr("role").matches("navigation|complementary|banner|contentinfo|dialog")) {
                e.remove();
            } else if (!tag.equals("article") && !tag.equals("main") && hints(e, UNLIKELY) && !hints(e, LIKELY)) {
                e.remove();
            }
        }
    }

    /** Whether the element's class or id has one of the words, whole or between hyphens and underscores. */
    private static boolean hints(Element e, Set<String> words) {
        for (String name : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.isEmpty()) {
                continue;
            }
            if (words.contains(name)) {
                return true;
            }
            for (String part : name.split("[-_]")) {
                if (words.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The score of each element that holds paragraphs: each paragraph's length and commas, in full for its
     * parent and half for its grandparent, on top of the element's own weight, lowered by its share of link text.
     */
    private static Map<Element, Double> scores(Element body) {
        // Elements are equal only to themselves (jsoup); document order makes ties go to the first.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.select("p, pre, blockquote, div, td")) {
            // Text right inside a div counts for the div itself, as a paragraph's counts for its parent.
            boolean container = p.normalName().equals("div") || p.normalName().equals("td");
            String text = container ? p.ownText() : p.text();
            Element holder = container ? p : p.parent();
            if (text.length() < MIN_PARAGRAPH || holder == null) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(3, text.length() / 100);
            add(scores, holder, score);
            if (holder.parent() != null) {
                add(scores, holder.parent(), score / 2);
            }
        }
        scores.replaceAll((e, s) -> s * (1 - linkDensity(e)));
        return scores;
    }

    private static void add(Map<Element, Double> scores, Element e, double amount) {
        scores.computeIfAbsent(e, MainContent::base);
        scores.merge(e, amount, Double::sum);
    }

    /** The element most likely the article, or null when no element holds paragraphs. */
    private static Element best(Map<Element, Double> scores) {
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > topScore) {
                top = e.getKey();
                topScore = e.getValue();
            }
        }
        return top;
    }

    private static double base(Element e) {
        double s = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (hints(e, LIKELY)) {
            s += 25;
        }
        if (hints(e, UNLIKELY)) {
            s -= 25;
        }
        return s;
    }

    /** The best element with those siblings that score near it, or are long paragraphs of few links. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            boolean near = s != null && s >= threshold;
            boolean paragraph = sibling.normalName().equals("p") && sibling.text().length() > 80
                    && linkDensity(sibling) < 0.25;
            if (near || paragraph) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** Removes lists and blocks inside the content that are mostly links ("Related: ...", tag clouds). */
    private static void dropLinkLists(Element content) {
        for (Element e : new ArrayList<>(content.select("ul, ol, p, div, table"))) {
            if (e != content && e.parent() != null && linkDensity(e) > 0.5) {
                e.remove();
            }
        }
    }

    /** The share of an element's text that is link text. */
    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / length);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The text of an element one paragraph per block (and per line break), white space collapsed. */
    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush(current, out);
                }
            }
        });
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        current.setLength(0);
        if (!p.isEmpty() && !BOILERPLATE.contains(p.toLowerCase(Locale.ROOT))) {
            out.add(p);
        }
    }
}
