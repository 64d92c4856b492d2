package org.unionfund.ledger.kernel;

import java.util.Set;
import java.util.function.BiFunction;

/**
 * How a feature states which union bodies own something a request names instead of a body (a programme, a trip,
 * an allocation's matching requirement, a posting). Security checks scopes on bodies only: it asks the one
 * implementation of each {@link Owned} kind and never imports the feature that keeps the thing.
 */
public interface BodyOwnership {

    /** What a request may name instead of a union body. */
    enum Owned { PROGRAMME, TRIP, MATCHING_REQUIREMENT, POSTING }

    /** The kind this feature answers for (one implementation per kind). */
    Owned owns();

    /**
     * The bodies owning {@code id}, in a stable order (the first is the acting body); empty when there is no such
     * thing. {@code ledgerId} names the ledger where ids are per ledger (matching requirements, postings), else null.
     */
    Set<String> ownersOf(String ledgerId, String id);

    /** The feature's own refusal for a request naming an unknown {@code id} (e.g. 422 or 404, naming the field). */
    RuntimeException unknown(String ledgerId, String id);

    /** A feature's answer from two functions of (ledgerId, id): the owners, and the refusal for an unknown id. */
    static BodyOwnership of(Owned kind, BiFunction<String, String, Set<String>> owners,
            BiFunction<String, String, RuntimeException> unknown) {
        return new BodyOwnership() {
            @Override
            public Owned owns() {
                return kind;
            }

            @Override
            public Set<String> ownersOf(String ledgerId, String id) {
                return owners.apply(ledgerId, id);
            }

            @Override
            public RuntimeException unknown(String ledgerId, String id) {
                return unknown.apply(ledgerId, id);
            }
        };
    }
}
