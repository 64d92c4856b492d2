package org.unionfund.ledger.recuperation.standard.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The standards of one schedule by effective date, built only from {@link StandardSetEvent}s, so projections and
 * the aggregate judge a date the same way, also when a trip is replayed years later. Immutable.
 */
public record StandardTimeline(List<StandardEntry> entries) {

    public StandardTimeline {
        entries = entries.stream().sorted(Comparator.comparing(StandardEntry::effectiveFrom)).toList();
    }

    public static StandardTimeline empty() {
        return new StandardTimeline(List.of());
    }

    public static StandardTimeline of(List<StandardSetEvent> events) {
        StandardTimeline timeline = empty();
        for (StandardSetEvent event : events) {
            timeline = timeline.with(event);
        }
        return timeline;
    }

    /** This timeline with the event's standard in force from its date, replacing a standard of the same date. */
    public StandardTimeline with(StandardSetEvent event) {
        List<StandardEntry> updated = new ArrayList<>(entries);
        updated.removeIf(entry -> entry.effectiveFrom().equals(event.effectiveFrom()));
        updated.add(StandardEntry.of(event));
        return new StandardTimeline(updated);
    }

    /** The standard in force on a date: the one with the latest effective date not after it. */
    public Optional<StandardEntry> inForceOn(LocalDate date) {
        StandardEntry found = null;
        for (StandardEntry entry : entries) {
            if (entry.effectiveFrom().isAfter(date)) {
                break;
            }
            found = entry;
        }
        return Optional.ofNullable(found);
    }

    /** The standard set for exactly this effective date, if any. */
    public Optional<StandardEntry> at(LocalDate effectiveFrom) {
        return entries.stream().filter(entry -> entry.effectiveFrom().equals(effectiveFrom)).findFirst();
    }
}
