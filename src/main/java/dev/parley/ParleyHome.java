package dev.parley;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project folder that holds {@code ontology/}, {@code data/} and {@code queries/}.
 * <pre>
 *   Path shapes = ParleyHome.get().ontology().resolve("shapes.ttl");
 * </pre>
 * Found from the system property {@code parley.home} (the launcher sets it), then the environment variable
 * {@code PARLEY_HOME}, then the working directory and its parents (the first that has {@code ontology/parley.ttl}).
 */
public record ParleyHome(Path root) {

    public ParleyHome {
        java.util.Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The home folder for this process; fails with a clear message when none can be found. */
    public static ParleyHome get() {
        String prop = System.getProperty("parley.home");
        if (prop != null && !prop.isBlank()) {
            return checked(Path.of(prop), "system property parley.home");
        }
        String env = System.getenv("PARLEY_HOME");
        if (env != null && !env.isBlank()) {
            return checked(Path.of(env), "environment variable PARLEY_HOME");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ontology").resolve("parley.ttl"))) {
                return new ParleyHome(dir);
            }
        }
        throw new ParleyException("Cannot find the parley project folder (one with ontology/parley.ttl): "
                + "run from inside it or set PARLEY_HOME");
    }

    private static ParleyHome checked(Path dir, String from) {
        if (!Files.isRegularFile(dir.resolve("ontology").resolve("parley.ttl"))) {
            throw new ParleyException("The " + from + " names " + dir + ", which has no ontology/parley.ttl");
        }
        return new ParleyHome(dir);
    }

    public Path ontology() {
        return root.resolve("ontology");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path queries() {
        return root.resolve("queries");
    }

    /** The default TDB2 store, {@code store/} at the root, unless {@code PARLEY_STORE} says otherwise. */
    public Path defaultStore() {
        String env = System.getenv("PARLEY_STORE");
        return env != null && !env.isBlank() ? Path.of(env) : root.resolve("store");
    }
}
