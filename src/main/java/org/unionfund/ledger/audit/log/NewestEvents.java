package org.unionfund.ledger.audit.log;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;

/**
 * The newest events of the log that match a filter, walking back from a cursor window by window, so a clerk's
 * view shows the newest events of the clerk's subtree instead of the subtree's share of the whole log's newest
 * events. Like the forward walk, one request looks at no more than {@value #SCAN_WINDOWS} windows; a sparse filter
 * returns a short page with {@code more} and the cursor where it stopped.
 */
@Service
public record NewestEvents(CommitLog log, EventLog events) {

    static final int SCAN_WINDOWS = 256;

    /**
     * Up to {@code limit} matching events with a global sequence below {@code before} (the head and everything
     * before it when {@code before <= 0}), newest first; {@code next} is the {@code before} of the page after it.
     */
    public EventLogPage page(EventFilter filter, long before, int limit) {
        int wanted = Math.max(1, Math.min(limit, EventLog.MAX_LIMIT));
        long head = log.head();
        long end = before <= 0 || before > head ? head + 1 : before;
        EventLog.Matcher matcher = events.matcher(filter);
        List<EventLogEntry> newestFirst = new ArrayList<>();
        long low = end;
        for (int scanned = 0; newestFirst.size() < wanted && low > 1 && scanned < SCAN_WINDOWS; scanned++) {
            long from = Math.max(1, low - CommitLog.WINDOW);
            List<EventLogEntry> window = new ArrayList<>();
            for (CommitRecord commit : log.read(from, (int) (low - from))) {
                for (EventRecord event : commit.events()) {
                    long gseq = commit.first() + event.index();
                    if (gseq < end && matcher.matches(commit, event)) {
                        window.add(events.entry(commit, event));
                    }
                }
            }
            for (int i = window.size() - 1; i >= 0; i--) {
                newestFirst.add(window.get(i));
            }
            low = from;
        }
        long next = low;
        if (newestFirst.size() > wanted) {
            newestFirst = new ArrayList<>(newestFirst.subList(0, wanted));
        }
        if (newestFirst.size() == wanted) {
            next = newestFirst.get(wanted - 1).gseq();
        }
        return new EventLogPage(newestFirst, next, next > 1, head);
    }
}
