package org.unionfund.ledger.audit.seal;

import java.util.Optional;

/** Gets an RFC 3161 timestamp token (base64 DER) over a SHA-256 digest, or none when no TSA is configured. */
@FunctionalInterface
public interface Timestamps {

    Timestamps NONE = digest -> Optional.empty();

    Optional<String> stamp(byte[] sha256);
}
