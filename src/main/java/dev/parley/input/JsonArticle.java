package dev.parley.input;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import dev.parley.ParleyException.BadInputException;
import dev.parley.extract.ArticleReader;
import dev.parley.input.JsonFields.Part;
import dev.parley.model.Article;

/**
 * One JSON Lines record as an article: its parts from the fields {@link JsonFields} names, the first present of
 * each. Text may be a string or an array of paragraphs; a date a string ({@link PublicationDate}) or seconds or
 * milliseconds since 1970. Fields it does not name are ignored; a part present but unusable (a date that is no
 * date, a URL that is not http(s)) is a {@link BadInputException}, as it is in a {@code .meta.json} file.
 */
final class JsonArticle {
    private JsonArticle() {}

    /** The article of record {@code obj} at {@code line} of {@code file}. */
    static Article read(JsonObject obj, JsonFields fields, Path file, long line) {
        String body = text(obj, fields.names(Part.TEXT));
        if (body == null) {
            throw new BadInputException("no article text (no field " + String.join(", ", fields.names(Part.TEXT))
                    + "; name another with --fields text=FIELD)");
        }
        String title = string(obj, fields, Part.TITLE);
        String url = string(obj, fields, Part.URL);
        if (url != null && !ArticleText.isWebUrl(url)) {
            throw new BadInputException("the URL must be http(s), got \"" + url + "\"");
        }
        String language = string(obj, fields, Part.LANGUAGE);
        if (language != null && ArticleText.language(language) == null) {
            throw new BadInputException("the language must be a tag such as \"en\", got \"" + language + "\"");
        }
        String name = url != null ? ArticleNames.fromUrl(url) : ArticleNames.fromPlace(file, "line=" + line);
        String text = ArticleText.join(title, body);
        Article.Metadata meta = ArticleText.metadata(title, text, published(obj, fields), string(obj, fields,
                Part.SOURCE), url == null ? null : url.strip(), ArticleText.language(language));
        return ArticleReader.of(name, text, meta);
    }

    private static LocalDate published(JsonObject obj, JsonFields fields) {
        for (String name : fields.names(Part.PUBLISHED)) {
            JsonValue v = field(obj, name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isNumber()) {
                long n = v.getAsNumber().value().longValue();
                // Seconds up to the year 5138, milliseconds after.
                Instant at = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                return LocalDate.ofInstant(at, ZoneOffset.UTC);
            }
            if (v.isString()) {
                LocalDate d = PublicationDate.parse(v.getAsString().value());
                if (d == null) {
                    throw new BadInputException("\"" + name + "\" is not a date: \"" + v.getAsString().value()
                            + "\"");
                }
                return d;
            }
        }
        return null;
    }

    private static String text(JsonObject obj, List<String> names) {
        for (String name : names) {
            JsonValue v = field(obj, name);
            if (v == null) {
                continue;
            }
            if (v.isString() && !v.getAsString().value().isBlank()) {
                return v.getAsString().value();
            }
            if (v.isArray()) {
                String joined = paragraphs(v.getAsArray());
                if (!joined.isBlank()) {
                    return joined;
                }
            }
        }
        return null;
    }

    private static String paragraphs(JsonArray array) {
        List<String> parts = new ArrayList<>();
        for (JsonValue p : array) {
            if (p.isString() && !p.getAsString().value().isBlank()) {
                parts.add(p.getAsString().value().strip());
            }
        }
        return String.join("\n\n", parts);
    }

    private static String string(JsonObject obj, JsonFields fields, Part part) {
        for (String name : fields.names(part)) {
            JsonValue v = field(obj, name);
            if (v != null && v.isString() && !v.getAsString().value().isBlank()) {
                return v.getAsString().value().strip();
            }
        }
        return null;
    }

    /** The value at a field name, dotted names reading into objects; null when absent. */
    private static JsonValue field(JsonObject obj, String name) {
        JsonValue v = obj;
        for (String step : name.split("\\.")) {
            if (!v.isObject() || !v.getAsObject().hasKey(step)) {
                return null;
            }
            v = v.getAsObject().get(step);
        }
        return v;
    }
}
