package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.bson.Document;

/**
 * A pre-aggregated document of a projection: descriptive attributes ({@code a}) and named sections of long counters
 * ({@code s}, sorted by key; the section {@code ""} holds the totals). Stored as
 * <pre>
 * { _id: "sub|330100|2025", a: {...}, s: [ {k: "", pt: 3, spend: 174000}, {k: "c:FRONTLINE", pt: 2}, ... ],
 *   _pos: 1234 }
 * </pre>
 * Sections are an array (not a map) because keys may contain dots, which MongoDB reads as paths.
 */
public final class CounterDoc {

    public static final String ATTRS = "a";
    public static final String SECTIONS = "s";
    public static final String KEY = "k";

    private final String id;
    private final TreeMap<String, Object> attrs = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, Long>> sections = new TreeMap<>();
    private final Marker marker;

    private CounterDoc(String id, Marker marker) {
        this.id = id;
        this.marker = marker;
    }

    public static CounterDoc empty(String id) {
        return new CounterDoc(id, Marker.empty());
    }

    public static CounterDoc of(Document document) {
        CounterDoc doc = new CounterDoc(String.valueOf(document.get("_id")), Marker.of(document));
        Document attrs = document.get(ATTRS, Document.class);
        if (attrs != null) {
            doc.attrs.putAll(attrs);
        }
        List<?> sections = document.getList(SECTIONS, Object.class);
        if (sections != null) {
            for (Object item : sections) {
                Document section = (Document) item;
                TreeMap<String, Long> counters = new TreeMap<>();
                for (Map.Entry<String, Object> entry : section.entrySet()) {
                    if (!entry.getKey().equals(KEY)) {
                        counters.put(entry.getKey(), ((Number) entry.getValue()).longValue());
                    }
                }
                doc.sections.put(section.getString(KEY), counters);
            }
        }
        return doc;
    }

    public Document toDocument() {
        Document document = new Document("_id", id);
        document.append(ATTRS, new Document(attrs));
        List<Document> list = new ArrayList<>(sections.size());
        for (Map.Entry<String, TreeMap<String, Long>> section : sections.entrySet()) {
            Document item = new Document(KEY, section.getKey());
            item.putAll(section.getValue());
            list.add(item);
        }
        document.append(SECTIONS, list);
        return marker.writeTo(document);
    }

    public String id() {
        return id;
    }

    public Marker marker() {
        return marker;
    }

    public long get(String section, String counter) {
        TreeMap<String, Long> counters = sections.get(section);
        return counters == null ? 0 : count(counters, counter);
    }

    /** A counter of a section's counters ({@link #section}), 0 when nothing was counted there. */
    public static long count(Map<String, Long> counters, String counter) {
        Long value = counters.get(counter);
        return value == null ? 0 : value;
    }

    public boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** The section's counters (empty when absent). */
    public Map<String, Long> section(String section) {
        TreeMap<String, Long> counters = sections.get(section);
        return counters == null ? Map.of() : Collections.unmodifiableMap(counters);
    }

    /** All sections whose key starts with {@code prefix}, by key. */
    public NavigableMap<String, TreeMap<String, Long>> sectionsWithPrefix(String prefix) {
        return sections.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    public Object attr(String name) {
        return attrs.get(name);
    }

    public String attrString(String name) {
        Object value = attrs.get(name);
        return value == null ? null : value.toString();
    }

    public long attrLong(String name) {
        Object value = attrs.get(name);
        return value instanceof Number number ? number.longValue() : 0;
    }

    public void inc(String section, String counter, long delta) {
        if (delta != 0) {
            sections.computeIfAbsent(section, k -> new TreeMap<>()).merge(counter, delta, Math::addExact);
        }
    }

    public void set(String attr, Object value) {
        attrs.put(attr, value);
    }

    public void setIfAbsent(String attr, Object value) {
        attrs.putIfAbsent(attr, value);
    }
}
