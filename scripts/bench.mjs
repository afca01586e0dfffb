// `npm run bench`: bundles bench/index.ts with esbuild (scope-hoisted, as the production webpack
// build is, so calls between domain modules are direct) and runs it.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(path.join(tmpdir(), "gef-bench-"));
const file = path.join(out, "bench.mjs");
try {
  await build({
    entryPoints: [path.join(root, "bench/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    logLevel: "warning",
  });
  await import(pathToFileURL(file).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
