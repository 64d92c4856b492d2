package org.unionfund.ledger.kernel;

import java.util.List;

/**
 * The checks of records' compact constructors, one line a rule, so commands and events do not each spell out a run
 * of {@code Objects.requireNonNull}: {@code Require.present(ledgerId, "ledgerId", bodyId, "bodyId")}.
 */
public final class Require {

    private Require() {
    }

    /** Throws a {@link NullPointerException} naming the first (value, name) pair whose value is null. */
    public static void present(Object... valuesAndNames) {
        if (valuesAndNames.length % 2 != 0) {
            throw new IllegalArgumentException("Require.present takes (value, name) pairs");
        }
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            if (valuesAndNames[i] == null) {
                throw new NullPointerException((String) valuesAndNames[i + 1]);
            }
        }
    }

    /** {@code text} unchanged; refused ({@link IllegalArgumentException}) when null or blank. */
    public static String text(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }

    /** An unmodifiable copy; empty for null. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
