package io.newspipe.streams.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The hard negatives of the realistic corpus (label 0): different stories that share a lot of text.
 * {@code same_event}: two stories on one event sharing names and places, as written, and
 * {@code same_event_syndicated}: the second one syndicated (dateline, boilerplate, source line); {@code follow_up}: the next story on the event,
 * which recaps the earlier one's lede and reuses its background paragraph; {@code live_blog}: two posts
 * of one live blog under the same summary header; {@code site_boilerplate}: two short stories from one
 * site, both carrying the site's long leaked boilerplate (subscription pitch, "more from" links,
 * comment policy, copyright); {@code recap_background}: a real body carrying another story's lede as a
 * recap and its closing background paragraph. Not thread-safe (the Random is shared).
 */
final class DedupEvalHardNegatives {
    private static final int LIVE_BLOG_MIN_PARAGRAPHS = 8;
    private static final int LIVE_BLOGS = 40;
    private static final int SITE_BOILERPLATE_PAIRS = 30;
    private static final int RECAP_PAIRS = 30;
    private static final List<String> LIVE_HEADER = List.of(
            "Live updates: follow our coverage as the story develops. Refresh this page for the latest posts.",
            "Key points: our reporters are on the ground and this page is updated throughout the day with the latest developments, reaction and analysis.");
    private static final List<String> SITE_BOILERPLATE = List.of(
            "Our journalism depends on readers like you. Subscribe today for unlimited access to breaking news, analysis and investigations from our newsroom, starting at just $1 a week. Cancel anytime.",
            "More from the newsroom: City council approves new budget after marathon session | Five takeaways from the latest jobs report | The best new restaurants to try this month | How the housing market is changing | Weekend guide: what to watch, read and listen to",
            "We welcome comments that advance the story through relevant opinion, anecdotes, links and data. If you see a comment that you believe is irrelevant or inappropriate, you can flag it to our editors by using the report abuse links.",
            "© 2025 Example Media Group. All rights reserved. Use of this site constitutes acceptance of our user agreement and privacy policy and cookie statement.");

    private final Random random;
    private final DedupEvalRewrites rewrites;

    DedupEvalHardNegatives(Random random, DedupEvalRewrites rewrites) {
        this.random = Objects.requireNonNull(random, "random");
        this.rewrites = Objects.requireNonNull(rewrites, "rewrites");
    }

    /** same_event and follow_up pairs for every two stories of one event (earlier id first). */
    List<DedupEvalPair> sameEvent(List<DedupEvalStory> stories) {
        List<DedupEvalPair> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                DedupEvalStory a = stories.get(i);
                DedupEvalStory b = stories.get(j);
                if (!a.event().equals(b.event())) {
                    continue;
                }
                String lang = a.lang();
                out.add(pair(a, b, b.paragraphs(), "same_event"));
                out.add(pair(a, b, rewrites.withSourceLine(rewrites.withBoilerplate(
                        rewrites.toggleDateline(b.paragraphs(), lang), lang), lang), "same_event_syndicated"));
                out.add(pair(a, b, followUp(a, b), "follow_up"));
            }
        }
        return out;
    }

    /** b's lede, then a's lede as a recap, then the rest of b, then a's background paragraph. */
    private static List<String> followUp(DedupEvalStory a, DedupEvalStory b) {
        List<String> out = new ArrayList<>(b.paragraphs());
        out.add(1, a.paragraphs().get(0));
        out.add(a.paragraphs().get(a.paragraphs().size() - 1));
        return out;
    }

    /**
     * The bodies reserved for live blogs: every third one with enough paragraphs, up to {@value #LIVE_BLOGS}.
     * They are used for nothing else, so that in the process evaluation no other page holds a whole
     * blog and joins its two posts by transitivity.
     */
    static List<DedupEvalStory> liveBlogSources(List<DedupEvalStory> stories) {
        List<DedupEvalStory> eligible = stories.stream().filter(s -> s.paragraphs().size() >= LIVE_BLOG_MIN_PARAGRAPHS).toList();
        List<DedupEvalStory> out = new ArrayList<>();
        for (int i = 0; i < eligible.size() && out.size() < LIVE_BLOGS; i += 3) {
            out.add(eligible.get(i));
        }
        return out;
    }

    /** Each body cut into two posts of a live blog, both under the blog's header and the story's lede. */
    List<DedupEvalPair> liveBlogs(List<DedupEvalStory> sources) {
        List<DedupEvalPair> out = new ArrayList<>();
        for (DedupEvalStory s : sources) {
            List<String> p = s.paragraphs();
            List<String> header = new ArrayList<>(LIVE_HEADER);
            header.add(p.get(0));
            int cut = 1 + (p.size() - 1) / 2;
            List<String> first = new ArrayList<>(header);
            first.addAll(p.subList(1, cut));
            List<String> second = new ArrayList<>(header);
            second.addAll(p.subList(cut, p.size()));
            out.add(new DedupEvalPair(s.id() + "/live_blog", s.lang(), String.join("\n\n", first),
                    String.join("\n\n", second), 0, "live_blog"));
        }
        return out;
    }

    /** The shortest bodies, two by two, each wrapped in the same site boilerplate. */
    List<DedupEvalPair> siteBoilerplate(List<DedupEvalStory> stories) {
        List<DedupEvalStory> shortest = DedupEvalRealisticCorpus.byLength(stories);
        List<DedupEvalPair> out = new ArrayList<>();
        for (int i = 0; i + 1 < shortest.size() && out.size() < SITE_BOILERPLATE_PAIRS; i += 2) {
            DedupEvalStory a = shortest.get(i);
            DedupEvalStory b = shortest.get(i + 1);
            out.add(new DedupEvalPair(a.id() + "~" + b.id() + "/site_boilerplate", a.lang(),
                    String.join("\n\n", wrapped(a)), String.join("\n\n", wrapped(b)), 0, "site_boilerplate"));
        }
        return out;
    }

    private static List<String> wrapped(DedupEvalStory s) {
        List<String> out = new ArrayList<>(s.paragraphs());
        out.addAll(SITE_BOILERPLATE);
        return out;
    }

    /** A body that recaps another story's lede and ends with that story's background paragraph. */
    List<DedupEvalPair> recapAndBackground(List<DedupEvalStory> stories) {
        List<DedupEvalPair> out = new ArrayList<>();
        while (out.size() < RECAP_PAIRS) {
            DedupEvalStory a = stories.get(random.nextInt(stories.size()));
            DedupEvalStory b = stories.get(random.nextInt(stories.size()));
            if (a.id().equals(b.id()) || a.paragraphs().size() < 4) {
                continue;
            }
            out.add(pair(a, b, followUp(a, b), "recap_background/" + out.size()));
        }
        return out;
    }

    private static DedupEvalPair pair(DedupEvalStory a, DedupEvalStory source, List<String> b, String kind) {
        return new DedupEvalPair(a.id() + "~" + source.id() + "/" + kind, a.lang(), a.text(), String.join("\n\n", b), 0,
                kind.replaceAll("/.*", ""));
    }
}
