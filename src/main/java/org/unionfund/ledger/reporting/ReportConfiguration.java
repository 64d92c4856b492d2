package org.unionfund.ledger.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.reporting.query.ReportProperties;

/** Registers the report settings ({@code ledger.reports.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
public class ReportConfiguration {
}
