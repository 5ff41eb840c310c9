package io.newspipe.streams.tag;

/**
 * A binary min-heap of candidate indices ordered by value, ties by a second key (first occurrence and
 * length: the order a stable sort by value of candidates numbered as met would give): built in linear
 * time, so taking the first k of n costs O(n + k log n) rather than a full sort. Used by one thread for one
 * article.
 */
final class CandidateHeap {
    private final int[] heap;
    private final double[] value;
    private final long[] order;
    private int size;

    /**
     * A heap over the first {@code size} indices of {@code heap} (reordered in place), keyed by {@code value},
     * ties by {@code order} (distinct for distinct indices).
     */
    CandidateHeap(int[] heap, int size, double[] value, long[] order) {
        this.heap = heap;
        this.size = size;
        this.value = value;
        this.order = order;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Removes and returns the index with the lowest value (lowest order among equals). */
    int poll() {
        int top = heap[0];
        heap[0] = heap[--size];
        if (size > 0) {
            siftDown(0);
        }
        return top;
    }

    private boolean before(int a, int b) {
        int byValue = Double.compare(value[a], value[b]);
        return byValue != 0 ? byValue < 0 : order[a] < order[b];
    }

    private void siftDown(int i) {
        int x = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], x)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}
