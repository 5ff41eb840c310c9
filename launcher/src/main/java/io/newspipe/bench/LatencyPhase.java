package io.newspipe.bench;

/**
 * One paced phase of the end-to-end bench ({@link PacedPhases}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param fraction fraction of the maximum rate asked for
 * @param targetRate pages/s asked for
 * @param achievedRate pages/s the producer managed
 * @param sent pages sent
 * @param measured outputs with a latency sample (-1 when the phase timed out)
 * @param p50Ms median latency, produce to committed output visible
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 */
public record LatencyPhase(double fraction, double targetRate, double achievedRate, int sent, int measured,
        double p50Ms, double p95Ms, double p99Ms) {
}
