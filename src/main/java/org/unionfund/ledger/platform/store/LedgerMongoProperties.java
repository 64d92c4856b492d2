package org.unionfund.ledger.platform.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One setting chooses the store: {@code ledger.mongo.uri} (env {@code LEDGER_MONGO_URI}) set means a real MongoDB;
 * blank means the embedded MongoDB-wire server, file-backed under {@code dataDir} (or in memory for throwaway runs).
 */
@ConfigurationProperties("ledger.mongo")
public record LedgerMongoProperties(
        String uri,
        @DefaultValue("welfare_ledger") String database,
        @DefaultValue Embedded embedded) {

    public boolean useEmbedded() {
        return uri == null || uri.isBlank();
    }

    public record Embedded(
            @DefaultValue("./data") Path dataDir,
            @DefaultValue("file") Backend backend,
            @DefaultValue("0") int port) {
    }

    public enum Backend { FILE, MEMORY }
}
