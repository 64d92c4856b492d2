package org.unionfund.ledger.funds;

import static org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster.addedMember;
import static org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster.nullIfAbsent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.platform.eventstore.AddedMemberUpcaster;

/** The funds context's older revisions, each read as its next one (the added members read as null). */
@Configuration(proxyBeanMethods = false)
public class FundsUpcasters {

    /** {@code FundEstablished} 1 → 2 added the display {@code name}. */
    @Bean
    public static AddedMemberUpcaster fundEstablishedUpcaster() {
        return addedMember("FundEstablished", "name");
    }

    /**
     * {@code MatchingOutcomeRevised} 1 → 2 added {@code reversedBy}, which a revision-1 event never had (its
     * revision was caused by a new commitment).
     */
    @Bean
    public static AddedMemberUpcaster matchingOutcomeRevisedUpcaster() {
        return addedMember("MatchingOutcomeRevised", "reversedBy");
    }

    /** {@code AllocationDocumentIssued} 1 → 2: each line added {@code source} (EARMARKED, GENERAL, OWN). */
    @Bean
    public static AddedMemberUpcaster allocationDocumentIssuedUpcaster() {
        return new AddedMemberUpcaster("AllocationDocumentIssued", "1", "2",
                payload -> payload.path("lines").forEach(line -> nullIfAbsent(line, "source")));
    }
}
