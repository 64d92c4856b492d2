package org.unionfund.ledger.platform.projection;

import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/**
 * Deterministic digests of collections and a document-by-document comparison of two collections.
 * <p>
 * Documents are visited in {@code _id} order (the ids are read first and sorted by type name, then value — the
 * embedded server sorts in memory, so the read side sorts itself), then read in chunks with {@code _id $in}. Each
 * document is written canonically: keys sorted, numbers as integers where integral (an int32 and an int64 of the same
 * value are equal), bookkeeping fields left out ({@code _pos}, {@code _gaps} of the batch projections,
 * {@code lastSeq} of the per-event ones) — they record how and when an event was applied, not what the projection
 * shows. The digest is the SHA-256 of the canonical documents, one per line.
 */
public final class CollectionDigest {

    public static final Set<String> BOOKKEEPING = Set.of(Marker.POS, Marker.GAPS, "lastSeq");
    private static final int CHUNK = 100;

    private CollectionDigest() {
    }

    public record Digest(String collection, long documents, String sha256) {
    }

    /** One difference between the live and the shadow collection: which document and which field. */
    public record Difference(String collection, String id, String field, String live, String shadow) {
    }

    public record Comparison(String collection, Digest live, Digest shadow, boolean equal, List<Difference> differences,
            boolean truncated) {
    }

    public static Digest digest(MongoCollection<Document> collection) {
        MessageDigest sha = sha256();
        long count = 0;
        List<Object> ids = sortedIds(collection);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<String, Document> docs = load(collection, chunk);
            for (Object id : chunk) {
                Document doc = docs.get(key(id));
                if (doc != null) {
                    sha.update(CanonicalDocument.canonical(doc).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                    count++;
                }
            }
        }
        return new Digest(collection.getNamespace().getCollectionName(), count, HexFormat.of().formatHex(sha.digest()));
    }

    /** Compares two collections; names at most {@code maxDifferences} differences. */
    public static Comparison compare(String name, MongoCollection<Document> live, MongoCollection<Document> shadow,
            int maxDifferences) {
        MessageDigest liveSha = sha256();
        MessageDigest shadowSha = sha256();
        long liveCount = 0;
        long shadowCount = 0;
        List<Difference> differences = new ArrayList<>();
        boolean truncated = false;
        TreeMap<String, Object> union = new TreeMap<>(ID_ORDER);
        Map<String, Boolean> inLive = new HashMap<>();
        for (Object id : sortedIds(live)) {
            union.put(key(id), id);
            inLive.put(key(id), true);
        }
        for (Object id : sortedIds(shadow)) {
            union.put(key(id), id);
        }
        List<Object> ids = new ArrayList<>(union.values());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<String, Document> liveDocs = load(live, chunk);
            Map<String, Document> shadowDocs = load(shadow, chunk);
            for (Object id : chunk) {
                Document l = liveDocs.get(key(id));
                Document s = shadowDocs.get(key(id));
                String lc = l == null ? null : CanonicalDocument.canonical(l);
                String sc = s == null ? null : CanonicalDocument.canonical(s);
                if (lc != null) {
                    liveSha.update(lc.getBytes(StandardCharsets.UTF_8));
                    liveSha.update((byte) '\n');
                    liveCount++;
                }
                if (sc != null) {
                    shadowSha.update(sc.getBytes(StandardCharsets.UTF_8));
                    shadowSha.update((byte) '\n');
                    shadowCount++;
                }
                if (lc != null && lc.equals(sc)) {
                    continue;
                }
                List<Difference> found = new ArrayList<>();
                if (l == null) {
                    found.add(new Difference(name, String.valueOf(id), "(document)", "missing", "present"));
                } else if (s == null) {
                    found.add(new Difference(name, String.valueOf(id), "(document)", "present", "missing"));
                } else {
                    diff(name, String.valueOf(id), "", CanonicalDocument.normalise(l),
                            CanonicalDocument.normalise(s), found);
                }
                for (Difference d : found) {
                    if (differences.size() < maxDifferences) {
                        differences.add(d);
                    } else {
                        truncated = true;
                    }
                }
            }
        }
        Digest liveDigest = new Digest(live.getNamespace().getCollectionName(), liveCount,
                HexFormat.of().formatHex(liveSha.digest()));
        Digest shadowDigest = new Digest(shadow.getNamespace().getCollectionName(), shadowCount,
                HexFormat.of().formatHex(shadowSha.digest()));
        return new Comparison(name, liveDigest, shadowDigest, liveDigest.sha256().equals(shadowDigest.sha256()),
                differences, truncated);
    }

    // ------------------------------------------------------------------ field differences

    private static void diff(String collection, String id, String path, Object live, Object shadow,
            List<Difference> out) {
        if (live instanceof Map<?, ?> l && shadow instanceof Map<?, ?> s) {
            Set<String> keys = new TreeSet<>();
            l.keySet().forEach(k -> keys.add(String.valueOf(k)));
            s.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String k : keys) {
                diff(collection, id, path.isEmpty() ? k : path + "." + k, l.get(k), s.get(k), out);
            }
            return;
        }
        if (live instanceof List<?> l && shadow instanceof List<?> s) {
            Map<String, Object> lk = keyed(l);
            Map<String, Object> sk = keyed(s);
            if (lk != null && sk != null) {
                Set<String> keys = new TreeSet<>(lk.keySet());
                keys.addAll(sk.keySet());
                for (String k : keys) {
                    diff(collection, id, path + "[k=" + k + "]", lk.get(k), sk.get(k), out);
                }
                return;
            }
            for (int i = 0; i < Math.max(l.size(), s.size()); i++) {
                diff(collection, id, path + "[" + i + "]", i < l.size() ? l.get(i) : null,
                        i < s.size() ? s.get(i) : null, out);
            }
            return;
        }
        if (live == null ? shadow != null : !live.equals(shadow)) {
            out.add(new Difference(collection, id, path, CanonicalDocument.render(live), CanonicalDocument.render(shadow)));
        }
    }

    /** A list of documents that all carry a distinct {@code k} (the sections of a counter document), by key. */
    private static Map<String, Object> keyed(List<?> list) {
        Map<String, Object> keyed = new TreeMap<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get(CounterDoc.KEY) instanceof String k)
                    || keyed.put(k, item) != null) {
                return null;
            }
        }
        return keyed;
    }

    // ------------------------------------------------------------------ ids

    private static final Comparator<String> ID_ORDER = Comparator.naturalOrder();

    private static List<Object> sortedIds(MongoCollection<Document> collection) {
        TreeMap<String, Object> ids = new TreeMap<>(ID_ORDER);
        for (Document d : collection.find().projection(Projections.include("_id")).batchSize(5000)) {
            Object id = d.get("_id");
            ids.put(key(id), id);
        }
        return new ArrayList<>(ids.values());
    }

    /** Sort key: type name, then the value (strings and numbers; numbers zero-padded so they sort numerically). */
    private static String key(Object id) {
        if (id instanceof Number n) {
            String unsigned = Long.toUnsignedString(n.longValue() ^ Long.MIN_VALUE);
            return "number:" + "0".repeat(20 - unsigned.length()) + unsigned;
        }
        return (id == null ? "null" : id.getClass().getSimpleName()) + ":" + id;
    }

    private static Map<String, Document> load(MongoCollection<Document> collection, List<Object> ids) {
        Map<String, Document> found = new HashMap<>();
        for (Document d : collection.find(in("_id", ids)).batchSize(ids.size())) {
            found.put(key(d.get("_id")), d);
        }
        return found;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
