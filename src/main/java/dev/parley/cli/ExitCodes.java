package dev.parley.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import dev.parley.ParleyException;

/**
 * The one place where exceptions become exit codes: 0 ok, 1 failure, 2 bad usage or bad input.
 * Messages go to standard error as one readable line; a stack trace only with {@code PARLEY_DEBUG=1}.
 */
final class ExitCodes implements IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    /** Exit code for an exception thrown by a command. */
    static int of(Throwable t) {
        if (t instanceof ParleyException.BadInputException) {
            return BAD_INPUT;
        }
        if (t instanceof CommandLine.ParameterException) {
            return BAD_INPUT;
        }
        return FAILURE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        String prefix = ex instanceof ParleyException ? "" : ex.getClass().getSimpleName() + ": ";
        err.println(cmd.getColorScheme().errorText("parley " + cmd.getCommandName() + ": " + prefix + message));
        if ("1".equals(System.getenv("PARLEY_DEBUG"))) {
            ex.printStackTrace(err);
        }
        err.flush();
        return of(ex);
    }
}
