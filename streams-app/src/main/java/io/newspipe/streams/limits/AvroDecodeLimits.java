package io.newspipe.streams.limits;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.apache.avro.SystemLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the lengths Avro believes when it decodes: a string, bytes or collection length prefix is
 * trusted by Avro and allocated before the data is read, so a 15-byte record with a valid header and a
 * forged length asks for a gigabyte and ends in {@link OutOfMemoryError}, which no stage catches: a
 * poison pill that kills every stream thread that reads it. With these caps Avro throws
 * {@link SystemLimitException} instead, which the serde turns into a
 * {@link org.apache.kafka.common.errors.SerializationException} and the extract stage into a
 * dead letter {@code decode/undecodable}.
 *
 * <p>The caps are JVM-wide Avro system properties ({@value #BYTES_PROPERTY} and friends); values an
 * operator set on the command line are kept. Thread-safe and idempotent.
 */
public final class AvroDecodeLimits {
    /** Longest bytes field (a raw page body): above any sane topic {@code max.message.bytes}. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** Longest string field. */
    public static final int MAX_STRING_CHARS = 64 * 1024 * 1024;
    /** Most items in one array or map (headers, entities, keywords). */
    public static final int MAX_COLLECTION_ITEMS = 1_000_000;
    static final String BYTES_PROPERTY = SystemLimitException.MAX_BYTES_LENGTH_PROPERTY;
    static final String STRING_PROPERTY = SystemLimitException.MAX_STRING_LENGTH_PROPERTY;
    static final String COLLECTION_PROPERTY = SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY;
    private static final Logger LOG = LoggerFactory.getLogger(AvroDecodeLimits.class);

    private AvroDecodeLimits() {
    }

    /** Sets the caps unless already set, and makes Avro use them; returns whether the string cap is active. */
    public static synchronized boolean install() {
        setIfAbsent(BYTES_PROPERTY, MAX_BYTES);
        setIfAbsent(STRING_PROPERTY, MAX_STRING_CHARS);
        setIfAbsent(COLLECTION_PROPERTY, MAX_COLLECTION_ITEMS);
        if (!active()) {
            reloadAvroLimits();
        }
        boolean active = active();
        if (!active) {
            LOG.warn("Avro decode limits are not active ({}={}): a forged length prefix can exhaust the heap",
                    STRING_PROPERTY, System.getProperty(STRING_PROPERTY));
        }
        return active;
    }

    /** Whether Avro currently rejects a string longer than {@link #MAX_STRING_CHARS}. */
    static boolean active() {
        try {
            SystemLimitException.checkMaxStringLength(MAX_STRING_CHARS + 1L);
            return false;
        } catch (SystemLimitException expected) {
            return true;
        }
    }

    private static void setIfAbsent(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
    }

    /**
     * Avro reads the properties once, when {@link SystemLimitException} is initialised; if something
     * decoded before {@link #install()} ran, its package-private {@code resetLimits()} re-reads them.
     */
    private static void reloadAvroLimits() {
        try {
            Method reset = SystemLimitException.class.getDeclaredMethod("resetLimits");
            reset.setAccessible(true);
            reset.invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException
                 | RuntimeException e) {
            LOG.warn("could not make Avro re-read its decode limits", e);
        }
    }
}
