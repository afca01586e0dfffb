/**
 * From the deployment build (scripts/deploy/build.cjs) to the folder a DSI hosts: the addresses
 * rewritten to the organisation's, the manifest written with its identity, version and namespace,
 * the namespace shown by the help page and the pane, and IIS's web.config; then the checks that the
 * folder holds exactly what the manifest names, no development address, no source map, no sandbox.
 * See docs/deploiement.md.
 */
const fs = require("node:fs");
const path = require("node:path");
const { inNamespace, rewriteManifest } = require("../addin-identity.cjs");

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
/** Files served with their own name (the manifest or Office name them): Cache-Control: no-cache. */
const STABLE =
  /^(taskpane\.html|functions\.js|functions\.json|help\.html|assets\/[^/]+\.png|manifest\.xml|web\.config)$/;
/** Bundles named by content hash: cached for a year. */
const HASHED = /^js\/[\w-]+\.[0-9a-f]{8}\.js(\.LICENSE\.txt)?$/;

/** Every file under `dir`, as « a/b.js » paths, sorted. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

/** The deployed manifest: the source's development comment replaced by what this folder is. */
function deployedManifest(options) {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  // No address in the comment: an address may hold « -- » (xn-- in an accented domain), which ends an XML comment.
  const header =
    `<!--\n  GEF : manifeste de déploiement écrit par « npm run deploy », version ${options.identity.version}, ` +
    `espace de noms ${options.identity.espace}.\n  À charger dans le Centre d'administration Microsoft 365 ` +
    `(Applications intégrées) ; les adresses ci-dessous sont celles du dossier hébergé.\n-->`;
  const body = source.replace(/<!--[\s\S]*?-->/g, (comment, offset) =>
    offset < source.indexOf("<OfficeApp") ? "" : comment,
  );
  const xml = body.replace(/(<\?xml[^>]*\?>)\s*/, `$1\n${header}\n`);
  return rewriteManifest(xml, DEV_URL, options.url, options.identity);
}

/** A built file's text as deployed, or null when it is copied as it is. */
function rewritten(rel, text, options) {
  const espace = options.identity.espace;
  if (rel === "functions.json") return inNamespace(text.split(DEV_URL).join(options.url), espace);
  if (rel === "help.html") return inNamespace(text.split(DEV_URL).join(options.url), espace);
  if (rel === "taskpane.html") {
    // The minified page may write the attributes without quotes: <meta name=gef-espace content=GEF>.
    const meta = /<meta name="?gef-espace"? content="?[A-Z0-9_]*"?/;
    if (!meta.test(text)) throw new Error("taskpane.html : balise gef-espace introuvable.");
    return text.replace(meta, `<meta name="gef-espace" content="${espace}"`);
  }
  return null;
}

/** Writes the deployment folder `out` (which must not exist) from the build in `built`. */
function assemble(built, out, options) {
  fs.mkdirSync(out, { recursive: true });
  for (const rel of listFiles(built)) {
    if (rel.endsWith(".map") || rel === "manifest.xml") continue;
    const from = path.join(built, ...rel.split("/"));
    const to = path.join(out, ...rel.split("/"));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    const text = /\.(html|json)$/.test(rel) ? rewritten(rel, fs.readFileSync(from, "utf8"), options) : null;
    if (text === null) fs.copyFileSync(from, to);
    else fs.writeFileSync(to, text);
  }
  fs.writeFileSync(path.join(out, "manifest.xml"), deployedManifest(options));
  fs.copyFileSync(path.join(ROOT, "docs", "deploiement", "web.config"), path.join(out, "web.config"));
}

/** The addresses the manifest names, as paths relative to `url` (null for an address elsewhere). */
function namedFiles(xml, url) {
  const found = new Set();
  for (const m of xml.matchAll(/DefaultValue="(https:\/\/[^"#?]+)[^"]*"/g)) {
    const address = m[1] ?? "";
    found.add(address.startsWith(url) ? address.slice(url.length) : `(hors de ${url}) ${address}`);
  }
  return [...found].sort();
}

/** What is wrong with the folder `out`, in French; empty when it can be hosted. */
function checkFolderContent(out, url) {
  const problems = [];
  const files = listFiles(out);
  const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  for (const rel of namedFiles(xml, url)) {
    if (!files.includes(rel)) problems.push(`le manifeste nomme ${rel}, absent du dossier`);
  }
  for (const rel of files) {
    if (!STABLE.test(rel) && !HASHED.test(rel)) problems.push(`fichier imprévu : ${rel}`);
    if (/\.map$|bac-a-sable|office-js\//.test(rel)) problems.push(`fichier de développement : ${rel}`);
    if (fs.readFileSync(path.join(out, ...rel.split("/"))).includes("localhost"))
      problems.push(`${rel} contient « localhost »`);
  }
  return problems;
}

module.exports = { assemble, checkFolderContent, listFiles, namedFiles, STABLE, HASHED };
