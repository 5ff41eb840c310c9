package io.newspipe.streams.dedup;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query parameters that identify a campaign, a click or a share rather than the page, so they never
 * belong in a canonical URL; also the AMP switches ({@code amp=1}, {@code outputType=amp}). Names are
 * compared case-insensitively. Stateless and thread-safe.
 */
final class TrackingParameters {
    private static final Set<String> NAMES = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url",
            "igshid", "igsh", "_ga", "_gl", "yclid", "spm", "cmpid", "ocid", "twclid", "__twitter_impression",
            "wt.mc_id", "s_cid", "xtor", "ito", "smid", "smtyp", "sr_share", "fb_action_ids",
            "fb_action_types", "fb_ref", "fb_source", "mkt_tok", "vero_id", "oly_enc_id", "oly_anon_id",
            "rb_clickid", "s_kwcid", "ef_id", "guccounter", "ncid", "soc_src", "soc_trk", "cmp",
            "campaign_id", "ttclid", "li_fat_id", "wbraid", "gbraid", "srsltid", "amp", "usqp", "share",
            "from", "src", "ftag", "feature");
    private static final List<String> PREFIXES = List.of("utm_", "at_", "ns_", "_hs", "guce_", "pk_", "mtm_",
            "hsa_", "stm_", "ga_");

    private TrackingParameters() {
    }

    /** Whether the parameter {@code name=value} (raw, percent-normalised) is tracking or an AMP switch. */
    static boolean isTracking(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(n)) {
            return true;
        }
        if ("outputtype".equals(n)) {
            return "amp".equalsIgnoreCase(value);
        }
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
