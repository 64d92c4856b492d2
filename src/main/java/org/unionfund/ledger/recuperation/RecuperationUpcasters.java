package org.unionfund.ledger.recuperation;

import static org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster.addedMember;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster;

/** The recuperation context's older revisions, each read as its next one (the added members read as null). */
@Configuration(proxyBeanMethods = false)
public class RecuperationUpcasters {

    /** {@code TripScheduled} 1 → 2 added the display {@code name}. */
    @Bean
    public static AddedMemberUpcaster tripScheduledUpcaster() {
        return addedMember("TripScheduled", "name");
    }
}
