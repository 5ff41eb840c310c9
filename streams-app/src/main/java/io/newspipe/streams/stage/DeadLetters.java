package io.newspipe.streams.stage;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds dead letters. Stages and reasons are stable strings that dashboards and alerts group by.
 * Stateless and thread-safe.
 */
public final class DeadLetters {
    public static final String STAGE_DECODE = "decode";
    public static final String STAGE_EXTRACT = "extract";
    public static final String STAGE_DEDUP = "dedup";
    public static final String STAGE_TAG = "tag";
    public static final String REASON_UNDECODABLE = "undecodable";
    public static final String REASON_TOO_LARGE = "too_large";
    public static final String REASON_INTERNAL_ERROR = "internal_error";
    private static final int MAX_DETAIL_CHARS = 2_000;

    private DeadLetters() {
    }

    /** A dead letter for a page that was decoded. */
    public static DeadLetter of(RawPage page, String stage, String reason, String detail, Instant now) {
        Objects.requireNonNull(page, "page");
        return base(page.getUrl(), stage, reason, detail, now).setRawPage(page).build();
    }

    /** A dead letter for a record whose value could not be decoded: the bytes are kept as received. */
    public static DeadLetter undecodable(String key, byte[] value, String detail, Instant now) {
        return base(key == null ? "" : key, STAGE_DECODE, REASON_UNDECODABLE, detail, now)
                .setRawValue(value == null ? null : ByteBuffer.wrap(value)).build();
    }

    /** A dead letter for a later-stage failure, where only the URL is at hand. */
    public static DeadLetter ofUrl(String url, String stage, String reason, String detail, Instant now) {
        return base(url, stage, reason, detail, now).build();
    }

    private static DeadLetter.Builder base(String url, String stage, String reason, String detail, Instant now) {
        return DeadLetter.newBuilder()
                .setUrl(url == null ? "" : url)
                .setStage(Objects.requireNonNull(stage, "stage"))
                .setReason(Objects.requireNonNull(reason, "reason"))
                .setDetail(truncate(detail))
                .setRawPage(null)
                .setRawValue(null)
                .setFailedAt(now);
    }

    private static String truncate(String detail) {
        if (detail == null) {
            return null;
        }
        return detail.length() <= MAX_DETAIL_CHARS ? detail : detail.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
