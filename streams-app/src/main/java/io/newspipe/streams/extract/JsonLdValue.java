package io.newspipe.streams.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as far as the JSON-LD reading looks into it ({@link JsonLdReader}): a string, an object
 * holding only the members named in {@link Field}, an array, null, or another scalar. Read like Jackson's
 * {@code JsonNode}: {@link #get} of a member that is absent, or of anything but an object, is null, and
 * {@link #asText()} gives what {@code JsonNode.asText()} gives. Immutable and thread-safe.
 */
final class JsonLdValue {
    /** What kind of JSON value this is. */
    enum Kind { TEXT, OBJECT, ARRAY, NULL, OTHER }

    /** The object members the JSON-LD reading looks up; every other member is skipped unread. */
    enum Field {
        ID("@id"), TYPE("@type"), GRAPH("@graph"), MAIN_ENTITY("mainEntity"), VALUE("@value"), NAME("name"),
        HEADLINE("headline"), DESCRIPTION("description"), DATE_PUBLISHED("datePublished"),
        DATE_CREATED("dateCreated"), DATE_MODIFIED("dateModified"), IN_LANGUAGE("inLanguage"), AUTHOR("author"),
        PUBLISHER("publisher"), IMAGE("image"), KEYWORDS("keywords"), URL("url"), CONTENT_URL("contentUrl");

        private static final Field[] ALL = values();
        private static final Map<String, Field> BY_KEY = byKey();
        final String key;

        Field(String key) {
            this.key = key;
        }

        /** The field a member name is, or null for one the reading never looks at. */
        static Field of(String name) {
            return BY_KEY.get(name);
        }

        private static Map<String, Field> byKey() {
            Map<String, Field> map = new HashMap<>();
            for (Field f : values()) {
                map.put(f.key, f);
            }
            return Map.copyOf(map);
        }
    }

    static final JsonLdValue NULL = new JsonLdValue(Kind.NULL, "null", null, null, false);
    static final JsonLdValue TRUE = other("true");
    static final JsonLdValue FALSE = other("false");

    private final Kind kind;
    private final String text;
    private final JsonLdValue[] fields;
    private final List<JsonLdValue> elements;
    private final boolean onlyId;

    private JsonLdValue(Kind kind, String text, JsonLdValue[] fields, List<JsonLdValue> elements, boolean onlyId) {
        this.kind = kind;
        this.text = text;
        this.fields = fields;
        this.elements = elements;
        this.onlyId = onlyId;
    }

    static JsonLdValue text(String text) {
        return new JsonLdValue(Kind.TEXT, text, null, null, false);
    }

    /** A number or boolean, with the text Jackson's node for it gives. */
    static JsonLdValue other(String asText) {
        return new JsonLdValue(Kind.OTHER, asText, null, null, false);
    }

    static JsonLdValue array(List<JsonLdValue> elements) {
        return new JsonLdValue(Kind.ARRAY, "", null, List.copyOf(elements), false);
    }

    /**
     * An object.
     *
     * @param fields its kept members by {@link Field#ordinal()} (nulls for absent ones), from {@link #newFields},
     *     owned by the object from now on
     * @param onlyId whether it has members and every one is named {@code @id} (a node reference)
     */
    static JsonLdValue object(JsonLdValue[] fields, boolean onlyId) {
        return new JsonLdValue(Kind.OBJECT, "", fields, null, onlyId);
    }

    /** A fresh member array for {@link #object}. */
    static JsonLdValue[] newFields() {
        return new JsonLdValue[Field.ALL.length];
    }

    boolean isTextual() {
        return kind == Kind.TEXT;
    }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    boolean isArray() {
        return kind == Kind.ARRAY;
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }

    /** {@code JsonNode.get(name)}: the member, or null when absent or when this is not an object. */
    JsonLdValue get(Field field) {
        return fields == null ? null : fields[field.ordinal()];
    }

    /** {@code JsonNode.has(name)}. */
    boolean has(Field field) {
        return get(field) != null;
    }

    /** {@code size() == 1 && has("@id")} of Jackson's object node: an object whose only member is {@code @id}. */
    boolean isReference() {
        return kind == Kind.OBJECT && onlyId;
    }

    /** The elements of an array (empty for anything else). */
    List<JsonLdValue> elements() {
        return elements == null ? List.of() : elements;
    }

    /** {@code JsonNode.asText()}: the string, a scalar's text, "null" for null, "" for containers. */
    String asText() {
        return text;
    }

    /** {@code JsonNode.asText(defaultValue)}: {@code defaultValue} for null, else {@link #asText()}. */
    String asText(String defaultValue) {
        return kind == Kind.NULL ? defaultValue : text;
    }
}
