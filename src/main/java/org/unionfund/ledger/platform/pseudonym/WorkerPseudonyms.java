package org.unionfund.ledger.platform.pseudonym;

import org.unionfund.ledger.kernel.WorkerPseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a worker's identity number into the keyed pseudonym the ledger stores (personal information stays out of
 * events, logs and projections): {@code w_} + base64url (no padding) of the first 18 bytes of
 * HMAC-SHA256(key, scheme + ":" + normalised number). Normalising: surrounding white space is removed, and for a
 * resident identity card (scheme {@code CN_RID}, the default) the check character x is upper-cased, so
 * "33010519900101123x " and "33010519900101123X" are the same worker. Other schemes (passport, employee number
 * of a platform, ...) are trimmed and upper-cased. Messages of the exceptions never contain the number.
 */
public final class WorkerPseudonyms {

    public static final String RESIDENT_ID = "CN_RID";
    /** The demo key of application-demo.yml; using it is logged as a warning at start-up. */
    public static final String DEMO_KEY = "DEMO-ONLY-pseudonym-key-do-not-use-in-production";

    private static final int BYTES = 18;
    private static final Pattern SCHEME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Pattern RESIDENT_ID_FORM = Pattern.compile("[0-9]{17}[0-9X]");

    private final SecretKeySpec key;

    public WorkerPseudonyms(String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalStateException("ledger.pseudonym.key (LEDGER_PSEUDONYM_KEY) must be set to a secret of at least 32 "
                    + "characters; only the demo profile has a default");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public boolean usesDemoKey() {
        return Arrays.equals(key.getEncoded(), DEMO_KEY.getBytes(StandardCharsets.UTF_8));
    }

    /** The pseudonym of a resident identity card number. */
    public WorkerPseudonym of(String idNumber) {
        return of(RESIDENT_ID, idNumber);
    }

    /** The pseudonym of an identifier in a scheme ({@code null} = {@value #RESIDENT_ID}). */
    public WorkerPseudonym of(String scheme, String identifier) {
        String normalisedScheme = scheme == null ? RESIDENT_ID : scheme.trim().toUpperCase(Locale.ROOT);
        if (!SCHEME.matcher(normalisedScheme).matches()) {
            throw new IllegalArgumentException("idScheme must be 1 to 32 characters of A-Z 0-9 _ starting with a letter");
        }
        String normalised = normalise(normalisedScheme, identifier);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((normalisedScheme + ":" + normalised).getBytes(StandardCharsets.UTF_8));
            return new WorkerPseudonym("w_" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(digest, BYTES)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String normalise(String scheme, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("idNumber must not be blank");
        }
        String trimmed = identifier.strip().toUpperCase(Locale.ROOT);
        if (trimmed.length() > 64) {
            throw new IllegalArgumentException("idNumber must be at most 64 characters");
        }
        if (scheme.equals(RESIDENT_ID) && !RESIDENT_ID_FORM.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("idNumber must be 17 digits and a check digit or X");
        }
        return trimmed;
    }
}
