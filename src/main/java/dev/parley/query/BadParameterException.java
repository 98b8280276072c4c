package dev.parley.query;

import dev.parley.ParleyException.BadInputException;

/** A value given for a saved query's parameter that does not fit it: the message names the parameter and its type. */
public final class BadParameterException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final transient String parameter;

    BadParameterException(Parameter p, String reason) {
        super("Parameter \"" + p.name() + "\" (" + p.typeDescription() + "): " + reason);
        this.parameter = p.name();
    }

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name. */
    public String parameter() {
        return parameter;
    }
}
