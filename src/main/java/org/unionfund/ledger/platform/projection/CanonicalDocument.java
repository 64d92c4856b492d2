package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The canonical text of a projection document, which {@link CollectionDigest} hashes and compares: keys sorted,
 * numbers as integers where integral (an int32 and an int64 of the same value are equal), plain decimals, bookkeeping
 * fields ({@link CollectionDigest#BOOKKEEPING}) left out.
 */
final class CanonicalDocument {

    private CanonicalDocument() {
    }

    static String canonical(Document document) {
        StringBuilder out = new StringBuilder(256);
        write(normalise(document), out);
        return out.toString();
    }

    /** Sorted maps, lists, longs / plain decimals, strings, booleans, null; bookkeeping fields removed. */
    static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> {
                if (!CollectionDigest.BOOKKEEPING.contains(String.valueOf(k))) {
                    sorted.put(String.valueOf(k), normalise(v));
                }
            });
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(normalise(v)));
            return copy;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? (Object) (long) (double) d
                    : new java.math.BigDecimal(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Decimal128 d) {
            return d.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        return value;
    }

    static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            quote(s, out);
        } else {
            out.append(value);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** A value as it is shown in a difference: canonical, cut at 200 characters. */
    static String render(Object value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        write(value, out);
        String text = out.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
