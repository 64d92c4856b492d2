package org.unionfund.ledger.demo;

/** The demo load could not complete; the cause is the refusal or failure of one of its commands. */
public class DemoLoadException extends RuntimeException {

    public DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
