package org.unionfund.ledger.statistics.coverage;

import java.util.List;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/** A programme's settings as the coverage projection needs them. */
public record ProgrammeInfo(String programme, String ledger, String body, List<String> path, int year,
        int planned, String name) {

    static final StateStore.Codec<ProgrammeInfo> CODEC = new StateStore.Codec<>() {
        @Override
        public ProgrammeInfo decode(Document d) {
            return new ProgrammeInfo(d.getString("_id"), d.getString("ledger"), d.getString("body"),
                    d.getList("path", String.class), d.getInteger("year"), d.getInteger("planned"),
                    d.getString("name"));
        }

        @Override
        public Document encode(ProgrammeInfo p) {
            return new Document("ledger", p.ledger()).append("body", p.body()).append("path", p.path())
                    .append("year", p.year()).append("planned", p.planned()).append("name", p.name());
        }
    };
}
