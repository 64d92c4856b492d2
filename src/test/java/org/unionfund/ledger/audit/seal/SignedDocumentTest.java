package org.unionfund.ledger.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionfund.ledger.testsupport.TestTsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Signed documents and RFC 3161 stamps: authentic as issued, whatever the layout; any changed value fails. */
class SignedDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode statement() throws Exception {
        return (ObjectNode) JSON.readTree("{\"year\":2025,\"bodyName\":\"拱墅区总工会\",\"lines\":[{\"kind\":\"FUND\","
                + "\"yearEnd\":\"450000.00\"}],\"note\":\"</script> & <b>\"}");
    }

    @Test
    void a_sealed_document_is_authentic_in_any_layout_and_not_once_a_value_changed() throws Exception {
        SealKey key = SealKey.loadOrCreate(dir.resolve("k"), "SM2");
        ObjectNode document = SignedDocument.seal(statement(), key, Timestamps.NONE);
        assertThat(SignedDocument.check(document, key.publicKeyPem()).problems()).isEmpty();

        JsonNode reindented = JSON.readTree(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        assertThat(SignedDocument.check(reindented, key.publicKeyPem()).authentic()).isTrue();

        ((ObjectNode) document.path("statement").path("lines").get(0)).put("yearEnd", "459000.00");
        assertThat(SignedDocument.check(document, key.publicKeyPem()).problems()).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("the statement was changed"));
    }

    @Test
    void a_statement_is_time_stamped_by_the_configured_tsa_and_the_stamp_is_checked_offline() throws Exception {
        SealKey key = SealKey.loadOrCreate(dir.resolve("k"), "Ed25519");
        try (TestTsa tsa = new TestTsa()) {
            ObjectNode document = SignedDocument.seal(statement(), key, TimestampTokens.of(tsa.url()));
            assertThat(tsa.stamped()).isEqualTo(1);
            SignedDocument.Verdict verdict = SignedDocument.check(document, key.publicKeyPem());
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.stamp().authority()).contains("Test TSA");

            ObjectNode other = SignedDocument.seal((ObjectNode) JSON.readTree("{\"year\":2026}"), key,
                    TimestampTokens.of(tsa.url()));
            document.set("timestamp", other.get("timestamp"));
            assertThat(SignedDocument.check(document, key.publicKeyPem()).problems())
                    .containsExactly("the RFC 3161 timestamp does not hold: the token stamps another digest");
        }
    }

    @Test
    void a_configured_tsa_that_cannot_be_reached_is_an_error_not_a_silently_unstamped_document() {
        SealKey key = SealKey.loadOrCreate(dir.resolve("k"), "Ed25519");
        String url;
        try (TestTsa tsa = new TestTsa()) {
            url = tsa.url();
        }
        assertThatThrownBy(() -> SignedDocument.seal(statement(), key, TimestampTokens.of(url)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no RFC 3161 timestamp");
        assertThat(TimestampTokens.of(" ")).isSameAs(Timestamps.NONE);
    }
}
