package org.unionfund.ledger.platform.store.h2;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Whether a value comes back from BSON as an equal object of the same class. Anything else (a value only the server
 * builds in memory, a sub-millisecond instant, a set, a plain map) keeps H2's Java serialisation.
 */
final class ExactBson {

    private static final int NANOS_PER_MILLI = 1_000_000;

    private ExactBson() {
    }

    static boolean document(Document document) {
        for (Map.Entry<String, Object> field : document.entrySet()) {
            if (field.getKey().indexOf('\0') >= 0 || !value(field.getValue())) {
                return false;
            }
        }
        return true;
    }

    static boolean values(Iterable<?> values) {
        for (Object value : values) {
            if (!value(value)) {
                return false;
            }
        }
        return true;
    }

    static boolean value(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean || value instanceof ObjectId
                || value instanceof Decimal128 || value instanceof BinData || value instanceof UUID
                || value instanceof LegacyUUID || value instanceof BsonTimestamp || value instanceof MaxKey
                || value instanceof MinKey || value instanceof BsonRegularExpression
                || value instanceof BsonJavaScript) {
            return true;
        }
        if (value instanceof Instant instant) {
            return instant.getNano() % NANOS_PER_MILLI == 0;
        }
        if (value instanceof Document document) {
            return document(document);
        }
        return value instanceof List<?> list && values(list);
    }
}
