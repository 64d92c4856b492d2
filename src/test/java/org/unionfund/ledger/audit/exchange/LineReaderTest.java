package org.unionfund.ledger.audit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(String input, int maxLine, int bufferSize) {
        LineReader reader = new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), maxLine,
                bufferSize);
        List<String> lines = new ArrayList<>();
        byte[] line;
        while ((line = reader.next()) != null) {
            lines.add(new String(line, StandardCharsets.UTF_8));
        }
        return lines;
    }

    @Test
    void splitsAtLineFeedsAcrossBufferBoundaries() {
        String input = "{\"kind\":\"header\"}\n\n浙江省总工会 0123456789\nx\n{\"last\":1}";
        for (int buffer = 1; buffer <= input.length() + 2; buffer++) {
            assertThat(lines(input, 1000, buffer)).as("buffer %d", buffer)
                    .containsExactly("{\"kind\":\"header\"}", "", "浙江省总工会 0123456789", "x", "{\"last\":1}");
        }
    }

    @Test
    void endsWithoutAnEmptyLastLine() {
        assertThat(lines("a\nb\n", 10, 3)).containsExactly("a", "b");
        assertThat(lines("", 10, 3)).isEmpty();
    }

    @Test
    void acceptsALineOfTheLimitAndRejectsALongerOne() {
        assertThat(lines("12345\n123\n", 5, 2)).containsExactly("12345", "123");
        assertThat(lines("12345", 5, 2)).containsExactly("12345");
        for (int buffer : new int[] {2, 3, 64}) {
            assertThatThrownBy(() -> lines("ok\n123456\n", 5, buffer)).isInstanceOf(ImportRejected.class)
                    .hasMessageContaining("longer than 5 bytes");
        }
    }
}
