package org.unionfund.ledger.platform.web;

import java.util.Arrays;
import java.util.List;

/** The names a refused enum value could have had, for the {@code allowed} list of a problem document. */
final class AllowedValues {

    private AllowedValues() {
    }

    static List<String> of(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
    }
}
