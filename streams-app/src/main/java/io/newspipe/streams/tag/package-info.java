/**
 * The tag stage: {@link io.newspipe.streams.tag.ArticleTagger} adds language and direction, linked
 * entities, IPTC Media Topics and keywords to an extracted article. Kafka-free; every class is
 * immutable after construction and safe to share between stream threads.
 *
 * <p>Resources (under {@code src/main/resources/io/newspipe/streams/tag/}, licences in
 * {@code ATTRIBUTION.md}), loaded once per process by {@link io.newspipe.streams.tag.TaggerResources#shared()}:
 * <ul>
 *   <li>{@code places.tsv.gz}: GeoNames cities (capitals, admin seats, population at least 15,000) with
 *       Latin and Arabic-script names, derived by {@code tools/gazetteer/derive_gazetteer.py};</li>
 *   <li>{@code countries-extra.tsv}: short names and demonyms beside the CLDR names from ICU4J/JDK;</li>
 *   <li>{@code orgs-people.tsv}: curated organisations and people with Wikidata ids where certain;</li>
 *   <li>{@code ambiguous.tsv}: names that need evidence from the article;</li>
 *   <li>{@code topics.tsv}, {@code topic-lexicon.tsv}, {@code topic-entity-rules.tsv}: IPTC codes and labels,
 *       evidence words per language, evidence from entities;</li>
 *   <li>{@code stopwords-iso.tsv} (with Lucene's Arabic and Persian sets) and {@code keyword-stopwords.tsv}.</li>
 * </ul>
 *
 * <p>Quality is measured by {@link io.newspipe.streams.eval.TaggingEval} on the labelled set under
 * {@code eval/}; speed and heap by the test-scope {@code TaggerBench}.
 */
package io.newspipe.streams.tag;
