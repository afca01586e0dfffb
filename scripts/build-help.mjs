// Help generated from one source: the JSDoc of src/functions/functions.ts and
// src/functions/functions-help.ts give the functions part of src/help/help.html,
// src/taskpane/functions-list.ts and README.md's table (between `gef-genere` markers).
//   node scripts/build-help.mjs           rewrites the files that drifted (npm run help)
//   node scripts/build-help.mjs --check   exits 1 naming the files out of date (npm run help:check)
// The generator is TypeScript (scripts/help/), compiled here in memory by esbuild.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = await build({
  entryPoints: [path.join(root, "scripts/help/generate.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  write: false,
  external: ["typescript"],
  logLevel: "error",
});
const require = createRequire(path.join(root, "scripts/help/generate.ts"));
const module = { exports: {} };
new Function("module", "exports", "require", bundle.outputFiles[0].text)(module, module.exports, require);
const { generateOutputs } = module.exports;

const check = process.argv.includes("--check");
const outdated = [];
for (const output of generateOutputs(root)) {
  const file = path.join(root, output.path);
  if (readFileSync(file, "utf8") === output.content) continue;
  outdated.push(output.path);
  if (!check) writeFileSync(file, output.content);
}
if (check && outdated.length > 0) {
  console.error(`Aide des fonctions pas à jour : ${outdated.join(", ")}. Lancez « npm run help ».`);
  process.exit(1);
}
console.log(outdated.length === 0 ? "Aide des fonctions à jour." : `Régénéré : ${outdated.join(", ")}.`);
