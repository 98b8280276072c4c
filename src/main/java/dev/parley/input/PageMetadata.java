package dev.parley.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article: title, publication date, URL, publisher, language, and the article
 * body when its schema.org JSON-LD gives one. Read first from JSON-LD ({@code NewsArticle} and kin), then from
 * the meta tags, links and {@code <time>} elements that {@code page-metadata.txt} lists, in order.
 * <pre>
 *   PageMetadata m = PageMetadata.of(Jsoup.parse(html));
 * </pre>
 * Unusable values (a JSON-LD block that does not parse, a date that is no date) are passed over, not errors:
 * pages are written carelessly and the next source usually has it.
 *
 * @param title     headline, or null
 * @param published publication date, or null
 * @param url       the article's http(s) URL, or null
 * @param source    the publisher's name, or null
 * @param language  language tag, or null
 * @param body      the JSON-LD {@code articleBody}, or null
 */
record PageMetadata(String title, LocalDate published, String url, String source, String language, String body) {
    private static final Map<String, List<String>> SOURCES = SectionFile.read("page-metadata.txt");
    private static final Set<String> TYPES = Set.copyOf(SOURCES.get("json-ld-types"));

    static PageMetadata of(Document doc) {
        JsonObject ld = jsonLd(doc);
        String title = ld == null ? null : ldString(ld, "headline", "name");
        String date = ld == null ? null : ldString(ld, "datePublished", "dateCreated");
        LocalDate published = PublicationDate.parse(date);
        String url = ld == null ? null : webUrl(ldString(ld, "url", "mainEntityOfPage"));
        String source = ld == null ? null : ldString(ld, "publisher");
        String language = ld == null ? null : ArticleText.language(ldString(ld, "inLanguage"));
        String body = ld == null ? null : ldString(ld, "articleBody");
        if (title == null) {
            title = first(doc, "title", v -> v);
        }
        if (title != null && title.contains(" | ")) {
            // "Talks resume in Norva | The Norva Herald": the site's name is not the headline's.
            title = title.substring(0, title.lastIndexOf(" | ")).strip();
        }
        if (published == null) {
            published = first(doc, "published", PublicationDate::parse);
        }
        if (url == null) {
            url = first(doc, "url", PageMetadata::webUrl);
        }
        if (source == null) {
            source = first(doc, "source", v -> v);
        }
        if (language == null) {
            language = first(doc, "language", ArticleText::language);
        }
        return new PageMetadata(title, published, url, source, language, body);
    }

    /** The first usable value of a section's sources. */
    private static <T> T first(Document doc, String section, java.util.function.Function<String, T> usable) {
        for (String line : SOURCES.get(section)) {
            int space = line.lastIndexOf(' ');
            String selector = line.substring(0, space);
            String attribute = line.substring(space + 1);
            for (Element e : doc.select(selector)) {
                String v = attribute.equals("text") ? e.text() : e.attr(attribute);
                if (v != null && !v.isBlank()) {
                    T t = usable.apply(v.strip());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private static String webUrl(String url) {
        return ArticleText.isWebUrl(url) ? url.strip() : null;
    }

    /** The page's first JSON-LD object of an article type, looking into arrays and {@code @graph}. */
    private static JsonObject jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonValue v;
            try {
                v = JSON.parseAny(script.data());
            } catch (RuntimeException e) {
                continue;
            }
            JsonObject found = findArticle(v, 0);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue v, int depth) {
        if (depth > 4) {
            return null;
        }
        List<JsonValue> candidates = new ArrayList<>();
        if (v.isArray()) {
            v.getAsArray().forEach(candidates::add);
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            if (isArticle(o.get("@type"))) {
                return o;
            }
            if (o.hasKey("@graph")) {
                candidates.add(o.get("@graph"));
            }
        }
        for (JsonValue c : candidates) {
            JsonObject found = findArticle(c, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isArticle(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isString()) {
            return TYPES.contains(type.getAsString().value().replaceFirst("^(https?://)?schema\\.org/", ""));
        }
        if (type.isArray()) {
            for (JsonValue t : type.getAsArray()) {
                if (isArticle(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A JSON-LD value as text: a string, or an object's {@code name} or {@code @id}, or an array's first. */
    private static String ldString(JsonObject o, String... keys) {
        for (String k : keys) {
            String s = text(o.get(k));
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }

    private static String text(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isObject()) {
            String name = text(v.getAsObject().get("name"));
            return name != null ? name : text(v.getAsObject().get("@id"));
        }
        if (v.isArray() && !v.getAsArray().isEmpty()) {
            return text(v.getAsArray().get(0));
        }
        return null;
    }
}
