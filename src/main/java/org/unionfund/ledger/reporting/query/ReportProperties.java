package org.unionfund.ledger.reporting.query;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the yearly reports ({@code ledger.reports.*}, docs/reports.md).
 *
 * @param catchUpTimeout how long a live report waits for the projections to catch up with the log before it is
 *                       computed anyway (and says so: {@code basis.caughtUp = false})
 * @param replayCacheSize how many as-of replays (shadow read models, one per cut) are kept for reuse
 * @param replayBatchSize events per batch of an as-of replay
 * @param replayTimeout how long a report request waits for an as-of replay
 * @param schedule the scheduled job (off by default)
 */
@ConfigurationProperties("ledger.reports")
public record ReportProperties(
        @DefaultValue("30s") Duration catchUpTimeout,
        @DefaultValue("2") int replayCacheSize,
        @DefaultValue("500") int replayBatchSize,
        @DefaultValue("2h") Duration replayTimeout,
        @DefaultValue Schedule schedule) {

    /**
     * The scheduled yearly-report job.
     *
     * @param enabled   off by default
     * @param cron      Spring cron expression (second minute hour day month weekday), in {@code zone}
     * @param zone      time zone of the cron expression and of "this year"
     * @param outputDir where the files are written ({@code <dir>/yearly-report-<body>-<year>.<ext>})
     * @param bodies    the union bodies to report on (each with its subtree)
     * @param formats   json, csv, xlsx, html
     * @param year      the year to report on; when unset, this year plus {@code yearOffset}
     * @param yearOffset relative year when {@code year} is unset (-1: the previous year)
     */
    public record Schedule(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("0 0 2 1 1 *") String cron,
            @DefaultValue("Asia/Shanghai") String zone,
            @DefaultValue("./reports") String outputDir,
            @DefaultValue("330000") List<String> bodies,
            @DefaultValue({"json", "csv", "xlsx", "html"}) List<String> formats,
            Integer year,
            @DefaultValue("-1") int yearOffset) {
    }
}
