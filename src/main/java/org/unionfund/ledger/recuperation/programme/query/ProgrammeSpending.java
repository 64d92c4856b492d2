package org.unionfund.ledger.recuperation.programme.query;

import java.util.List;
import java.util.Map;

import org.unionfund.ledger.kernel.Money;

/**
 * What a programme's trips have spent. Trips know their programme, not the other way round, so the trip context
 * folds its own events to answer (trip/query/EventStoreProgrammeSpending) and the programme only asks.
 */
public interface ProgrammeSpending {

    Spent of(List<String> tripIds);

    /**
     * Charges of the attendees still charged, per budget line ({@link #lineKey}); person-times, distinct workers
     * and participant-days of those attendees.
     */
    record Spent(Map<String, Money> chargedByLine, int persons, int distinctWorkers, int participantDays) {
    }

    /** The key of a budget line in {@link Spent#chargedByLine()}: "fund|earmark" ("fund|" when unrestricted). */
    static String lineKey(String fund, String earmark) {
        return fund + "|" + (earmark == null ? "" : earmark);
    }
}
