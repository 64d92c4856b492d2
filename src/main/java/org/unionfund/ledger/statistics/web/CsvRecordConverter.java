package org.unionfund.ledger.statistics.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes the statistics responses (records) as CSV when the client asks for {@code text/csv}: a header line and
 * one line per row, UTF-8, RFC 4180 quoting. A response with a list of records (breakdown items, budget lines,
 * allocations) becomes one row per element; any other response one row. Nested records are flattened into
 * {@code outer.inner} columns; lists and maps inside a row are left out (they have their own endpoints or rows).
 */
public class CsvRecordConverter extends AbstractHttpMessageConverter<Object> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public CsvRecordConverter() {
        super(StandardCharsets.UTF_8, new MediaType("text", "csv"));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("org.unionfund.ledger");
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    protected MediaType getDefaultContentType(Object value) {
        return TEXT_CSV;
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        List<?> rows = rows(value);
        List<String> header = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        if (!rows.isEmpty()) {
            columns(rows.get(0).getClass(), "", header);
            for (Object row : rows) {
                List<String> line = new ArrayList<>();
                values(row, line);
                lines.add(line);
            }
        } else {
            Class<?> type = rowType(value);
            if (type != null) {
                columns(type, "", header);
            }
        }
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writeLine(writer, header);
        for (List<String> line : lines) {
            writeLine(writer, line);
        }
        writer.flush();
    }

    /**
     * The rows: the elements of the list-of-records component named {@code items} or {@code lines}, else of the
     * first list-of-records component, else the value itself.
     */
    static List<?> rows(Object value) {
        RecordComponent table = table(value.getClass());
        if (table == null) {
            return List.of(value);
        }
        Object list = get(table, value);
        return list == null ? List.of() : (List<?>) list;
    }

    private static Class<?> rowType(Object value) {
        RecordComponent table = table(value.getClass());
        return table == null ? value.getClass() : elementType(table);
    }

    private static RecordComponent table(Class<?> type) {
        RecordComponent first = null;
        for (RecordComponent c : type.getRecordComponents()) {
            if (List.class.isAssignableFrom(c.getType()) && elementIsRecord(c)) {
                if (c.getName().equals("items") || c.getName().equals("lines")) {
                    return c;
                }
                if (first == null) {
                    first = c;
                }
            }
        }
        return first;
    }

    private static boolean elementIsRecord(RecordComponent c) {
        Class<?> element = elementType(c);
        return element != null && element.isRecord();
    }

    private static Class<?> elementType(RecordComponent c) {
        if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static void columns(Class<?> type, String prefix, List<String> header) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord()) {
                columns(c.getType(), prefix + c.getName() + ".", header);
            } else if (!Collection.class.isAssignableFrom(c.getType()) && !Map.class.isAssignableFrom(c.getType())) {
                header.add(prefix + c.getName());
            }
        }
    }

    private static void values(Object row, List<String> line) {
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            Object v = get(c, row);
            if (c.getType().isRecord()) {
                if (v == null) {
                    List<String> empty = new ArrayList<>();
                    columns(c.getType(), "", empty);
                    empty.forEach(x -> line.add(""));
                } else {
                    values(v, line);
                }
            } else if (!Collection.class.isAssignableFrom(c.getType()) && !Map.class.isAssignableFrom(c.getType())) {
                line.add(v == null ? "" : String.valueOf(v));
            }
        }
    }

    private static Object get(RecordComponent c, Object value) {
        try {
            return c.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new HttpMessageNotWritableException("cannot read " + c.getName(), e);
        }
    }

    private static void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(f.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(f);
            }
        }
        writer.write("\r\n");
    }
}
