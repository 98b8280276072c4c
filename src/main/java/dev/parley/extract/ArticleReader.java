package dev.parley.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import dev.parley.ParleyException.BadInputException;
import dev.parley.model.Article;
import dev.parley.vocab.Parley;

/**
 * Reads an article: {@code NAME.txt} (UTF-8) and its optional {@code NAME.meta.json} sidecar.
 * <pre>
 *   Article a = ArticleReader.read(Path.of("data/articles/x.txt"));
 * </pre>
 * The text is kept exactly as decoded (CRLF, curly quotes, non-breaking spaces and all), so that offsets are
 * indices into it. Anything unusable (not UTF-8, binary, empty, too large, broken or mistyped metadata) is a
 * {@link BadInputException} that names the file and the fault.
 */
public final class ArticleReader {
    /** Default size limit for one article file. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Set<String> META_KEYS = Set.of("title", "published", "source", "url", "language");

    private ArticleReader() {}

    /** Reads an article file with the default size limit. */
    public static Article read(Path txt) {
        return read(txt, DEFAULT_MAX_BYTES);
    }

    /** Reads an article file; {@code maxBytes} bounds the text file's size. */
    public static Article read(Path txt, long maxBytes) {
        String fileName = txt.getFileName().toString();
        if (!fileName.endsWith(".txt")) {
            throw new BadInputException(txt + ": an article is a .txt file");
        }
        String name = fileName.substring(0, fileName.length() - 4);
        byte[] bytes = readBytes(txt, maxBytes);
        String text = decode(txt, bytes);
        Path metaFile = txt.resolveSibling(name + ".meta.json");
        Article.Metadata meta = Files.exists(metaFile)
                ? readMetadata(metaFile, text)
                : new Article.Metadata(headline(txt, text), null, null, null, "en");
        return new Article(iriFor(name), name, text, meta);
    }

    /** Builds an article from text already in memory (tests, the server); metadata may be null. */
    public static Article of(String name, String text, Article.Metadata metadata) {
        if (isBlank(text)) {
            throw new BadInputException(name + ": the article is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException(name + ": binary content (NUL characters), not an article");
        }
        Article.Metadata meta = metadata != null ? metadata
                : new Article.Metadata(headline(Path.of(name), text), null, null, null, "en");
        return new Article(iriFor(name), name, text, meta);
    }

    /** The IRI of the article called {@code name}: a slug of the name under the data namespace. */
    public static String iriFor(String name) {
        return Parley.DATA_NS + "article/" + slug(name);
    }

    /** Lower-case ASCII slug: letters and digits, runs of anything else as one hyphen. */
    public static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(ascii.length());
        boolean hyphen = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                hyphen = false;
            } else if (Character.getType(ascii.charAt(i)) != Character.NON_SPACING_MARK) {
                hyphen = true;
            }
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }

    private static byte[] readBytes(Path txt, long maxBytes) {
        try {
            if (!Files.isRegularFile(txt)) {
                throw new BadInputException(txt + ": no such file");
            }
            long size = Files.size(txt);
            if (size > maxBytes) {
                throw new BadInputException(txt + ": " + size + " bytes is over the limit of " + maxBytes + " bytes");
            }
            return Files.readAllBytes(txt);
        } catch (IOException e) {
            throw new BadInputException(txt + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String decode(Path txt, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(txt + ": not UTF-8 text (" + e.getMessage() + ")", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException(txt + ": binary content (NUL bytes), not an article");
        }
        if (isBlank(text)) {
            throw new BadInputException(txt + ": the article is empty");
        }
        return text;
    }

    /** Blank in the sense readers have: nothing but white space, non-breaking spaces and byte-order marks. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    }

    private static String headline(Path txt, String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!isBlank(line)) {
                return line.strip();
            }
        }
        throw new BadInputException(txt + ": the article is empty");
    }

    private static Article.Metadata readMetadata(Path metaFile, String text) {
        JsonObject obj;
        try {
            String json = Files.readString(metaFile, StandardCharsets.UTF_8);
            JsonValue v = JSON.parseAny(json);
            if (!v.isObject()) {
                throw new BadInputException(metaFile + ": metadata must be a JSON object");
            }
            obj = v.getAsObject();
        } catch (IOException e) {
            throw new BadInputException(metaFile + ": cannot read: " + e.getMessage(), e);
        } catch (JsonException | IllegalArgumentException e) {
            throw new BadInputException(metaFile + ": not valid JSON: " + e.getMessage(), e);
        }
        for (Map.Entry<String, JsonValue> e : obj.entrySet()) {
            if (!META_KEYS.contains(e.getKey())) {
                throw new BadInputException(metaFile + ": unknown key \"" + e.getKey() + "\" (allowed: "
                        + String.join(", ", META_KEYS.stream().sorted().toList()) + ")");
            }
        }
        String title = string(metaFile, obj, "title");
        String publishedText = string(metaFile, obj, "published");
        LocalDate published = null;
        if (publishedText != null) {
            try {
                published = LocalDate.parse(publishedText);
            } catch (DateTimeParseException e) {
                throw new BadInputException(metaFile + ": \"published\" must be an ISO date (YYYY-MM-DD), got \""
                        + publishedText + "\"", e);
            }
        }
        String url = string(metaFile, obj, "url");
        if (url != null && !url.matches("https?://\\S+")) {
            throw new BadInputException(metaFile + ": \"url\" must be an http(s) URL, got \"" + url + "\"");
        }
        String language = string(metaFile, obj, "language");
        if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw new BadInputException(metaFile + ": \"language\" must be a language tag such as \"en\", got \""
                    + language + "\"");
        }
        return new Article.Metadata(title != null && !title.isBlank() ? title : headline(metaFile, text), published,
                string(metaFile, obj, "source"), url, language);
    }

    private static String string(Path metaFile, JsonObject obj, String key) {
        if (!obj.hasKey(key) || obj.get(key).isNull()) {
            return null;
        }
        JsonValue v = obj.get(key);
        if (!v.isString()) {
            throw new BadInputException(metaFile + ": \"" + key + "\" must be a string, got " + v);
        }
        return v.getAsString().value();
    }
}
