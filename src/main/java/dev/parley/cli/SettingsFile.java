package dev.parley.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.PropertiesDefaultProvider;
import picocli.CommandLine.TypeConversionException;

/**
 * A command's settings file: the default values of its options, read from the Java properties file that its
 * {@code --config} option names.
 * <pre>
 *   &#64;Command(name = "serve", defaultValueProvider = SettingsFile.class)
 *
 *   # serve.properties, for parley serve --config serve.properties
 *   port = 3030
 *   allow-service = https://query.wikidata.org/sparql, https://dbpedia.org/sparql
 *   writers = editor
 *   passwd = passwd.txt
 * </pre>
 * Keys are the options' long names without the dashes, looked up by picocli's {@link PropertiesDefaultProvider}.
 * One parse is enough, with no first pass to find the file: picocli asks a default value provider only for the
 * options the command line did not give, and only once every argument has been matched, so {@code --config}
 * already holds its file when the first default is asked for, and an option on the command line wins because
 * its default is never asked for. A key that is not a setting is bad usage; a relative path is relative to the
 * file's folder; spaces around the commas of a list are dropped. A value that does not convert is reported
 * naming the setting and the file ({@link #reword}).
 */
final class SettingsFile implements IDefaultValueProvider {
    /** The option that names the file. */
    static final String OPTION = "--config";
    /** Options that are not settings, besides help and version: the file itself, and the store, chosen per run. */
    private static final Set<String> NOT_SETTINGS = Set.of(OPTION, "--store");

    private Path file;
    private PropertiesDefaultProvider lookup;
    /** What this file gave each option, so that a value that does not convert is reported as the file's. */
    private final Map<ArgSpec, String> supplied = new IdentityHashMap<>();

    @Override
    public String defaultValue(ArgSpec arg) throws Exception {
        CommandSpec command = arg.command();
        Path named = command.findOption(OPTION).getValue();
        if (named == null || !arg.isOption()) {
            return null;
        }
        if (!named.equals(file)) {
            lookup = new PropertiesDefaultProvider(read(command, named));
            file = named;
        }
        String value = lookup.defaultValue(arg);
        if (value == null) {
            return null;
        }
        value = value.strip();
        if (",".equals(arg.splitRegex())) {
            value = String.join(",", value.split("\\s*,\\s*"));
        }
        if (arg.type() == Path.class) {
            value = file.toAbsolutePath().getParent().resolve(value).toString();
        }
        supplied.put(arg, value);
        return value;
    }

    /**
     * A parse error about a value that a settings file gave, reworded to name the setting and the file; any other
     * error as it is. Picocli converts a default value after the provider returns it, so it cannot say where the
     * value came from.
     */
    static ParameterException reword(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (arg == null || !(arg.command().defaultValueProvider() instanceof SettingsFile settings)
                || !settings.supplied.containsKey(arg) || !(arg instanceof OptionSpec option)) {
            return e;
        }
        String why = e.getCause() instanceof TypeConversionException t ? t.getMessage() : e.getMessage();
        return new ParameterException(e.getCommandLine(), "Invalid value for setting \"" + key(option) + "\" in "
                + settings.file + ": " + why, e, arg, e.getValue());
    }

    /** The settings in the file, every key checked against the command's options. */
    private static Properties read(CommandSpec command, Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "Cannot read " + OPTION + " " + file + ": "
                    + e.getMessage());
        }
        Set<String> known = new TreeSet<>();
        for (OptionSpec o : command.options()) {
            if (!o.usageHelp() && !o.versionHelp() && !NOT_SETTINGS.contains(o.longestName())) {
                known.add(key(o));
            }
        }
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!known.contains(key)) {
                throw new ParameterException(command.commandLine(), "Unknown setting \"" + key + "\" in " + file
                        + " (known: " + String.join(", ", known) + ")");
            }
        }
        return p;
    }

    private static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }
}
