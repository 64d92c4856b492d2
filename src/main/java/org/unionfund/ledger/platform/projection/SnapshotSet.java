package org.unionfund.ledger.platform.projection;

import java.util.List;

/**
 * A set of projections that as-of replays replay together ({@link CutReplays#replayFromCheckpoints}): the background
 * sealer ({@link CutSealer}) keeps its snapshots up with the head of the log.
 */
public interface SnapshotSet {

    /** The names of the projections, as the replays of this set pass them to {@link CutReplays#shadows}. */
    List<String> snapshotProjections();
}
