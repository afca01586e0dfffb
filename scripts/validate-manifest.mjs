#!/usr/bin/env node
/**
 * `npm run validate`: Microsoft's online validation of the built manifest (dist/manifest.xml), for an
 * administrator with network access before publishing. It sends the manifest to Microsoft's
 * validation service (`office-addin-manifest validate`): not part of CI, which validates offline
 * (npm run manifest:check, xmllint and the XSD).
 *
 *   ADDIN_URL=https://complements.exemple.fr/gef/ npm run build && npm run validate
 *   npm run validate -- autre/manifest.xml
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = resolve(process.argv[2] ?? resolve(root, "dist", "manifest.xml"));
if (!existsSync(manifest)) {
  console.error(
    `Manifeste introuvable : ${manifest}. Construisez d'abord le complément pour son adresse, par exemple :\n` +
      `  ADDIN_URL=https://complements.exemple.fr/gef/ npm run build\npuis relancez npm run validate.`,
  );
  process.exit(2);
}
console.log(`Validation en ligne par le service de Microsoft (réseau requis) : ${manifest}`);
const cli = createRequire(import.meta.url).resolve("office-addin-manifest/cli.js");
const run = spawnSync(process.execPath, [cli, "validate", manifest], { stdio: "inherit" });
if (run.error) {
  console.error(`Validation impossible : ${run.error.message}`);
  process.exit(2);
}
process.exit(run.status ?? 2);
