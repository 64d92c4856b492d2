package org.unionfund.ledger.demo.seed;

import java.time.LocalDate;

/**
 * Identity numbers of the demo's made-up workers, unique per person index: the index is mapped bijectively (an
 * affine permutation modulo the capacity) onto a (birth date, sequence) pair, so two indices never share a number
 * whatever their address code. Birth dates 1966–2003 (workers aged about 22 to 59 in 2025).
 */
public final class PersonFactory {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1966, 1, 1);
    private static final long DAYS = LocalDate.of(2003, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay() + 1;
    private static final long SEQUENCES = 999;
    /** How many distinct people the factory can number. */
    public static final long CAPACITY = DAYS * SEQUENCES;
    private static final long MULTIPLIER = 1_000_003L;

    private final long offset;

    public PersonFactory(long seed) {
        if (gcd(MULTIPLIER, CAPACITY) != 1) {
            throw new IllegalStateException("the multiplier must be coprime with the capacity");
        }
        this.offset = Math.floorMod(Cohort.mix(seed, -7), CAPACITY);
    }

    /** The identity number of person {@code index} registered at {@code addressCode}. */
    public String idNumber(long index, String addressCode) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("person index out of range");
        }
        long k = Math.floorMod(Math.multiplyExact(index, MULTIPLIER) + offset, CAPACITY);
        LocalDate birth = FIRST_BIRTH.plusDays(k % DAYS);
        int sequence = (int) (k / DAYS) + 1;
        return IdNumbers.of(addressCode, birth, sequence);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
