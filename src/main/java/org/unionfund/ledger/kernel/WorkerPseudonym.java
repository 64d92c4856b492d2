package org.unionfund.ledger.kernel;

import java.util.regex.Pattern;

/**
 * A worker as the ledger knows them: {@code w_} and the base64url of the first 18 bytes of
 * HMAC-SHA256(key, identifier) — see {@code platform.pseudonym.WorkerPseudonyms}. Never a personal identity number.
 */
public record WorkerPseudonym(String value) {

    private static final Pattern FORM = Pattern.compile("w_[A-Za-z0-9_-]{24}");

    public WorkerPseudonym {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a worker pseudonym is w_ followed by 24 base64url characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
