package dev.parley;

/**
 * Root of parley's unchecked exceptions. The command line maps them to exit codes and the server to HTTP
 * statuses, each in one place ({@code dev.parley.cli.ExitCodes}, {@code dev.parley.server.ErrorMapping}).
 * <pre>
 *   throw new ParleyException("Store " + dir + " is not a TDB2 database");
 * </pre>
 * A plain {@code ParleyException} is a failure of the program or its environment (exit 1, HTTP 500);
 * {@link BadInputException} is a fault in what the user gave (exit 2, HTTP 400).
 */
public class ParleyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParleyException(String message) {
        super(message);
    }

    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Input that cannot be used as given: a broken article or metadata file, a malformed query, a bad
     * parameter. The message says what is wrong and where, in words a user can act on.
     */
    public static class BadInputException extends ParleyException {
        private static final long serialVersionUID = 1L;

        public BadInputException(String message) {
            super(message);
        }

        public BadInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Something asked for by name (a saved query, a resource, an article) does not exist. */
    public static class NotFoundException extends BadInputException {
        private static final long serialVersionUID = 1L;

        public NotFoundException(String message) {
            super(message);
        }
    }
}
