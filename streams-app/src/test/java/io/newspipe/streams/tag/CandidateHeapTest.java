package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CandidateHeapTest {
    @Property(tries = 500)
    void pollsInTheOrderOfASortByValueThenOrder(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 9) Integer> raw,
            @ForAll boolean reversed) {
        double[] value = raw.stream().mapToDouble(v -> v / 4.0).toArray();
        int[] heap = new int[value.length];
        long[] order = new long[value.length];
        for (int i = 0; i < heap.length; i++) {
            heap[i] = i;
            order[i] = reversed ? value.length - i : i;
        }
        CandidateHeap h = new CandidateHeap(heap, heap.length, value, order);
        List<Integer> polled = new ArrayList<>();
        while (!h.isEmpty()) {
            polled.add(h.poll());
        }
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < value.length; i++) {
            sorted.add(i);
        }
        sorted.sort(Comparator.<Integer>comparingDouble(i -> value[i]).thenComparingLong(i -> order[i]));
        assertThat(polled).isEqualTo(sorted);
    }
}
