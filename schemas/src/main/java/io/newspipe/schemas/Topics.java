package io.newspipe.schemas;

/** Names of the pipeline's topics, as fixed by CONTRACTS.md section 1. Constants only: thread-safe. */
public final class Topics {
    public static final String RAW_PAGES = "news.raw-pages.v1";
    public static final String ARTICLES = "news.articles.v1";
    public static final String DUPLICATES = "news.duplicates.v1";
    public static final String DEAD_LETTERS = "news.dead-letters.v1";

    private Topics() {
    }
}
