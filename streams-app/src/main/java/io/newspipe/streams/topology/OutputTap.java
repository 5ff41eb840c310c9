package io.newspipe.streams.topology;

import io.newspipe.streams.metrics.PipelineEvents;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Reports each record passing towards a sink to {@link PipelineEvents}, with the record's timestamp
 * (the raw page's produce time, carried through the topology) for end-to-end latency.
 */
final class OutputTap<V> implements FixedKeyProcessor<String, V, V> {
    /** What to report of a record: kind, reason and site. */
    record Facts(String kind, String reason, String site) {
    }

    private final PipelineEvents events;
    private final Function<V, Facts> facts;
    private FixedKeyProcessorContext<String, V> context;

    OutputTap(PipelineEvents events, Function<V, Facts> facts) {
        this.events = events;
        this.facts = facts;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        Facts f = facts.apply(record.value());
        events.pageOut(f.kind(), f.reason(), f.site(), record.timestamp());
        context.forward(record);
    }
}
