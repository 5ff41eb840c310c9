package io.newspipe.streams.tag;

/**
 * A language decision.
 *
 * @param code ISO 639-1 code, or null when unknown
 * @param direction "rtl" or "ltr"
 */
public record DetectedLanguage(String code, String direction) {
}
