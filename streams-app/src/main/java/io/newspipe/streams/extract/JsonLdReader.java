package io.newspipe.streams.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first JSON value of a JSON-LD block with Jackson's streaming parser into a {@link JsonLdValue},
 * keeping only the object members the JSON-LD reading looks up ({@link JsonLdValue.Field}) and skipping the
 * rest (article bodies, image sizes, breadcrumbs) token by token, without building them. It accepts and
 * rejects exactly what {@code ObjectMapper.readTree} with the same lenient features does: skipped members
 * are still tokenised, so a syntax error anywhere in the value rejects the block, and text after the
 * first value is ignored. Stateless and thread-safe.
 */
final class JsonLdReader {
    /** Lenient parsing: comments, single quotes, raw control characters, trailing commas, any escaped character. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /**
     * Deeper than anything the reading looks at (a node of {@code @graph} in a top-level array, its author's
     * name's {@code @value}: about ten levels): containers below are kept as empty ones, which also bounds
     * this reader's recursion.
     */
    private static final int MAX_DEPTH = 32;
    /**
     * Jackson checks a string's length against its limit only when it builds the string; blocks long enough
     * to hold a longer string have every skipped string built, so they are rejected as the tree model does.
     */
    private static final int MAX_STRING = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;

    private JsonLdReader() {
    }

    /**
     * Reads the first value of {@code json}.
     *
     * @return the value, or null when the text holds none (only white space or comments)
     * @throws IOException when Jackson rejects the value ({@code JacksonException})
     */
    static JsonLdValue read(String json) throws IOException {
        try (JsonParser p = MAPPER.createParser(json)) {
            JsonToken t = p.nextToken();
            return t == null ? null : new Pass(p, json.length() > MAX_STRING).value(t, 0);
        }
    }

    /** One read of one block. */
    private record Pass(JsonParser p, boolean buildSkippedStrings) {

        JsonLdValue value(JsonToken t, int depth) throws IOException {
            return switch (t) {
                case START_OBJECT -> depth >= MAX_DEPTH ? skipped(t) : object(depth);
                case START_ARRAY -> depth >= MAX_DEPTH ? skipped(t) : array(depth);
                case VALUE_STRING -> JsonLdValue.text(p.getText());
                case VALUE_NULL -> JsonLdValue.NULL;
                case VALUE_TRUE -> JsonLdValue.TRUE;
                case VALUE_FALSE -> JsonLdValue.FALSE;
                // rare in the members kept: Jackson's own node gives the text its tree would
                default -> JsonLdValue.other(MAPPER.<JsonNode>readTree(p).asText());
            };
        }

        private JsonLdValue object(int depth) throws IOException {
            JsonLdValue[] fields = JsonLdValue.newFields();
            boolean onlyId = true;
            boolean any = false;
            String name;
            while ((name = p.nextFieldName()) != null) {
                any = true;
                onlyId &= name.equals("@id");
                JsonToken t = p.nextToken();
                JsonLdValue.Field field = JsonLdValue.Field.of(name);
                if (field == null) {
                    skip(t);
                } else {
                    // a repeated member replaces the earlier one, as in Jackson's tree
                    fields[field.ordinal()] = value(t, depth + 1);
                }
            }
            return JsonLdValue.object(fields, any && onlyId);
        }

        private JsonLdValue array(int depth) throws IOException {
            List<JsonLdValue> elements = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                elements.add(value(t, depth + 1));
            }
            return JsonLdValue.array(elements);
        }

        /** A container too deep to matter, read past. */
        private JsonLdValue skipped(JsonToken t) throws IOException {
            skip(t);
            return t == JsonToken.START_OBJECT ? JsonLdValue.object(JsonLdValue.newFields(), false)
                    : JsonLdValue.array(List.of());
        }

        /** Reads past the value starting at {@code t}. */
        private void skip(JsonToken t) throws IOException {
            if (!buildSkippedStrings) {
                p.skipChildren();
                return;
            }
            int open = 0;
            for (JsonToken k = t; k != null; k = p.nextToken()) {
                if (k == JsonToken.VALUE_STRING) {
                    p.getText();
                } else if (k.isStructStart()) {
                    open++;
                } else if (k.isStructEnd()) {
                    open--;
                }
                if (open == 0) {
                    return;
                }
            }
        }
    }
}
