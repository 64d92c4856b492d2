package org.unionfund.ledger.recuperation.trip.command;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TripRulesProperties.class)
public class TripConfiguration {
}
