package io.newspipe.producer.config;

import java.util.List;
import java.util.Objects;

/** A parsed sources file: fetch settings and the sites to poll. Immutable and thread-safe. */
public record Sources(FetchSettings fetch, List<SiteSource> sites) {
    public Sources {
        Objects.requireNonNull(fetch, "fetch");
        sites = List.copyOf(sites);
    }
}
