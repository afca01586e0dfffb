/** Timing helpers for the benchmark: warm-up, then the median of several timed batches. */

export interface Measure {
  /** Median time of one call, in nanoseconds. */
  readonly nsPerCall: number;
}

/** Runs `fn` `calls` times per batch, `batches` times after a warm-up; returns the median per call. */
export function measure(fn: () => unknown, calls: number, batches = 7): Measure {
  let sink: unknown;
  for (let i = 0; i < Math.min(calls, 1000); i++) sink = fn();
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) sink = fn();
    times.push(Number(process.hrtime.bigint() - t0) / calls);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  times.sort((a, b) => a - b);
  return { nsPerCall: times[Math.floor(times.length / 2)] ?? NaN };
}

/**
 * Measures `a` and `b` in alternating batches (a, b, a, b…), so that a machine whose load changes
 * during the run weighs on both alike; returns the median time per call of each.
 */
export function measurePair(a: () => unknown, b: () => unknown, calls: number, batches = 9): [Measure, Measure] {
  let sink: unknown;
  for (let i = 0; i < Math.min(calls, 1000); i++) {
    sink = a();
    sink = b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let k = 0; k < batches; k++) {
    for (const [fn, times] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) sink = fn();
      times.push(Number(process.hrtime.bigint() - t0) / calls);
    }
  }
  if (sink === Symbol.for("never")) console.log(sink);
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
  return [{ nsPerCall: median(ta) }, { nsPerCall: median(tb) }];
}

/** Human-readable duration. */
export function formatNs(ns: number): string {
  if (ns < 1_000) return `${ns.toFixed(0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(2)} µs`;
  if (ns < 1_000_000_000) return `${(ns / 1_000_000).toFixed(2)} ms`;
  return `${(ns / 1_000_000_000).toFixed(2)} s`;
}

export { seededRandom } from "../sandbox/random";
