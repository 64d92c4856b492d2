package org.unionfund.ledger.audit.seal;

/**
 * A signature by the audit signing key ({@link SealKey}).
 *
 * @param algorithm {@code Ed25519} or {@code SM2} (SM3withSM2)
 * @param keyId     the first 16 hex digits of SHA-256 over the public key's encoding
 * @param value     the signature, base64
 */
public record SealSignature(String algorithm, String keyId, String value) {
}
