package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

/**
 * The apply-once marker every projection document carries: {@code _pos}, the highest global sequence applied to it,
 * and {@code _gaps}, the positions below {@code _pos} that were not yet delivered when {@code _pos} was (the gaps of
 * that event's tracking token). An event is applied to the document when its position is above {@code _pos}, or is one
 * of the {@code _gaps} (a late commit filling a gap); anything else was applied already and is skipped. So an event
 * delivered twice, or a whole batch delivered again after a crash between the projection's writes and the token's,
 * changes nothing, while a late event is still counted once.
 */
public final class Marker {

    public static final String POS = "_pos";
    public static final String GAPS = "_gaps";

    private static final long[] NONE = new long[0];

    private long pos = -1;
    private long[] gaps = NONE;

    public static Marker empty() {
        return new Marker();
    }

    public static Marker of(Document document) {
        Marker marker = new Marker();
        Object pos = document.get(POS);
        if (pos instanceof Number number) {
            marker.pos = number.longValue();
        }
        Object gaps = document.get(GAPS);
        if (gaps instanceof List<?> list && !list.isEmpty()) {
            marker.gaps = list.stream().mapToLong(g -> ((Number) g).longValue()).toArray();
        }
        return marker;
    }

    public boolean accepts(EventPosition event) {
        if (event.index() > pos) {
            return true;
        }
        for (long gap : gaps) {
            if (gap == event.index()) {
                return true;
            }
        }
        return false;
    }

    /** Records that {@code event} was applied. */
    public void advance(EventPosition event) {
        if (event.index() > pos) {
            pos = event.index();
            gaps = event.gaps();
            return;
        }
        int found = -1;
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] == event.index()) {
                found = i;
            }
        }
        if (found >= 0) {
            long[] rest = new long[gaps.length - 1];
            System.arraycopy(gaps, 0, rest, 0, found);
            System.arraycopy(gaps, found + 1, rest, found, gaps.length - found - 1);
            gaps = rest;
        }
    }

    public long position() {
        return pos;
    }

    /** Appends {@code _pos} and {@code _gaps} (the latter only when there are gaps) to {@code document}. */
    public Document writeTo(Document document) {
        document.append(POS, pos);
        if (gaps.length > 0) {
            List<Long> list = new ArrayList<>(gaps.length);
            for (long gap : gaps) {
                list.add(gap);
            }
            document.append(GAPS, list);
        }
        return document;
    }
}
