package org.unionfund.ledger.testsupport;

import java.nio.file.Path;
import java.util.UUID;

import org.unionfund.ledger.audit.seal.SealKey;

/** Audit signing keys and seal anchors for tests: under target/, one directory per store, never ./data/keys. */
public final class TestKeys {

    private static final Path ROOT = Path.of("target", "test-audit-keys", UUID.randomUUID().toString()
            .substring(0, 8));

    private TestKeys() {
    }

    /** A key directory of its own for the store {@code name}. */
    public static Path dir(String name) {
        return ROOT.resolve(name).toAbsolutePath();
    }

    /** One Ed25519 key shared by the tests of this JVM that wire the audit services by hand. */
    public static SealKey key() {
        return Shared.KEY;
    }

    private static final class Shared {
        static final SealKey KEY = SealKey.loadOrCreate(ROOT.resolve("shared-key"), "Ed25519");
    }
}
