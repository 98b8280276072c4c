package dev.parley.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;

/**
 * One parameter of a saved query, declared by a variable named in grlc's (BASIL's) convention:
 * {@code ?_name} is required, {@code ?__name} optional, and a suffix gives the type of the value:
 * <pre>
 *   ?_speaker_iri       an IRI                        ?_count_integer   an xsd:integer (any XSD type name)
 *   ?__from_xsd_date    a literal of type xsd:date    ?_label_en        a literal in language "en"
 *   ?_n_number          a number (integer, decimal or double by its form)
 *   ?_word, ?_word_string, ?_word_literal             a plain string
 * </pre>
 * The name is the part between the underscores and the type ({@code speaker}, {@code from}); it is what a caller
 * passes ({@code ?speaker=...}). {@link #bind(String)} turns a caller's string into one RDF term of the declared
 * type, or fails with a message that names the parameter and the type: values are never query text.
 *
 * @param name      the caller's name for it
 * @param variable  the query variable it binds
 * @param required  whether a call must give it (after defaults)
 * @param kind      the kind of term a value becomes
 * @param datatype  the literal's datatype for {@link Kind#TYPED} (else null)
 * @param language  the literal's language for {@link Kind#LANGUAGE} (else null)
 * @param allowed   the only values accepted, from the header's {@code enumerate} (empty: any value of the type)
 * @param defaultValue the value used when a call gives none, from the header's {@code defaults}
 */
