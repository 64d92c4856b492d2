package org.unionfund.ledger.statistics.matching;

import java.util.List;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/**
 * A posting {@link MatchingProjection} follows: an allocation with a requirement, or a commitment towards one. An
 * own-money commitment also counts for further requirements ({@code also}: {@code <ledger>/<id>|L} when late there,
 * {@code |T} when on time).
 */
record MatchingRef(String allocation, boolean commitment, boolean late, List<String> also) {

    static final StateStore.Codec<MatchingRef> CODEC = new StateStore.Codec<>() {
        @Override
        public MatchingRef decode(Document d) {
            return new MatchingRef(d.getString("allocation"), Boolean.TRUE.equals(d.getBoolean("commitment")),
                    Boolean.TRUE.equals(d.getBoolean("late")), d.getList("also", String.class, List.of()));
        }

        @Override
        public Document encode(MatchingRef r) {
            return new Document("allocation", r.allocation()).append("commitment", r.commitment())
                    .append("late", r.late()).append("also", r.also());
        }
    };
}
