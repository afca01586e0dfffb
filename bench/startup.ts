/**
 * Start-up of `gef --aide`: the compiled bundle (bin/gef.cjs → build/gef.cjs) against the former way,
 * the TypeScript sources through tsx, and a bare `node -e 0` for the floor. Wall time of a whole
 * process, median of several runs.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function wall(args: string[], runs: number, cwd: string): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} : code ${r.status ?? "?"}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface Startup {
  readonly bundleMs: number;
  readonly tsxMs: number;
  readonly nodeMs: number;
}

export function measureStartup(root: string, runs = 7): Startup {
  const bin = path.join(root, "bin", "gef.cjs");
  wall([bin, "--aide"], 1, root); // builds build/gef.cjs if missing or stale
  return {
    bundleMs: wall([bin, "--aide"], runs, root),
    tsxMs: wall(
      [
        "-e",
        'require("tsx/cjs"); require("./src/cli/main.ts").main(["--aide"], { out() {}, err() {}, interactive: false, status() {} })',
      ],
      Math.max(3, Math.floor(runs / 2)),
      root,
    ),
    nodeMs: wall(["-e", "0"], runs, root),
  };
}
