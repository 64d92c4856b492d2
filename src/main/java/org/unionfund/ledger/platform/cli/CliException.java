package org.unionfund.ledger.platform.cli;

/** A failure the command line reports in one line and exits non-zero for. */
public final class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }
}
