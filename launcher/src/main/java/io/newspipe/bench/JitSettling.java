package io.newspipe.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Decides when warm-up passes may stop: once the JIT compilers have gone quiet. A pass is quiet when the
 * compiler threads' CPU time while it ran is at most {@code quietFraction} of the pass's own CPU time (CPU, not
 * elapsed time: on a loaded machine the compilers' elapsed time is far more than their work); warm-up ends after
 * {@code quietInARow} quiet passes in a row, or after {@code maxPasses} passes (then the result says it is not
 * settled). Why: with a fixed number of warm-up passes the later stages' code was still being compiled (C2 spent
 * milliseconds per page at pass 5 in session 8), so the figure of record moved with the JIT, not the code.
 * Not thread-safe: one instance follows one measuring thread's passes.
 */
public final class JitSettling {
    /**
     * The default: compilers' CPU at most 2 % of a pass's, two passes in a row, at most 60 warm-up passes. Measured
     * (session 12, 227 pages a pass, load 8-12): the compilers' CPU equalled the pass's own for the first ~15
     * passes and fell to 1-9 % by passes 27-40; 1 % was not reached twice in a row within 40 passes.
     */
    public static final Policy DEFAULT = new Policy(0.02, 2, 60);

    /**
     * @param quietFraction compilation time over pass wall time at or under which a pass is quiet
     * @param quietInARow quiet passes in a row that end the warm-up
     * @param maxPasses warm-up passes after which the warm-up ends anyway
     */
    public record Policy(double quietFraction, int quietInARow, int maxPasses) {
        public Policy {
            if (quietFraction < 0 || quietInARow < 1 || maxPasses < 1) {
                throw new IllegalArgumentException("bad warm-up policy: " + quietFraction + ", " + quietInARow
                        + ", " + maxPasses);
            }
        }

        /** This policy with another cap on the warm-up passes. */
        public Policy withMaxPasses(int max) {
            return new Policy(quietFraction, quietInARow, max);
        }
    }

    private final Policy policy;
    private final LongSupplier compileMillis;
    private int passes;
    private int quietRun;
    private long startCompile;
    private long startCpu;
    private double lastFraction = Double.NaN;

    /** Follows the CPU time of this JVM's compiler threads. */
    public JitSettling(Policy policy) {
        this(policy, compilerCpuMillis());
    }

    /** Follows {@code compileMillis}, a running total of compiler milliseconds (tests pass their own). */
    JitSettling(Policy policy, LongSupplier compileMillis) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.compileMillis = Objects.requireNonNull(compileMillis, "compileMillis");
    }

    /** Call before each warm-up pass with the measuring thread's CPU nanoseconds. */
    public void passStarts(long cpuNanos) {
        startCompile = compileMillis.getAsLong();
        startCpu = cpuNanos;
    }

    /** Call after each warm-up pass with the measuring thread's CPU nanoseconds; returns whether the warm-up is over. */
    public boolean passEnds(long cpuNanos) {
        passes++;
        double passMillis = Math.max(1e-3, (cpuNanos - startCpu) / 1e6);
        long compiled = compileMillis.getAsLong() - startCompile;
        lastFraction = compiled / passMillis;
        quietRun = compiled <= policy.quietFraction() * passMillis ? quietRun + 1 : 0;
        return settled() || passes >= policy.maxPasses();
    }

    /** Warm-up passes run so far. */
    public int passes() {
        return passes;
    }

    /** The compilers' CPU over the pass's CPU in the last warm-up pass, or NaN before one. */
    public double lastFraction() {
        return lastFraction;
    }

    /** Whether the last passes were quiet enough. */
    public boolean settled() {
        return quietRun >= policy.quietInARow();
    }

    /**
     * The running total of the compiler threads' CPU milliseconds ({@code /proc/self/task}); where there is no
     * /proc, the JVM's elapsed compilation time, which overstates the compilers' work on a loaded machine.
     */
    static LongSupplier compilerCpuMillis() {
        if (Files.isDirectory(Path.of("/proc/self/task"))) {
            return TimingEvents::jitMillis;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return () -> 0L;
        }
        return jit::getTotalCompilationTime;
    }
}
