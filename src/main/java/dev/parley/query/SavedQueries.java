package dev.parley.query;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVars;

import dev.parley.ParleyException;

/**
 * The saved queries of a folder: every {@code *.rq} file in it and its sub-folders, read and checked at once.
 * <pre>
 *   SavedQueries queries = SavedQueries.load(home.queries());   // throws QueryFileException listing every problem
 *   SavedQuery q = queries.get("actors").orElseThrow();
 * </pre>
 * A file is served only when all of it is understood: valid UTF-8, valid SPARQL 1.1 (a query, not an update), a
 * {@code #+} header that is valid YAML with grlc's keys, parameters named in grlc's convention, and defaults and
 * allowed values that fit their parameters' types. Otherwise loading fails with {@code file:line: reason} for
 * each problem in each file.
 */
public final class SavedQueries {
    private static final Pattern NAME_PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    /** No saved queries. */
    public static SavedQueries none() {
        return new SavedQueries(Map.of());
    }

    /**
     * Reads every {@code .rq} file under {@code dir}.
     *
     * @throws QueryFileException listing every problem found, with file and line
     * @throws ParleyException when the folder cannot be read
     */
    public static SavedQueries load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ParleyException("The saved-query folder " + dir + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ParleyException("Cannot read the saved-query folder " + dir + ": " + e.getMessage(), e);
        }
        Map<String, SavedQuery> byName = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                SavedQuery q = read(dir, file);
                byName.put(q.name(), q);
            } catch (Problem p) {
                problems.add(file + ":" + p.line + ": " + p.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new QueryFileException(problems);
        }
        return new SavedQueries(java.util.Collections.unmodifiableMap(byName));
    }

    /** Every saved query, by name. */
    public Collection<SavedQuery> all() {
        return byName.values();
    }

    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Warnings from every file's header (keys read without effect), as {@code name: warning}. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (SavedQuery q : byName.values()) {
            for (String w : q.header().warnings()) {
                out.add(q.file() + ": " + w);
            }
        }
        return out;
    }

    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        Problem(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /**
     * One query from text (an ad hoc query, or a file given on its own), checked as a saved query file is.
     *
     * @param name  the name it runs under
     * @param file  where the text came from, for messages (need not exist)
     * @throws QueryFileException with {@code file:line: reason}
     */
    public static SavedQuery fromText(String name, Path file, String text) {
        try {
            return parse(name, file, text);
        } catch (Problem p) {
            throw new QueryFileException(List.of(file + ":" + p.line + ": " + p.getMessage()));
        }
    }

    /** One query file on its own, named by its file name without {@code .rq}. */
    public static SavedQuery fromFile(Path file) {
        try {
            return read(file.toAbsolutePath().getParent(), file.toAbsolutePath());
        } catch (Problem p) {
            throw new QueryFileException(List.of(file + ":" + p.line + ": " + p.getMessage()));
        }
    }

    private static SavedQuery read(Path dir, Path file) {
        String name = name(dir, file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(1, "not UTF-8 text");
        } catch (IOException e) {
            throw new Problem(1, "cannot be read: " + e.getMessage());
        }
        return parse(name, file, text);
    }

    private static SavedQuery parse(String name, Path file, String text) {
        HeaderParser.Parsed header;
        try {
            header = HeaderParser.parse(text);
        } catch (HeaderParser.HeaderException e) {
            throw new Problem(e.line, e.getMessage());
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
            boolean update = text.matches("(?is).*\\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE)\\b.*")
                    && !msg.isEmpty();
            throw new Problem(syntaxErrorLine(e), "not a valid SPARQL 1.1 query: " + msg
                    + (update ? " (saved queries are read-only: updates are not served)" : ""));
        }
        List<Parameter> parameters = parameters(query, text, header);
        if (header.header().pagination() > 0 && !query.isSelectType()) {
            throw new Problem(header.line("pagination", 1), "pagination applies to SELECT queries only");
        }
        return new SavedQuery(name, file, header.header(), query, parameters);
    }

    private static String name(Path dir, Path file) {
        Path rel = dir.relativize(file);
        List<String> parts = new ArrayList<>();
        for (Path part : rel) {
            parts.add(part.toString());
        }
        String last = parts.remove(parts.size() - 1);
        parts.add(last.substring(0, last.length() - ".rq".length()));
        for (String part : parts) {
            if (!NAME_PART.matcher(part).matches()) {
                throw new Problem(1, "the name \"" + String.join("/", parts) + "\" cannot be a URL path: use "
                        + "letters, digits, '.', '_' and '-' (starting with a letter or digit)");
            }
        }
        return String.join("/", parts);
    }

    private static final Pattern ENCOUNTERED_AT = Pattern.compile("Encountered .*? at line (\\d+), column \\d+");

    /**
     * The line of a syntax error. Jena's line is that of the last token it read; its message names the line of the
     * token it could not read, which is the one to fix (they differ when the error opens a line).
     */
    private static int syntaxErrorLine(QueryParseException e) {
        var m = ENCOUNTERED_AT.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return Math.max(1, e.getLine());
    }

    private static List<Parameter> parameters(Query query, String text, HeaderParser.Parsed parsed) {
        QueryHeader header = parsed.header();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        List<Var> vars = new ArrayList<>(mentionedVars(query));
        vars.sort(Comparator.comparingInt(v -> firstIndex(text, v)));
        for (Var v : vars) {
            Optional<Parameter> declared;
            try {
                declared = Parameter.declaredBy(v, query.getPrefixMapping());
            } catch (IllegalArgumentException e) {
                throw new Problem(lineOf(text, firstIndex(text, v)), e.getMessage());
            }
            if (declared.isEmpty()) {
                continue;
            }
            Parameter p = declared.get();
            Parameter same = byName.get(p.name());
            if (same != null) {
                throw new Problem(lineOf(text, firstIndex(text, v)), "?" + v.getVarName() + " and ?"
                        + same.variable().getVarName() + " both declare the parameter \"" + p.name() + "\"");
            }
            byName.put(p.name(), p);
        }
        Set<String> named = new LinkedHashSet<>();
        named.addAll(header.defaults().keySet());
        named.addAll(header.enumerate().keySet());
        named.addAll(header.enumerateFromData());
        for (String n : named) {
            if (!byName.containsKey(n)) {
                int line = parsed.line("defaults/" + n, parsed.line("enumerate/" + n, 1));
                throw new Problem(line, "the header names \"" + n + "\", which is not a parameter of "
                        + "the query (parameters: " + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet()))
                        + ")");
            }
        }
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : byName.values()) {
            List<String> allowed = header.enumerate().getOrDefault(p.name(), List.of());
            for (int i = 0; i < allowed.size(); i++) {
                try {
                    p.bind(allowed.get(i));
                } catch (BadParameterException e) {
                    throw new Problem(parsed.line("enumerate/" + p.name() + "/" + i, 1), "in the header: "
                            + e.getMessage());
                }
            }
            try {
                out.add(p.withHeader(allowed, Optional.ofNullable(header.defaults().get(p.name()))));
            } catch (BadParameterException e) {
                throw new Problem(parsed.line("defaults/" + p.name(), 1), "in the header: " + e.getMessage());
            }
        }
        return out;
    }

    /** Every variable the query mentions anywhere: patterns, filters (also in OPTIONAL), BIND, ORDER BY, ... */
    static Set<Var> mentionedVars(Query query) {
        Op op = Algebra.compile(query);
        Set<Var> vars = new LinkedHashSet<>(OpVars.mentionedVars(op));
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpFilter opFilter) {
                add(opFilter.getExprs());
            }

            @Override
            public void visit(OpLeftJoin opLeftJoin) {
                add(opLeftJoin.getExprs());
            }

            private void add(ExprList exprs) {
                if (exprs != null) {
                    exprs.forEach(e -> vars.addAll(ExprVars.getVarsMentioned(e)));
                }
            }
        });
        if (query.hasValues()) {
            vars.addAll(query.getValuesVariables());
        }
        return vars;
    }

    private static int firstIndex(String text, Var v) {
        Pattern p = Pattern.compile("[?$]" + Pattern.quote(v.getVarName()) + "(?![A-Za-z0-9_])");
        var m = p.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (!text.startsWith("#", lineStart)) {
                return m.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int lineOf(String text, int index) {
        if (index == Integer.MAX_VALUE) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
