package org.unionfund.ledger.reporting.schedule;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.unionfund.ledger.reporting.query.ReportProperties;
import org.unionfund.ledger.reporting.query.YearlyReports;

/**
 * The scheduled yearly reports, only when {@code ledger.reports.schedule.enabled=true}: at
 * {@code ledger.reports.schedule.cron} (in {@code ledger.reports.schedule.zone}) the {@link YearlyReportJob} writes
 * the reports of {@code ledger.reports.schedule.bodies} to {@code ledger.reports.schedule.output-dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "ledger.reports.schedule", name = "enabled", havingValue = "true")
public class ReportScheduleConfiguration {

    @Bean
    YearlyReportJob yearlyReportJob(YearlyReports reports, ReportProperties properties) {
        return new YearlyReportJob(reports, properties.schedule(), Clock.systemUTC());
    }

    @Bean
    ScheduledYearlyReports scheduledYearlyReports(YearlyReportJob job) {
        return new ScheduledYearlyReports(job);
    }

    /** The trigger. */
    static class ScheduledYearlyReports {
        private final YearlyReportJob job;

        ScheduledYearlyReports(YearlyReportJob job) {
            this.job = job;
        }

        @Scheduled(cron = "${ledger.reports.schedule.cron:0 0 2 1 1 *}",
                zone = "${ledger.reports.schedule.zone:Asia/Shanghai}")
        void run() {
            job.run();
        }
    }
}
