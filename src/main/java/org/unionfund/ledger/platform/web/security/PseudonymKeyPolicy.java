package org.unionfund.ledger.platform.web.security;

import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;

/**
 * Worker pseudonyms are only as safe as their key. The demo key in application-demo.yml is public, so a deployment
 * authenticating real users through an identity provider ({@code ledger.security.mode=jwt}, i.e. production) refuses
 * to start with it unless {@code ledger.security.allow-demo-pseudonym-key=true} says so explicitly (e.g. a
 * staging system holding synthetic data). The key's length (at least 32 characters) is checked by
 * {@link WorkerPseudonyms} itself.
 */
public final class PseudonymKeyPolicy {

    public PseudonymKeyPolicy(LedgerSecurityProperties properties, WorkerPseudonyms pseudonyms) {
        check(properties, pseudonyms);
    }

    public static void check(LedgerSecurityProperties properties, WorkerPseudonyms pseudonyms) {
        if (properties.mode() == LedgerSecurityProperties.Mode.JWT && pseudonyms.usesDemoKey()
                && !properties.allowDemoPseudonymKey()) {
            throw new IllegalStateException("ledger.security.mode=jwt (production) refuses the demo worker-"
                    + "pseudonym key: set LEDGER_PSEUDONYM_KEY (ledger.pseudonym.key) to a secret of at least 32 "
                    + "characters, or set ledger.security.allow-demo-pseudonym-key=true for synthetic data only");
        }
    }
}
