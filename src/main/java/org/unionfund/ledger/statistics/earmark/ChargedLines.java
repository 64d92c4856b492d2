package org.unionfund.ledger.statistics.earmark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/**
 * What one charge posting put on each earmarked line ({@code <fund>|<earmark>}): the amount charged and the part of it
 * that fit the earmark, in fen, kept in {@code earmark_postings} so a later reversal can take back the right share.
 */
record ChargedLines(Map<String, long[]> lines) {

    /** The eligible part of {@code reversed} fen taken back from {@code line}: all of it, none, or its share. */
    long eligibleShare(String line, long reversed) {
        long[] figures = lines.get(line);
        if (figures == null || figures[0] == 0) {
            return 0;
        }
        if (figures[1] == figures[0]) {
            return reversed;
        }
        return Math.multiplyExact(reversed, figures[1]) / figures[0];
    }

    static final StateStore.Codec<ChargedLines> CODEC = new StateStore.Codec<>() {
        @Override
        public ChargedLines decode(Document d) {
            Map<String, long[]> lines = new LinkedHashMap<>();
            Document stored = d.get("lines", Document.class);
            if (stored != null) {
                stored.forEach((line, value) -> {
                    Document v = (Document) value;
                    lines.put(line.replace('~', '.'), new long[] {((Number) v.get("charged")).longValue(),
                            ((Number) v.get("eligible")).longValue()});
                });
            }
            return new ChargedLines(lines);
        }

        @Override
        public Document encode(ChargedLines c) {
            Document lines = new Document();
            c.lines().forEach((line, v) -> lines.append(line.replace('.', '~'),
                    new Document("charged", v[0]).append("eligible", v[1])));
            return new Document("lines", lines);
        }
    };
}
