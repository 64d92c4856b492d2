package org.unionfund.ledger.cli;

/** A failure the command line reports in one line and exits non-zero for. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
