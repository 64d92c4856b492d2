package org.unionfund.ledger.reporting.query;

import org.unionfund.ledger.relief.query.ReliefReadModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.unionfund.ledger.funds.query.ApprovalAuditProjection;
import org.unionfund.ledger.funds.query.ApprovalReports;
import org.unionfund.ledger.funds.query.ProposalProjection;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.asof.AsOfCut;
import org.unionfund.ledger.audit.asof.AsOfReplays;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.funds.directory.BodyDirectoryProjection;
import org.unionfund.ledger.statistics.earmark.EarmarkQueries;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.reporting.render.ReportWriters;
import org.unionfund.ledger.reporting.render.SignedReports;
import org.unionfund.ledger.audit.seal.SealKey;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.kernel.RuleViolation;

import com.mongodb.client.MongoDatabase;
import org.unionfund.ledger.reporting.model.ReportFormat;
import org.unionfund.ledger.reporting.model.ReportProgress;
import org.unionfund.ledger.reporting.model.ReportStatus;
import org.unionfund.ledger.reporting.model.YearlyReport;
import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.ReportText;
import org.unionfund.ledger.reporting.model.SignOff;

/**
 * The yearly summary report of a union body and its subtree (docs/reports.md): computed from the live projections
 * (key look-ups of pre-aggregated documents, read at one position of the log) or, with {@code asOf}, from the log
 * replayed up to a cut; stated with the global sequence and the audit digest it was computed at.
 */
@Service
public class YearlyReports {

    static final String STATISTICS = BatchProjection.STATISTICS_GROUP;
    /** Read models a live report also reads, so its basis is the lowest position of these and the statistics. */
    static final List<String> ALONGSIDE = List.of(BodyDirectoryProjection.GROUP, ApprovalAuditProjection.GROUP,
            ProposalProjection.GROUP);
    private static final int READ_ATTEMPTS = 3;
    private static final long IDLE_MILLIS = 300;

    private final ReportSources live;
    private final ProcessorAdmin processors;
    private final ReportReplays replays;
    private final AsOfReplays cuts;
    private final AuditDigests digests;
    private final CommitLog log;
    private final ReportProperties properties;
    private final SealKey key;

    public YearlyReports(CoverageQueries coverage, BudgetQueries budgets, MatchingQueries matching,
            BodyDirectory directory, EarmarkQueries earmarks, ReliefReadModel relief, ApprovalReports approvals,
            ProcessorAdmin processors,
            ReportReplays replays, AsOfReplays cuts, AuditDigests digests, CommitLog log, ReportProperties properties,
            SealKey key) {
        this.live = new ReportSources(coverage, budgets, matching, directory, earmarks, relief, approvals);
        this.processors = processors;
        this.replays = replays;
        this.cuts = cuts;
        this.digests = digests;
        this.log = log;
        this.properties = properties;
        this.key = key;
    }

    /** Builds the report of {@code body} and its subtree for {@code year}; live, or as of a cut when given. */
    public YearlyReport build(int year, String body, String asOf, ReportProgress progress) {
        StatisticsPeriod.ofYear(year);
        requireBodyParameter(body);
        ReportProgress listener = progress == null ? ReportProgress.NONE : progress;
        return asOf == null || asOf.isBlank() ? live(year, body, listener) : asOf(year, body, asOf.trim(), listener);
    }

    /** Renders a report; {@code table} (CSV only) selects one table as a single CSV file. */
    public byte[] render(YearlyReport report, ReportFormat format, String table) {
        return render(report, format, table, null);
    }

    /**
     * Renders a report; the printed formats (HTML, PDF) end with {@code signOff}. JSON, HTML and PDF are signed with
     * the audit key over their content, the report's global sequence and the hash of the commit holding it.
     */
    public byte[] render(YearlyReport report, ReportFormat format, String table, SignOff signOff) {
        byte[] rendered = ReportWriters.write(report, format, table, signOff);
        if (!SignedReports.signs(format)) {
            return rendered;
        }
        long sequence = report.basis().sequence();
        CommitRecord head = sequence > 0 ? log.commitContaining(sequence) : null;
        return SignedReports.sign(report, format, rendered, head == null ? null : head.storedHash(), key);
    }

    /** Whether a report can be computed now (starts the as-of replay in the background if needed). */
    public ReportStatus status(int year, String body, String asOf) {
        StatisticsPeriod.ofYear(year);
        requireBodyParameter(body);
        if (asOf == null || asOf.isBlank()) {
            live.directory().find(new BodyId(body)).orElseThrow(() -> QueryRefused.notFound("body",
                    "union body " + body + " is not registered"));
            long head = log.head();
            ProcessorStatus statistics = status(STATISTICS);
            if (statistics == null) {
                return new ReportStatus(true, "ready", head, head, head, "statistics processor not on this "
                        + "instance; the report reads the projections as they are");
            }
            long position = position(statistics);
            boolean ready = position >= head || statistics.caughtUp();
            return new ReportStatus(ready, ready ? "ready" : "catching-up", Math.max(0, position), head,
                    ready ? Math.max(0, position) : null, ready ? "projections at global sequence " + position
                            : "projections at " + Math.max(0, position) + " of " + head);
        }
        AsOfCut cut = cuts.cut(asOf.trim(), null, null);
        ReportReplays.Replay replay = replays.start(cut.sequence());
        if (replay.failed()) {
            return new ReportStatus(false, "failed", 0, cut.sequence(), cut.sequence(), "the replay failed");
        }
        if (replay.done()) {
            return new ReportStatus(true, "ready", cut.sequence(), cut.sequence(), cut.sequence(),
                    "log replayed to global sequence " + cut.sequence());
        }
        return new ReportStatus(false, "replaying", Math.max(0, replay.position()), cut.sequence(), cut.sequence(),
                "replaying the log to global sequence " + cut.sequence() + ": " + replay.eventsRead()
                        + " events read");
    }

