package io.newspipe.streams.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Output records as JSON lines (CONTRACTS.md section 5): one object per record with {@code kind},
 * fields in snake_case, timestamps as ISO-8601 strings or null. Dead letters leave out the raw bytes.
 * Thread-safe.
 */
public final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> DEAD_LETTER_FIELDS = Set.of("url", "stage", "reason", "detail");

    private JsonLines() {
    }

    public static String article(Article article) {
        return line("article", article, null);
    }

    public static String duplicate(DuplicateNotice notice) {
        return line("duplicate", notice, null);
    }

    public static String deadLetter(DeadLetter letter) {
        return line("dead_letter", letter, DEAD_LETTER_FIELDS);
    }

    private static String line(String kind, IndexedRecord record, Set<String> only) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        for (Schema.Field field : record.getSchema().getFields()) {
            if (only == null || only.contains(field.name())) {
                json.put(field.name(), plain(record.get(field.pos())));
            }
        }
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + kind, e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof IndexedRecord nested) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Schema.Field field : nested.getSchema().getFields()) {
                map.put(field.name(), plain(nested.get(field.pos())));
            }
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof ByteBuffer buffer) {
            return buffer.remaining() + " bytes";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof CharSequence chars) {
            return chars.toString();
        }
        return value;
    }
}
