package org.unionfund.ledger.security.scope;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyOwnership;
import org.unionfund.ledger.kernel.BodyOwnership.Owned;

/**
 * Finds the union body a request acts for when the request names something else: a programme (its body), a trip
 * (its programme's body), an allocation (its receiver commits matching funds), a posting (the bodies it touches).
 * Each feature states its owners through a {@link BodyOwnership}; security knows only the bodies they name.
 * {@link ScopeGuard} asks only for principals limited to a body: for SYSTEM the command itself reports an unknown
 * reference.
 */
@Component
class ActingBodies {

    private final Map<Owned, BodyOwnership> features = new EnumMap<>(Owned.class);

    ActingBodies(List<BodyOwnership> ownerships) {
        for (BodyOwnership ownership : ownerships) {
            if (features.put(ownership.owns(), ownership) != null) {
                throw new IllegalStateException("two features state the owners of " + ownership.owns());
            }
        }
        for (Owned kind : Owned.values()) {
            if (!features.containsKey(kind)) {
                throw new IllegalStateException("no feature states the owners of " + kind);
            }
        }
    }

    /** The acting body of the thing; the feature's refusal when there is no such thing. */
    String of(Owned kind, String ledgerId, String id) {
        return all(kind, ledgerId, id).iterator().next();
    }

    /** Every body owning the thing; the feature's refusal when there is no such thing. */
    Set<String> all(Owned kind, String ledgerId, String id) {
        BodyOwnership feature = features.get(kind);
        Set<String> owners = feature.ownersOf(ledgerId, id);
        if (owners.isEmpty()) {
            throw feature.unknown(ledgerId, id);
        }
        return owners;
    }

    /** The acting body of a thing named without a ledger, if there is such a thing. */
    Optional<String> find(Owned kind, String id) {
        return features.get(kind).ownersOf(null, id).stream().findFirst();
    }
}
