package org.unionfund.ledger.reporting.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

import jakarta.annotation.PreDestroy;

/**
 * Tells open dashboards when the read models moved. While at least one dashboard listens, it looks twice a second
 * at the position of the statistics processor (coverage, budget and matching projections: it stores its token only
 * after their writes, so a moved position means the new figures can be read) and at the head of the event log, and
 * sends a {@code version} event to every listener when either changed. Nothing is sent about what changed: each
 * dashboard asks the query API again with its own credentials, so the scope rules apply as always.
 */
@Component
public class DashboardLiveFeed {

    private static final Logger log = LoggerFactory.getLogger(DashboardLiveFeed.class);

    static final Duration TICK = Duration.ofMillis(500);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration EMITTER_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Where the read models stand: {@code statistics} is the statistics processor's position (-1 when this
     * instance does not run it), {@code head} the last global sequence of the log.
     */
    public record Version(long statistics, long head) {
    }

    private final ProcessorAdmin processors;
    private final EventStore events;
    private final ApplicationContext context;
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker;
    private volatile Version last;
    private volatile long lastHeartbeat = System.nanoTime();

    public DashboardLiveFeed(ProcessorAdmin processors, EventStore events, ApplicationContext context) {
        this.processors = processors;
        this.events = events;
        this.context = context;
        this.ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("dashboard-live"));
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Version current() {
        long statistics = -1;
        try {
            ProcessorStatus status = processors.status(BatchProjection.STATISTICS_GROUP);
            statistics = status.position();
        } catch (RuntimeException e) {
            // not running here (another instance holds the segments, or processors are off): head only
        }
        TrackingToken head = events.createHeadToken();
        return new Version(statistics, head == null ? 0 : head.position().orElse(0));
    }

    /** A new listener; it gets the current version at once. */
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT.toMillis());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> {
            emitters.remove(emitter);
            emitter.complete();
        });
        emitter.onError(e -> emitters.remove(emitter));
        try {
            Version now = current();
            emitter.send(event(now));
            if (last == null) {
                last = now;
            }
            emitters.add(emitter);
        } catch (IOException | RuntimeException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    int listeners() {
        return emitters.size();
    }

    private void tick() {
        if (emitters.isEmpty()) {
            last = null;
            return;
        }
        try {
            Version now = current();
            boolean heartbeat = System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos();
            if (now.equals(last) && !heartbeat) {
                return;
            }
            boolean changed = !now.equals(last);
            last = now;
            if (heartbeat) {
                lastHeartbeat = System.nanoTime();
            }
            for (SseEmitter emitter : emitters) {
                try {
                    if (changed) {
                        emitter.send(event(now));
                    } else {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                    }
                } catch (IOException | RuntimeException e) {
                    emitters.remove(emitter);
                    emitter.completeWithError(e);
                }
            }
        } catch (RuntimeException e) {
            log.debug("Dashboard live feed: could not read the positions ({})", e.toString());
        }
    }

    private static SseEmitter.SseEventBuilder event(Version version) {
        return SseEmitter.event().name("version").data(version, MediaType.APPLICATION_JSON);
    }

    /**
     * Ends every open stream as soon as the application starts closing: the web server's graceful shutdown waits
     * for active requests, and an open stream is one, so without this an open dashboard held every stop for the
     * full 30-second shutdown phase. The dashboards reconnect to whichever instance answers next.
     */
    @EventListener(ContextClosedEvent.class)
    void onClosing(ContextClosedEvent event) {
        if (event.getApplicationContext() == context) {
            stop();
        }
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        for (SseEmitter emitter : emitters) {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                // closing anyway
            }
        }
        emitters.clear();
    }
}
