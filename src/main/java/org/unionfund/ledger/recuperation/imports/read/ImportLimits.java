package org.unionfund.ledger.recuperation.imports.read;

/**
 * Limits of one upload: {@code ledger.imports.max-file-size} (default 64 MB) and {@code ledger.imports.max-rows}
 * (default 200,000 data rows). Larger exports are imported in trip-aligned chunks by the CLI.
 */
public record ImportLimits(long maxFileBytes, int maxRows) {

    public static final ImportLimits DEFAULT = new ImportLimits(64L * 1024 * 1024, 200_000);

    public void requireRows(int rows) {
        if (rows > maxRows) {
            throw new ImportFileProblem("too-many-rows", rows + 1, null, "the file has more than " + maxRows
                    + " data rows; split it at trip boundaries (the CLI does this) or raise ledger.imports.max-rows");
        }
    }

    public void requireSize(long bytes) {
        if (bytes > maxFileBytes) {
            throw new ImportFileProblem("file-too-large", "the file has " + bytes + " bytes, more than the limit of "
                    + maxFileBytes + " (ledger.imports.max-file-size)");
        }
    }
}
