package org.unionfund.ledger.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1500.00,150000", "1500,150000", "1500.5,150050", "0.01,1", "0,0", "20000000.00,2000000000",
            "-0.05,-5"})
    void parses_yuan_strings_exactly_into_fen(String yuan, long fen) {
        assertThat(Money.parseYuan(yuan).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.001", "1e3", "1E3", "+5", "01", "1,000", " 1", "1.", ".5", "NaN", "Infinity",
            "1e309", "", "--1", "99999999999999999", "一百"})
    void refuses_anything_that_would_need_rounding_or_guessing(String yuan) {
        assertThatThrownBy(() -> Money.parseYuan(yuan)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prints_two_decimals() {
        assertThat(Money.ofFen(254600000).toYuanString()).isEqualTo("2546000.00");
        assertThat(Money.ofFen(-5).toYuanString()).isEqualTo("-0.05");
        assertThat(Money.ofFen(7).toYuanString()).isEqualTo("0.07");
    }

    @Test
    void arithmetic_is_exact_and_refuses_overflow() {
        assertThat(Money.ofYuan(600).times(3).plus(Money.ofFen(1)).fen()).isEqualTo(180001);
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void is_a_plain_fen_number_in_json() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.writeValueAsString(Money.ofFen(150000))).isEqualTo("{\"fen\":150000}");
        assertThat(json.readValue("{\"fen\":150000}", Money.class)).isEqualTo(Money.ofFen(150000));
    }
}
