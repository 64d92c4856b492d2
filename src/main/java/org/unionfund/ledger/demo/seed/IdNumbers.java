package org.unionfund.ledger.demo.seed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Resident identity numbers after GB 11643-1999: 6-digit address code (GB/T 2260), 8-digit birth date, 3-digit
 * sequence (odd for men, even for women) and the ISO 7064 MOD 11-2 check character (0-9 or X).
 * The demo generates numbers of this form for made-up people; they are pseudonymised before they reach a command.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{5}(19|20)[0-9]{6}[0-9]{3}[0-9X]");

    private IdNumbers() {
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** A number for a person of this address code, birth date and sequence (1..999). */
    public static String of(String addressCode, LocalDate birthDate, int sequence) {
        if (addressCode.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("6-digit address code and a sequence of 0..999 expected");
        }
        String body = addressCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        return body + checkCharacter(body);
    }

    /** Well-formed: 18 characters, a real-looking date and the right check character. */
    public static boolean isValid(String number) {
        if (number == null || !FORM.matcher(number).matches()) {
            return false;
        }
        try {
            LocalDate.parse(number.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }
}
