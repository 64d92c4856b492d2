package org.unionfund.ledger.reporting.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.reporting.model.ReportFormat;
import org.unionfund.ledger.reporting.query.ReportProperties;
import org.unionfund.ledger.reporting.model.YearlyReport;
import org.unionfund.ledger.reporting.query.YearlyReports;

/**
 * Writes the yearly reports of the configured bodies in the configured formats to the output directory
 * ({@code <dir>/yearly-report-<body>-<year>.<ext>}, each file written to a temporary name and moved in place).
 * A body that fails is logged and the others are still written.
 */
public class YearlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(YearlyReportJob.class);

    private final YearlyReports reports;
    private final ReportProperties.Schedule schedule;
    private final Clock clock;

    public YearlyReportJob(YearlyReports reports, ReportProperties.Schedule schedule, Clock clock) {
        this.reports = reports;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The year the job reports on: the configured one, or this year (in the schedule's zone) plus the offset. */
    public int year() {
        if (schedule.year() != null) {
            return schedule.year();
        }
        return LocalDate.now(clock.withZone(ZoneId.of(schedule.zone()))).getYear() + schedule.yearOffset();
    }

    /** Runs once; returns the files written. */
    public List<Path> run() {
        int year = year();
        Path dir = Path.of(schedule.outputDir());
        List<ReportFormat> formats = schedule.formats().stream().map(ReportFormat::parse).distinct().toList();
        List<Path> written = new ArrayList<>();
        for (String body : schedule.bodies()) {
            long started = System.currentTimeMillis();
            try {
                YearlyReport report = reports.build(year, body.trim(), null, null);
                for (ReportFormat format : formats) {
                    Path file = dir.resolve(report.baseName() + format.extension());
                    write(file, reports.render(report, format, null));
                    written.add(file);
                }
                log.info("Yearly report of {} for {} written to {} ({}) at global sequence {} in {} ms", body, year,
                        dir.toAbsolutePath(), formats, report.basis().sequence(),
                        System.currentTimeMillis() - started);
            } catch (org.unionfund.ledger.platform.projection.QueryRefused e) {
                // a configured body or year the ledger refuses: the reason is the whole story, no stack trace
                log.error("Yearly report of {} for {} failed: {}", body, year, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Yearly report of {} for {} failed", body, year, e);
            }
        }
        return written;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".part");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
