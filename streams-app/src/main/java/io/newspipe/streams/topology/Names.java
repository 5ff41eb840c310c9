package io.newspipe.streams.topology;

/**
 * Names of every processor, store and internal topic of the topology. They are part of the
 * application's identity: renaming one changes internal topic and changelog names, so never
 * rename without a migration.
 */
public final class Names {
    public static final String SOURCE_RAW_PAGES = "raw-pages-source";
    public static final String EXTRACT = "extract";
    public static final String EXTRACT_BRANCH = "extract-";
    public static final String EXTRACT_OK = "ok";
    public static final String EXTRACT_DEAD = "dead";
    public static final String KEY_BY_CONTENT = "key-by-content-hash";
    public static final String REPARTITION_BY_CONTENT = "by-content-hash";
    public static final String DEDUP_CONTENT = "dedup-by-content";
    public static final String STORE_SEEN_CONTENT = "seen-content-store";
    public static final String DEDUP_CONTENT_BRANCH = "dedup-content-";
    public static final String KEY_BY_URL = "key-by-canonical-url";
    public static final String REPARTITION_BY_URL = "by-canonical-url";
    public static final String DEDUP_URL = "dedup-by-url";
    public static final String STORE_SEEN_URLS = "seen-urls-store";
    public static final String DEDUP_URL_BRANCH = "dedup-url-";
    public static final String SUPERSEDED_SUFFIX = "-superseded";
    public static final String TAG = "tag";
    public static final String TAG_BRANCH = "tag-";
    public static final String BRANCH_ARTICLE = "article";
    public static final String BRANCH_DUPLICATE = "duplicate";
    public static final String BRANCH_DEAD = "dead";
    public static final String DEAD_LETTER_VALUES = "dead-letter-values-";
    public static final String DUPLICATE_VALUES = "duplicate-values";
    public static final String ARTICLE_VALUES = "article-values";
    public static final String SINK_ARTICLES = "articles-sink";
    public static final String SINK_DUPLICATES = "duplicates-sink";
    public static final String SINK_DEAD_LETTERS = "dead-letters-sink-";
    public static final String ROUTE = "route-";
    public static final String TAP_ARTICLES = "tap-articles";
    public static final String TAP_DUPLICATES = "tap-duplicates";
    public static final String TAP_DEAD_LETTERS = "tap-dead-letters-";

    private Names() {
    }
}
