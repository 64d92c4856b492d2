package org.unionfund.ledger.platform.projection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.kernel.RuleViolation;

/** Lists the streaming processors and resets one to replay its projection from the start of the log. */
@Service
public class ProcessorAdmin {

    private static final Logger log = LoggerFactory.getLogger(ProcessorAdmin.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProcessorAdmin(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProcessorStatus> all() {
        long head = head();
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .map(e -> status(e.getKey(), (StreamingEventProcessor) e.getValue(), head))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }

    public ProcessorStatus status(String name) {
        return status(name, streaming(name), head());
    }

    /** Stops the processor on this instance, moves its tokens to the start of the log and starts it again. */
    public ProcessorStatus replay(String name) {
        StreamingEventProcessor processor = streaming(name);
        if (!processor.supportsReset()) {
            throw new RuleViolation("replay-not-supported", "name", "processing group '" + name
                    + "' has handlers that do not allow a replay");
        }
        log.info("Replaying processing group {}", name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status(name);
    }

    /**
     * Replays every streaming processor that allows it (like {@link #replay(String)} for each), and returns the
     * status of all; processors whose handlers refuse a reset are left running as they are.
     */
    public List<ProcessorStatus> replayAll() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                log.info("Replaying processing group {}", name);
                streaming.shutDown();
                streaming.resetTokens();
                streaming.start();
            }
        });
        return all();
    }

    /** Stops every streaming processor on this instance (e.g. while an import fills an empty store). */
    public void stopAll() {
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor) {
                processor.shutDown();
            }
        });
    }

    /** Combined progress of several processors: Σ positions ÷ Σ heads, in [0, 1]. */
    public static double progressOf(List<ProcessorStatus> statuses) {
        long done = 0;
        long total = 0;
        for (ProcessorStatus status : statuses) {
            total += status.head();
            done += status.caughtUp() ? status.head() : Math.min(status.head(), Math.max(0, status.position()));
        }
        return total == 0 ? 1.0 : done / (double) total;
    }

    private StreamingEventProcessor streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new RuleViolation("not-found", "name", "no processing group named '" + name + "'"));
    }

    /** The global sequence of the newest event in the log (0 when empty). */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static ProcessorStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        List<ProcessorStatus.Segment> segments = statuses.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> segment(e.getKey(), e.getValue()))
                .toList();
        long position = segments.stream().mapToLong(s -> s.position() == null ? -1 : s.position())
                .min().orElse(-1);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(ProcessorStatus.Segment::caughtUp);
        boolean replaying = processor.isReplaying();
        long behind = Math.max(0, head - Math.max(position, 0));
        return new ProcessorStatus(name, processor.isRunning(), replaying, caughtUp, position, head,
                caughtUp ? 0 : behind, segments);
    }

    private static ProcessorStatus.Segment segment(int id, EventTrackerStatus status) {
        OptionalLong position = status.getCurrentPosition();
        String error = status.isErrorState() && status.getError() != null ? status.getError().toString() : null;
        return new ProcessorStatus.Segment(id, position.isPresent() ? position.getAsLong() : null,
                status.isCaughtUp(), status.isReplaying(), error);
    }
}
