package io.newspipe.streams.topology;

/**
 * Names of every processor, store and internal topic of the topology. They are part of the
 * application's identity: renaming one changes internal topic and changelog names, so never
 * rename without a migration.
 *
 * <p>Constants only: thread-safe.
 */
public final class Names {
    public static final String SOURCE_RAW_PAGES = "raw-pages-source";
    public static final String EXTRACT = "extract";
    public static final String EXTRACT_BRANCH = "extract-";
    public static final String EXTRACT_OK = "ok";
    public static final String EXTRACT_DEAD = "dead";
    public static final String KEY_BY_ID = "key-by-article-id";
    public static final String REPARTITION_DEDUP = "dedup-input";
    public static final String DEDUP_ARTICLES_IN = "dedup-articles-in";
    public static final String SOURCE_DEDUP_PROTOCOL = "dedup-protocol-source";
    public static final String DEDUP_MESSAGES_IN = "dedup-messages-in";
    public static final String DEDUP_MERGE = "dedup-merge";
    public static final String DEDUP = "dedup";
    public static final String DEDUP_OUT_BRANCH = "dedup-out-";
    public static final String DEDUP_OUT_MESSAGE = "message";
    public static final String DEDUP_OUT_RESULT = "result";
    public static final String DEDUP_MESSAGE_VALUES = "dedup-message-values";
    public static final String SINK_DEDUP_PROTOCOL = "dedup-protocol-sink";
    public static final String DEDUP_RESULTS = "dedup-results";
    public static final String DEDUP_BRANCH = "dedup-";
    public static final String STORE_DEDUP_ARTICLES = "dedup-articles";
    public static final String STORE_DEDUP_DUPLICATE_URLS = "dedup-duplicate-urls";
    public static final String STORE_DEDUP_CONTENT = "dedup-content";
    public static final String STORE_DEDUP_BANDS = "dedup-bands";
    public static final String STORE_DEDUP_PENDING = "dedup-pending";
    public static final String STORE_DEDUP_WAITING = "dedup-waiting";
    public static final String DEDUPED_ARTICLES = "deduped-articles";
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
