package org.unionfund.ledger.platform.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.projections.batch-size}: events per unit of work of the batch projections' processor (and of a
 * rebuild); {@code ledger.projections.shadow-prefix}: prefix of the shadow collections a rebuild writes.
 */
@ConfigurationProperties("ledger.projections")
public record ProjectionProperties(@DefaultValue("1000") int batchSize,
                                   @DefaultValue("shadow_") String shadowPrefix) {
}
