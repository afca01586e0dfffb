// `npm run bench:cli`: bundles bench/cli.ts with esbuild (scope-hoisted, as `gef` ships: calls
// between modules are direct, which the per-byte reader depends on) and runs it. The bundle is
// written into bench/cli-scratch/ (ignored by git) so that its packages resolve from node_modules;
// each measure forks that bundle, and the parent removes it on exit.
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.join(root, "bench", "cli-scratch");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `bench-cli-${process.pid}.mjs`);
await build({
  entryPoints: [path.join(root, "bench/cli.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: file,
  logLevel: "warning",
});
process.on("exit", () => rmSync(file, { force: true }));
process.argv[1] = file;
await import(pathToFileURL(file).href);
