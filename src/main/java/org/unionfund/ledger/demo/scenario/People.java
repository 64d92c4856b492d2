package org.unionfund.ledger.demo.scenario;

import java.util.SplittableRandom;

import org.unionfund.ledger.demo.seed.Cohort;

/**
 * Hands out person numbers in planning order (a number alone decides a worker's identity) and the seeded random
 * streams of the plan, so that the same seed always gives the same people.
 */
final class People {

    private final long seed;
    private long next;

    People(long seed) {
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    long next() {
        return next++;
    }

    long[] next(int count) {
        long[] persons = new long[count];
        for (int j = 0; j < count; j++) {
            persons[j] = next++;
        }
        return persons;
    }

    SplittableRandom random(long value) {
        return new SplittableRandom(Cohort.mix(seed, value));
    }
}
