package org.unionfund.ledger.recuperation.imports.rows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The resident identity number check of GB 11643-1999: 17 digits (region, birth date YYYYMMDD, sequence) and an
 * ISO 7064 MOD 11-2 check character. Messages never contain the number; {@link #mask} is the only form of it that
 * may appear in a report.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** Trimmed, upper-cased number, or an error message (Chinese / English) saying which check failed. */
    public static String problem(String number) {
        String n = normalise(number);
        if (!n.matches("[0-9]{17}[0-9X]")) {
            return "身份证号应为18位（17位数字加1位校验码）/ the identity number must be 17 digits and a check "
                    + "character";
        }
        try {
            LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
        } catch (DateTimeException e) {
            return "身份证号中的出生日期无效 / the birth date in the identity number is not a date";
        }
        if (checkCharacter(n.substring(0, 17)) != n.charAt(17)) {
            return "身份证号校验码错误（GB 11643）/ the identity number fails the GB 11643 check character";
        }
        return null;
    }

    public static String normalise(String number) {
        return number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** {@code 33**************3X}: enough for a clerk to find the row, not enough to identify anyone. */
    public static String mask(String number) {
        String n = normalise(number);
        if (n.length() < 6) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 2) + "*".repeat(n.length() - 4) + n.substring(n.length() - 2);
    }
}