    // ------------------------------------------------------------------ live

    private YearlyReport live(int year, String body, ReportProgress progress) {
        boolean caughtUp = awaitProjections(progress);
        progress.update("reading", 0, 1);
        YearlyReportAssembler.Content content = null;
        long sequence = 0;
        boolean steady = false;
        for (int attempt = 0; attempt < READ_ATTEMPTS && !steady; attempt++) {
            long before = livePosition();
            content = YearlyReportAssembler.assemble(live, year, body);
            long after = livePosition();
            sequence = Math.max(0, after);
            steady = before == after;
        }
        // figures read while the projections kept moving are flagged like figures read before they caught up
        return finish(content, year, ReportBasis.PROJECTIONS, null, sequence, caughtUp && steady, progress);
    }

    /**
     * Waits until the projections have processed the log up to its head as of now, or are idle (caught up and not
     * moving: the numbers left are reserved by writers still appending, or voided), or the wait times out.
     */
    private boolean awaitProjections(ReportProgress progress) {
        long target = log.head();
        long deadline = System.nanoTime() + properties.catchUpTimeout().toNanos();
        long last = Long.MIN_VALUE;
        long stableSince = System.nanoTime();
        while (true) {
            ProcessorStatus statistics = status(STATISTICS);
            if (statistics == null) {
                return false;
            }
            long position = position(statistics);
            progress.update("catching-up", Math.max(0, position), target);
            if (position >= target) {
                return true;
            }
            boolean idle = statistics.caughtUp() && ALONGSIDE.stream().map(this::status)
                    .allMatch(other -> other == null || other.caughtUp());
            long now = System.nanoTime();
            if (position != last) {
                last = position;
                stableSince = now;
            } else if (idle && now - stableSince >= Duration.ofMillis(IDLE_MILLIS).toNanos()) {
                return true;
            }
            if (now >= deadline) {
                return false;
            }
            sleep(50);
        }
    }

    private long livePosition() {
        ProcessorStatus statistics = status(STATISTICS);
        return statistics == null ? log.head() : position(statistics);
    }

    private long position(ProcessorStatus statistics) {
        long position = statistics.position();
        for (String group : ALONGSIDE) {
            ProcessorStatus other = status(group);
            position = other == null ? position : Math.min(position, other.position());
        }
        return position;
    }

    private ProcessorStatus status(String group) {
        try {
            ProcessorStatus status = processors.status(group);
            return status.segments().isEmpty() ? null : status;
        } catch (RuleViolation e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ as of a cut

    private YearlyReport asOf(int year, String body, String asOf, ReportProgress progress) {
        AsOfCut cut = cuts.cut(asOf, null, null);
        ReportReplays.Replay replay = replays.start(cut.sequence());
        replays.acquire(replay);
        try {
            MongoDatabase shadow = await(replay, progress);
            progress.update("reading", 0, 1);
            YearlyReportAssembler.Content content = YearlyReportAssembler.assemble(ReportSources.over(shadow), year,
                    body);
            return finish(content, year, ReportBasis.REPLAY, asOf, cut.sequence(), true, progress);
        } finally {
            replays.release(replay);
        }
    }

    private MongoDatabase await(ReportReplays.Replay replay, ReportProgress progress) {
        long deadline = System.nanoTime() + properties.replayTimeout().toNanos();
        while (true) {
            progress.update("replaying", Math.max(0, replay.position()), replay.sequence());
            try {
                return replay.result().get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the replay to global sequence " + replay.sequence()
                            + " did not finish within " + properties.replayTimeout());
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("the replay to global sequence " + replay.sequence() + " failed: "
                        + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    // ------------------------------------------------------------------ both

    private YearlyReport finish(YearlyReportAssembler.Content content, int year, String source, String asOf,
            long sequence, boolean caughtUp, ReportProgress progress) {
        progress.update("digest", 0, 1);
        AuditDigests.Digest digest = digests.at(sequence);
        ReportBasis basis = new ReportBasis(source, asOf, sequence, digest.recordedAt(), caughtUp,
                digest.checkpoint(), digest.tail());
        YearlyReport report = new YearlyReport(year, content.body(), basis,
                ReportText.summary(year, content.body(), content.totals(), content.tables(), basis), content.totals(),
                content.tables());
        progress.update("done", 1, 1);
        return report;
    }

    private static void requireBodyParameter(String body) {
        if (body == null || body.isBlank()) {
            throw new QueryRefused("invalid-filter", "body", "give a union body (e.g. body=330000)");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
