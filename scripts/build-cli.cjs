/**
 * The `gef` command as one compiled file: build/gef.cjs, bundled by esbuild from src/cli/main.ts.
 *
 * bin/gef.cjs (package.json's bin) runs that file. It is built by `npm run build`, and on demand
 * by bin/gef.cjs itself when it is missing or older than one of its sources, so that `npx gef`
 * works on a fresh clone right after `npm ci`, and after any edit of src/. tsx stays for
 * development (npm run bench:cli, tests import the sources).
 *
 * exceljs stays in node_modules and is required on first use only (a lazy module stands for it), so
 * `gef --aide` or a mistyped argument answer without loading it: it costs more than the rest of gef.
 *
 *   node scripts/build-cli.cjs      builds build/gef.cjs (and build/gef.inputs.json, its sources)
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "build");
const BUNDLE = path.join(OUT_DIR, "gef.cjs");
const INPUTS = path.join(OUT_DIR, "gef.inputs.json");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");

/** Stands for a package whose default import is only used as `Pkg.Member`: loaded on first access. */
const lazyModule = (name) => `
let real;
const load = () => (real ??= require(${JSON.stringify(name)}));
module.exports = new Proxy({}, {
  get: (_target, key) => (key === "__esModule" ? undefined : load()[key]),
  has: (_target, key) => key in load(),
});
`;

/** esbuild plugin: `import X from "exceljs"` in GEF's sources gets the lazy module. */
const lazyPackages = (names) => ({
  name: "gef-lazy-packages",
  setup(build) {
    const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === "gef-lazy" ? { path: args.path, external: true } : { path: args.path, namespace: "gef-lazy" },
    );
    build.onLoad({ filter: /.*/, namespace: "gef-lazy" }, (args) => ({
      contents: lazyModule(args.path),
      loader: "js",
    }));
  },
});

/** Builds build/gef.cjs; resolves to its path. Writes through a temporary file (two gef may race). */
async function buildCli() {
  const { build } = require("esbuild");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile: tmp,
    metafile: true,
    minifySyntax: true,
    minifyWhitespace: true,
    logLevel: "error",
    plugins: [lazyPackages(["exceljs"])],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes(":"))
    .map((f) => path.resolve(ROOT, f));
  fs.writeFileSync(`${INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
  fs.renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
  fs.renameSync(tmp, BUNDLE);
  return BUNDLE;
}

/** True when build/gef.cjs exists and none of its sources is newer (a few stat calls). */
function isFresh() {
  let built;
  let inputs;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
  } catch {
    return false;
  }
  for (const file of inputs) {
    try {
      if (fs.statSync(file).mtimeMs > built) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Path of an up-to-date build/gef.cjs, built first when needed. */
async function ensureCli() {
  return isFresh() ? BUNDLE : buildCli();
}

module.exports = { buildCli, ensureCli, BUNDLE };

if (require.main === module) {
  buildCli().then(
    () => console.log(`gef compilé : ${path.relative(ROOT, BUNDLE)}`),
    (error) => {
      console.error(`gef : compilation impossible : ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
