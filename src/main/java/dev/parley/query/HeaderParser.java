package dev.parley.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code #+} lines of a query file as YAML, the way grlc does, but strictly: a line that is not valid
 * YAML, a key that grlc does not know or a value of the wrong shape is an error with its line in the file.
 */
final class HeaderParser {
    /** grlc keys that have no effect in parley: a saved query runs on this store, and results are negotiated. */
    private static final Set<String> WITHOUT_EFFECT = Set.of("endpoint", "endpoint_in_url", "transform", "mime");
    private static final Set<String> KNOWN = Set.of("summary", "description", "tags", "defaults", "enumerate",
            "pagination", "method");
    private static final int MAX_PAGE_SIZE = 10_000;

    /** A problem at a line of the query file (1-based). */
    static final class HeaderException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        HeaderException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /**
     * A header and the file line of each of its parts, for messages about them: {@code pagination},
     * {@code defaults/NAME}, {@code enumerate/NAME} and {@code enumerate/NAME/INDEX} (each allowed value).
     */
    record Parsed(QueryHeader header, Map<String, Integer> lines) {
        /** The file line of a part of the header, or {@code fallback} when the header has no such part. */
        int line(String part, int fallback) {
            return lines.getOrDefault(part, fallback);
        }
    }

    private final int[] fileLines;
    private final Map<String, Integer> lines = new java.util.HashMap<>();

    private HeaderParser(int[] fileLines) {
        this.fileLines = fileLines;
    }

    /** The header of a query file's text; {@link QueryHeader#empty()} when it has no {@code #+} lines. */
    static Parsed parse(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder yaml = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#+")) {
                yaml.append(line.substring(2)).append('\n');
                at.add(i + 1);
            }
        }
        if (at.isEmpty()) {
            return new Parsed(QueryHeader.empty(), Map.of());
        }
        int[] fileLines = at.stream().mapToInt(Integer::intValue).toArray();
        HeaderParser parser = new HeaderParser(fileLines);
        QueryHeader header = parser.read(yaml.toString());
        return new Parsed(header, Map.copyOf(parser.lines));
    }

    private int fileLine(Node node) {
        return fileLine(node.getStartMark().getLine());
    }

    private int fileLine(int yamlLine) {
        return fileLines[Math.max(0, Math.min(yamlLine, fileLines.length - 1))];
    }

    private QueryHeader read(String yamlText) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() : 0;
            if (e.getContextMark() != null && String.valueOf(e.getProblem()).contains("end of stream")) {
                // An unclosed quote or bracket is only noticed at the end: the line to fix is where it opened.
                line = e.getContextMark().getLine();
            }
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null) {
                problem = e.getContext() + ": " + problem;
            }
            throw new HeaderException(fileLine(line), "the #+ header is not valid YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new HeaderException(fileLines[0], "the #+ header is not valid YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            return QueryHeader.empty();
        }
        if (!(root instanceof MappingNode map)) {
            throw new HeaderException(fileLine(root), "the #+ header must be a set of \"key: value\" lines");
        }
        String summary = "";
        String description = "";
        List<String> tags = List.of();
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, List<String>> enumerate = new LinkedHashMap<>();
        Set<String> fromData = new LinkedHashSet<>();
        int pagination = 0;
        String method = "GET";
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), "a header key");
            Node value = t.getValueNode();
            if (!seen.add(key)) {
                throw new HeaderException(fileLine(t.getKeyNode()), "the header key \"" + key + "\" is given twice");
            }
            switch (key) {
                case "summary" -> summary = scalar(value, "summary");
                case "description" -> description = scalar(value, "description");
                case "tags" -> tags = scalars(value, "tags");
                case "defaults" -> pairs(value, "defaults", (name, v) -> defaults.put(name,
                        scalar(v, "the default of " + name)));
                case "enumerate" -> enumerate(value, enumerate, fromData);
                case "pagination" -> pagination = pageSize(value);
                case "method" -> {
                    method = scalar(value, "method").toUpperCase(Locale.ROOT);
                    if (!method.equals("GET") && !method.equals("POST")) {
                        throw new HeaderException(fileLine(value), "method must be GET or POST, not " + method);
                    }
                }
                default -> {
                    if (WITHOUT_EFFECT.contains(key)) {
                        warnings.add("line " + fileLine(t.getKeyNode()) + ": \"" + key + "\" has no effect in "
                                + "parley (saved queries run on this store; formats are negotiated)");
                    } else {
                        throw new HeaderException(fileLine(t.getKeyNode()), "unknown header key \"" + key
                                + "\" (known: " + String.join(", ", new java.util.TreeSet<>(KNOWN)) + "; and "
                                + "grlc's " + String.join(", ", new java.util.TreeSet<>(WITHOUT_EFFECT))
                                + ", which have no effect here)");
                    }
                }
            }
        }
        return new QueryHeader(summary, description, tags, defaults, enumerate, fromData, pagination, method,
                warnings);
    }

    private int pageSize(Node value) {
        lines.put("pagination", fileLine(value));
        String s = scalar(value, "pagination");
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1 && n <= MAX_PAGE_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new HeaderException(fileLine(value), "pagination must be a whole number from 1 to " + MAX_PAGE_SIZE
                + ", not \"" + s + "\"");
    }

    private void enumerate(Node value, Map<String, List<String>> enumerate, Set<String> fromData) {
        if (!(value instanceof SequenceNode seq)) {
            throw new HeaderException(fileLine(value), "enumerate must be a list (\"- name:\" then its values)");
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                if (enumerate.containsKey(s.getValue()) || !fromData.add(s.getValue())) {
                    throw new HeaderException(fileLine(s), "enumerate names \"" + s.getValue() + "\" twice");
                }
                lines.put("enumerate/" + s.getValue(), fileLine(s));
            } else {
                pairs(item, "enumerate", (name, v) -> {
                    enumerate.put(name, scalars(v, "the values of " + name));
                    if (v instanceof SequenceNode values) {
                        for (int i = 0; i < values.getValue().size(); i++) {
                            lines.put("enumerate/" + name + "/" + i, fileLine(values.getValue().get(i)));
                        }
                    } else {
                        lines.put("enumerate/" + name + "/0", fileLine(v));
                    }
                });
            }
        }
    }

    /** A list of one-key maps ({@code - name: value}), or one map: calls {@code each} per name. */
    private void pairs(Node value, String what, java.util.function.BiConsumer<String, Node> each) {
        List<Node> maps = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        for (Node m : maps) {
            if (!(m instanceof MappingNode mapping)) {
                throw new HeaderException(fileLine(m), what + " must list \"name: value\" entries");
            }
            for (NodeTuple t : mapping.getValue()) {
                String name = scalar(t.getKeyNode(), "a parameter name in " + what);
                boolean again = lines.putIfAbsent(what + "/" + name, fileLine(t.getKeyNode())) != null;
                if (again) {
                    throw new HeaderException(fileLine(t.getKeyNode()), what + " names \"" + name + "\" twice");
                }
                each.accept(name, t.getValueNode());
            }
        }
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw new HeaderException(fileLine(node), what + " must be a single value");
        }
        return s.getValue();
    }

    private List<String> scalars(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new HeaderException(fileLine(node), what + " must be a list of values");
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            out.add(scalar(n, "each of " + what));
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
