package org.unionfund.ledger.platform.projection;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalLong;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Where an event stands in the global stream: its global sequence ({@code index}) and the positions below it that
 * had not been delivered yet when it was ({@code gaps}: numbers reserved by writers that had not stored their commit;
 * usually none). Projections keep one of these per document as the document's apply-once marker, see
 * {@link Marker}.
 */
public final class EventPosition {

    private static final long[] NONE = new long[0];

    private final long index;
    private final long[] gaps;

    private EventPosition(long index, long[] gaps) {
        this.index = index;
        this.gaps = gaps;
    }

    public static EventPosition at(long index) {
        return new EventPosition(index, NONE);
    }

    public static EventPosition at(long index, Collection<Long> gaps) {
        if (gaps == null || gaps.isEmpty()) {
            return at(index);
        }
        long[] sorted = gaps.stream().mapToLong(Long::longValue).filter(g -> g < index).sorted().toArray();
        return new EventPosition(index, sorted);
    }

    /** The position of a tracked event, also inside a replay (a {@code ReplayToken} wraps the current token). */
    public static EventPosition of(TrackingToken token) {
        if (token == null) {
            throw new IllegalArgumentException("a projection needs the tracking token of every event");
        }
        GapAwareTrackingToken gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
        if (gapAware != null) {
            return at(gapAware.getIndex(), gapAware.getGaps());
        }
        OptionalLong position = WrappedToken.unwrapLowerBound(token).position();
        if (position.isEmpty()) {
            throw new IllegalArgumentException("token " + token + " has no position");
        }
        return at(position.getAsLong());
    }

    public long index() {
        return index;
    }

    /** Positions below {@link #index()} not delivered yet when this event was; sorted, usually empty. */
    public long[] gaps() {
        return gaps;
    }

    @Override
    public String toString() {
        return gaps.length == 0 ? String.valueOf(index) : index + " (gaps " + Arrays.toString(gaps) + ")";
    }
}
