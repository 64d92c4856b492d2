package org.unionfund.ledger.platform.pseudonym;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.pseudonym.key} (env {@code LEDGER_PSEUDONYM_KEY}): the secret of the keyed pseudonyms of workers.
 * application-demo.yml carries a clearly named demo key for the embedded default; every real deployment must set its
 * own (at least 32 characters) and keep it: with another key the same worker gets another pseudonym, so the
 * frequency and annual-cap rules would no longer see their history.
 */
@ConfigurationProperties("ledger.pseudonym")
public record PseudonymProperties(String key) {
}
