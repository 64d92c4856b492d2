package org.unionfund.ledger.platform.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a CLI command split into positional words and {@code --name value} options (in the order given).
 *
 * @throws IllegalArgumentException (from {@link #parse}) when an option has no value
 */
public record CliArguments(List<String> positional, Map<String, String> options) {

    /** Parses {@code words} from index {@code from} on. */
    public static CliArguments parse(List<String> words, int from) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = from; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                if (i + 1 >= words.size()) {
                    throw new IllegalArgumentException("option " + word + " needs a value");
                }
                options.put(word.substring(2), words.get(++i));
            } else {
                positional.add(word);
            }
        }
        return new CliArguments(positional, options);
    }
}
