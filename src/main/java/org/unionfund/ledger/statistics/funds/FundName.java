package org.unionfund.ledger.statistics.funds;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/**
 * What {@code fund_names} keeps of one fund: the display name given when it was established (null when none was),
 * its owner and year, and its kind — {@code ESTABLISHED}, {@code OWN} (a body's own-money fund that own-money
 * commitments opened) or {@code MATCHING} (a one-line allocation's matching fund, named after the allocation).
 */
record FundName(String name, String owner, int year, String kind, String allocation) {

    static final String ESTABLISHED = "ESTABLISHED";
    static final String OWN = "OWN";
    static final String MATCHING = "MATCHING";

    static final StateStore.Codec<FundName> CODEC = new StateStore.Codec<>() {
        @Override
        public FundName decode(Document d) {
            return new FundName(d.getString("name"), d.getString("owner"), d.getInteger("year", 0),
                    d.getString("kind"), d.getString("allocation"));
        }

        @Override
        public Document encode(FundName f) {
            return new Document("name", f.name()).append("owner", f.owner()).append("year", f.year())
                    .append("kind", f.kind()).append("allocation", f.allocation());
        }
    };
}
