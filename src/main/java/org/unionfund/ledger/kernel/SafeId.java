package org.unionfund.ledger.kernel;

import java.util.regex.Pattern;

/** A client-chosen or ledger-made identifier restricted to a safe alphabet, so it can appear in URLs and keys. */
public interface SafeId {

    int MAX_LENGTH = 64;
    Pattern ALPHABET = Pattern.compile("[A-Za-z0-9._:-]+");

    String value();

    static String require(String value, String what) {
        return require(value, what, MAX_LENGTH);
    }

    /** Whether {@code value} is 1 to {@code maxLength} characters of the safe alphabet. */
    static boolean isSafe(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength && ALPHABET.matcher(value).matches();
    }

    static String require(String value, String what, int maxLength) {
        if (!isSafe(value, maxLength)) {
            throw new IllegalArgumentException(
                    what + " must be 1 to " + maxLength + " characters of A-Z a-z 0-9 . _ : -");
        }
        return value;
    }

    static String optional(String value, String what) {
        return value == null ? null : require(value, what);
    }
}
