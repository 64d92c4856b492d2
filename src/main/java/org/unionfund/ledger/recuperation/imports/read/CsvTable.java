package org.unionfund.ledger.recuperation.imports.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A CSV file (RFC 4180: comma separated, double quotes around fields with commas, quotes or line breaks). The
 * encoding is UTF-8 when the file starts with a UTF-8 BOM or is valid UTF-8 throughout, else GB18030 (a superset of
 * GBK, what Chinese Excel writes for "CSV"); bytes that are not valid GB18030 either are refused as a wrong encoding.
 */
final class CsvTable implements TableSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final boolean bom;

    CsvTable(Path file, String encoding) throws IOException {
        this.file = file;
        this.bom = startsWithBom(file);
        this.charset = encoding == null || encoding.isBlank() ? detect(file, bom) : named(encoding);
    }

    Charset charset() {
        return charset;
    }

    @Override
    public void read(Consumer<List<String>> header, Consumer<RawRow> rows) {
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            parse(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), header, rows);
        } catch (CharacterCodingException e) {
            throw wrongEncoding();
        } catch (IOException e) {
            throw new ImportFileProblem("unreadable-file", "the file cannot be read: " + e.getMessage());
        }
    }

    private void parse(Reader in, Consumer<List<String>> header, Consumer<RawRow> rows) throws IOException {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean headerSeen = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(field.toString());
                field.setLength(0);
                headerSeen = emit(record, recordLine, headerSeen, header, rows);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append((char) c);
            }
        }
        if (quoted) {
            throw new ImportFileProblem("malformed-csv", recordLine, null, "a quoted field opened in row " + recordLine
                    + " is never closed");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            headerSeen = emit(record, recordLine, headerSeen, header, rows);
        }
        if (!headerSeen) {
            throw new ImportFileProblem("empty-sheet", "the file is empty: no header row");
        }
    }

    private static boolean emit(List<String> record, int line, boolean headerSeen, Consumer<List<String>> header,
            Consumer<RawRow> rows) {
        RawRow row = new RawRow(line, record);
        if (row.blank()) {
            return headerSeen;
        }
        if (!headerSeen) {
            header.accept(row.cells());
        } else {
            rows.accept(row);
        }
        return true;
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    private static Charset detect(Path file, boolean bom) throws IOException {
        if (bom) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[1 << 16];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), utf8)) {
            while (in.read(buffer) != -1) {
                // only validity matters here
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    private static Charset named(String encoding) {
        return switch (encoding.trim().toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GBK", "GB2312", "GB18030" -> GB18030;
            default -> throw new ImportFileProblem("unsupported-encoding", null, "encoding", "encoding " + encoding
                    + " is not supported; use UTF-8, GBK or GB18030");
        };
    }

    private ImportFileProblem wrongEncoding() {
        return new ImportFileProblem("wrong-encoding", "the file is not valid " + charset.name()
                + "; save it as CSV UTF-8 or as CSV (GBK) from Excel, or as XLSX");
    }
}
