package org.unionfund.ledger.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newest checkpoint this installation sealed, kept in a file next to the signing key, outside the store:
 * {@code sealed-head-<database>.json}. Deleting checkpoints from the store (to have a rewritten stretch sealed
 * again) is then seen: the store's checkpoints end before the anchor, or differ from it.
 */
final class SealAnchor {

    record Head(long number, long to, String hash) {
    }

    private static final Pattern LINE = Pattern.compile(
            "\\{\"database\":\"[^\"]*\",\"number\":(\\d+),\"to\":(\\d+),\"hash\":\"([0-9a-f]{64})\"}");

    private final Path file;
    private final String database;

    SealAnchor(Path keyDir, String database) {
        this.file = keyDir.resolve("sealed-head-" + database.replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
        this.database = database;
    }

    Optional<Head> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.UTF_8).trim());
            if (!m.matches()) {
                throw new IllegalStateException("the seal anchor " + file + " is not in its format");
            }
            return Optional.of(new Head(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seal anchor " + file, e);
        }
    }

    /** Moves the anchor forward to {@code checkpoint} (never back). */
    synchronized void advance(Checkpoint checkpoint) {
        if (read().map(head -> head.number() >= checkpoint.number()).orElse(false)) {
            return;
        }
        String line = "{\"database\":\"" + database + "\",\"number\":" + checkpoint.number() + ",\"to\":"
                + checkpoint.to() + ",\"hash\":\"" + checkpoint.hash() + "\"}\n";
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "anchor", ".tmp");
            Files.writeString(temp, line, StandardCharsets.UTF_8);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the seal anchor " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
