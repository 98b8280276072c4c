package dev.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.parley.ParleyException;
import dev.parley.Version;

/**
 * What decides an extractor's output, as the version a load record keeps: parley's release and four
 * fingerprints, one per part that can change without a release.
 * <pre>
 *   0.1.0-SNAPSHOT (rules 3f2a9c01d4e7, words 8b11c0de42aa, registry 51e0c3a99f10, models 0c9d2e7b11f4)
 * </pre>
 * <ul>
 * <li>rules: the compiled classes of the extractor and of the vocabulary it writes with
 * ({@code dev/parley/extract/*.class}, {@code dev/parley/vocab/*.class});
 * <li>words: every data file beside them ({@code lexicon.txt} and the files it names);
 * <li>registry: the bytes of the entity registry ({@code data/entities.ttl}), or none;
 * <li>models: the OpenNLP release and the names of the models it runs (each name carries its model's version).
 * </ul>
 * Two extractors with the same version give the same graph for the same article, so a load skips an unchanged
 * article only when its record has this version, and {@link #changes} says in words what differs.
 */
public record ExtractorVersion(String release, String rules, String words, String registry, String models) {
    private static final List<String> PACKAGES = List.of("dev/parley/extract/", "dev/parley/vocab/");
    private static final Pattern FORMAT = Pattern.compile(
            "(.+) \\(rules (\\w+), words (\\w+), registry (\\w+), models (\\w+)\\)");
    private static final int DIGITS = 12;

    public ExtractorVersion {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(models, "models");
    }

    /** The version of the running code with the given registry file (null: no registry). */
    static ExtractorVersion current(byte[] registryBytes) {
        Parts code = Parts.CODE;
        return new ExtractorVersion(Version.get(), code.rules, code.words,
                registryBytes == null ? "none" : hash(List.of(registryBytes)), code.models);
    }

    /** Parses {@link #toString}'s form; empty when the text is an earlier release's plain version. */
    public static java.util.Optional<ExtractorVersion> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        return m.matches() ? java.util.Optional.of(new ExtractorVersion(m.group(1), m.group(2), m.group(3),
                m.group(4), m.group(5))) : java.util.Optional.empty();
    }

    /**
     * What changed from the version recorded as {@code earlier} to this one, in words ("the extractor's word lists
     * and entity registry changed"); empty when nothing did.
     */
    public String changes(String earlier) {
        if (earlier.equals(toString())) {
            return "";
        }
        java.util.Optional<ExtractorVersion> old = parse(earlier);
        if (old.isEmpty()) {
            return "it was extracted by an earlier release (" + earlier + ")";
        }
        ExtractorVersion o = old.get();
        List<String> parts = new ArrayList<>();
        if (!o.release.equals(release)) {
            parts.add("release (" + o.release + " to " + release + ")");
        }
        if (!o.rules.equals(rules)) {
            parts.add("rules");
        }
        if (!o.words.equals(words)) {
            parts.add("word lists");
        }
        if (!o.registry.equals(registry)) {
            parts.add("entity registry");
        }
        if (!o.models.equals(models)) {
            parts.add("NLP models");
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "the extractor's " + list + " changed";
    }

    @Override
    public String toString() {
        return release + " (rules " + rules + ", words " + words + ", registry " + registry + ", models " + models
                + ")";
    }

    /** The fingerprints of the code on the class path, computed once per process. */
    private static final class Parts {
        static final Parts CODE = new Parts();
        final String rules;
        final String words;
        final String models;

        private Parts() {
            Map<String, byte[]> classes = new TreeMap<>();
            Map<String, byte[]> data = new TreeMap<>();
            for (Map.Entry<String, byte[]> e : entries().entrySet()) {
                (e.getKey().endsWith(".class") ? classes : data).put(e.getKey(), e.getValue());
            }
            data.keySet().removeIf(name -> !name.startsWith(PACKAGES.get(0)));
            rules = hash(named(classes));
            words = hash(named(data));
            models = hash(List.of((opennlp.tools.util.Version.currentVersion() + " " + String.join(" ", Nlp.MODELS))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        private static List<byte[]> named(Map<String, byte[]> files) {
            List<byte[]> out = new ArrayList<>();
            files.forEach((name, bytes) -> {
                out.add(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.add(bytes);
            });
            return out;
        }

        /** Every file under {@link #PACKAGES} where this class was loaded from: a folder or a jar. */
        private static Map<String, byte[]> entries() {
            Map<String, byte[]> out = new TreeMap<>();
            try {
                Path where = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                if (Files.isDirectory(where)) {
                    for (String pkg : PACKAGES) {
                        Path dir = where.resolve(pkg);
                        try (Stream<Path> walk = Files.walk(dir)) {
                            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                                out.put(where.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                            }
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(where.toFile())) {
                        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements();) {
                            JarEntry e = en.nextElement();
                            if (!e.isDirectory() && PACKAGES.stream().anyMatch(e.getName()::startsWith)) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    out.put(e.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                throw new ParleyException("Cannot read the extractor's own code to fingerprint it: " + e, e);
            }
            if (out.isEmpty()) {
                throw new ParleyException("The extractor's classes are not where its class loader says");
            }
            return out;
        }
    }

    private static String hash(List<byte[]> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new ParleyException("SHA-256 is not available", e);
        }
    }
}
