package org.unionfund.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.unionfund.ledger.platform.store.EmbeddedMongo;

@ExtendWith(OutputCaptureExtension.class)
class StoreSelectionLogTest {

    @Test
    void the_file_backed_embedded_store_says_where_its_files_are(@TempDir Path dir, CapturedOutput output) {
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dir, 0)) {
            assertThat(mongo.address()).startsWith("127.0.0.1:");
            assertThat(mongo.connectionString()).startsWith("mongodb://ledger:").contains("@127.0.0.1:");
        }
        assertThat(output.getAll()).contains("Store: embedded MongoDB-wire server")
                .contains(dir.resolve(EmbeddedMongo.STORE_FILE).toAbsolutePath().toString());
    }
}
