package org.unionfund.ledger.testsupport;

import java.time.LocalDate;
import java.util.Random;

/**
 * Realistic 18-character resident identity card numbers (GB 11643): a 6-digit GB/T 2260 region, the birth date
 * YYYYMMDD, a 3-digit sequence (odd for men, even for women) and the ISO 7064 MOD 11-2 check character (0-9 or X).
 * Test data only: generated from a seed, so runs are reproducible.
 */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String[] REGIONS = {"330105", "330106", "330102", "330212", "330302", "330523", "522632"};

    private final Random random;

    public ResidentIds(long seed) {
        this.random = new Random(seed);
    }

    public String next() {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        String body = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return body + check(body);
    }

    /** The check character of the first 17 digits. */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
