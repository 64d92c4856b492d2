package org.unionfund.ledger.funds.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link MatchingDeadlineScheduler}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MatchingSchedulingConfiguration {
}