public record Parameter(String name, Var variable, boolean required, Kind kind, RDFDatatype datatype,
        String language, List<String> allowed, Optional<String> defaultValue) {

    /** The kinds of RDF term a parameter value becomes. */
    public enum Kind {
        /** A plain string literal. */
        STRING,
        /** An absolute IRI. */
        IRI,
        /** A numeric literal, typed by its form (xsd:integer, xsd:decimal, xsd:double). */
        NUMBER,
        /** A literal of a declared datatype, checked against it. */
        TYPED,
        /** A string literal with a declared language tag. */
        LANGUAGE
    }

    /** grlc's convention: one or two underscores, a name without underscores, then up to two type parts. */
    private static final Pattern VARIABLE = Pattern.compile("(_{1,2})([^_]+)(?:_([A-Za-z0-9]+))?(?:_([A-Za-z0-9]+))?");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2}");
    private static final Pattern NUMBER_FORM = Pattern.compile("[+-]?(\\d+|\\d*\\.\\d+|(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+)");
    /** Longest value accepted for any parameter. */
    public static final int MAX_VALUE_LENGTH = 2_000;

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(kind, "kind");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (kind == Kind.TYPED && datatype == null) {
            throw new IllegalArgumentException("a typed parameter needs a datatype: " + name);
        }
        if (kind == Kind.LANGUAGE && language == null) {
            throw new IllegalArgumentException("a language parameter needs a language: " + name);
        }
    }

    /**
     * The parameter a variable declares, or empty when the variable is not a parameter (does not start with an
     * underscore). A parameter-like name whose type cannot be understood is an error, not an ordinary variable.
     *
     * @param prefixes the query's prefixes, for user-defined datatypes such as {@code ?_x_ex_myType}
     * @throws IllegalArgumentException with the reason, for a variable that looks like a parameter but is not one
     */
    public static Optional<Parameter> declaredBy(Var variable, PrefixMapping prefixes) {
        String varName = variable.getVarName();
        if (!varName.startsWith("_")) {
            return Optional.empty();
        }
        Matcher m = VARIABLE.matcher(varName);
        if (!m.matches()) {
            throw new IllegalArgumentException("?" + varName + " starts with an underscore but is not a parameter "
                    + "in grlc's form ?_name, ?__name, ?_name_type or ?_name_prefix_datatype");
        }
        boolean required = m.group(1).length() == 1;
        String name = m.group(2);
        String type = m.group(3);
        String userDefined = m.group(4);
        Kind kind = Kind.STRING;
        RDFDatatype datatype = null;
        String language = null;
        if (type == null || type.equals("string") || type.equals("literal")) {
            if (userDefined != null) {
                throw new IllegalArgumentException("?" + varName + ": nothing may follow _" + type);
            }
        } else if (type.equals("iri")) {
            kind = Kind.IRI;
        } else if (type.equals("number")) {
            kind = Kind.NUMBER;
        } else if (userDefined != null) {
            String ns = type.equals("xsd") ? XSDDatatype.XSD + "#" : prefixes.getNsPrefixURI(type);
            if (ns == null) {
                throw new IllegalArgumentException("?" + varName + ": the datatype prefix \"" + type
                        + "\" is not declared in the query");
            }
            kind = Kind.TYPED;
            datatype = datatype(ns + userDefined, varName);
        } else if (isXsdName(type)) {
            kind = Kind.TYPED;
            datatype = datatype(XSDDatatype.XSD + "#" + type, varName);
        } else if (LANGUAGE_TAG.matcher(type).matches()) {
            kind = Kind.LANGUAGE;
            language = type;
        } else {
            throw new IllegalArgumentException("?" + varName + ": unknown parameter type \"" + type + "\" (use iri, "
                    + "number, string, literal, an XSD type such as integer or date, xsd_TYPE, prefix_TYPE or a "
                    + "two-letter language)");
        }
        return Optional.of(new Parameter(name, variable, required, kind, datatype, language, List.of(),
                Optional.empty()));
    }

    private static boolean isXsdName(String type) {
        return TypeMapper.getInstance().getTypeByName(XSDDatatype.XSD + "#" + type) != null;
    }

    private static RDFDatatype datatype(String iri, String varName) {
        if (iri.startsWith(XSDDatatype.XSD + "#")) {
            RDFDatatype dt = TypeMapper.getInstance().getTypeByName(iri);
            if (dt == null) {
                throw new IllegalArgumentException("?" + varName + ": " + iri + " is not an XSD datatype");
            }
            return dt;
        }
        return TypeMapper.getInstance().getSafeTypeByName(iri);
    }

    /** This parameter with the header's allowed values and default; the default must itself be valid. */
    Parameter withHeader(List<String> allowed, Optional<String> defaultValue) {
        Parameter p = new Parameter(name, variable, required, kind, datatype, language, allowed, defaultValue);
        for (String v : allowed) {
            p.checkValue(v);
        }
        defaultValue.ifPresent(p::bind);
        return p;
    }

    /** Whether a call must give a value: required, and no default stands in for it. */
    public boolean mustBeGiven() {
        return required && defaultValue.isEmpty();
    }

    /** What a value must be, in words, for messages and API documentation. */
    public String typeDescription() {
        return switch (kind) {
            case STRING -> "a string";
            case IRI -> "an absolute IRI";
            case NUMBER -> "a number";
            case TYPED -> "a literal of type " + shortName(datatype.getURI());
            case LANGUAGE -> "a string (language \"" + language + "\")";
        };
    }

    private static String shortName(String iri) {
        return iri.startsWith(XSDDatatype.XSD + "#") ? "xsd:" + iri.substring(XSDDatatype.XSD.length() + 1) : iri;
    }

    /**
     * The value as one RDF term of this parameter's type.
     *
     * @throws BadParameterException naming this parameter and what it expects, when the value does not fit
     */
    public Node bind(String value) {
        Objects.requireNonNull(value, "value");
        Node node = checkValue(value);
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new BadParameterException(this, "\"" + abbreviate(value) + "\" is not one of the allowed values "
                    + allowed);
        }
        return node;
    }

    private Node checkValue(String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new BadParameterException(this, "the value is " + value.length() + " characters long; at most "
                    + MAX_VALUE_LENGTH + " are accepted");
        }
        return switch (kind) {
            case STRING -> NodeFactory.createLiteralString(value);
            case LANGUAGE -> NodeFactory.createLiteralLang(value, language);
            case IRI -> iri(value);
            case NUMBER -> number(value);
            case TYPED -> typed(value);
        };
    }

    private Node iri(String value) {
        try {
            IRIx iri = IRIx.create(value);
            // isAbsolute() is RFC 3986 absolute-URI, which has no fragment: owl:Thing would be refused. Violations
            // that are only warnings (an http port under 1024 other than 80) are IRIs Jena's parsers load.
            boolean[] error = {false};
            iri.handleViolations((isError, message) -> error[0] |= isError);
            if (!iri.isReference() || error[0]) {
                throw new BadParameterException(this, "\"" + abbreviate(value) + "\" is not " + typeDescription());
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new BadParameterException(this, "\"" + abbreviate(value) + "\" is not " + typeDescription()
                    + " (" + e.getMessage() + ")");
        }
    }

    private Node number(String value) {
        if (!NUMBER_FORM.matcher(value).matches()) {
            throw new BadParameterException(this, "\"" + abbreviate(value) + "\" is not " + typeDescription());
        }
        String lower = value.toLowerCase(Locale.ROOT);
        XSDDatatype dt = lower.contains("e") ? XSDDatatype.XSDdouble
                : value.contains(".") ? XSDDatatype.XSDdecimal : XSDDatatype.XSDinteger;
        return NodeFactory.createLiteralDT(value, dt);
    }

    private Node typed(String value) {
        if (datatype instanceof XSDDatatype && !datatype.isValid(value)) {
            throw new BadParameterException(this, "\"" + abbreviate(value) + "\" is not " + typeDescription());
        }
        return NodeFactory.createLiteralDT(value, datatype);
    }

    static String abbreviate(String value) {
        String oneLine = value.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
