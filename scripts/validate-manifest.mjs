#!/usr/bin/env node
/**
 * `npm run validate`: Microsoft's online validation of the deployed manifest (deploy/manifest.xml),
 * for an administrator with network access before publishing. It sends the manifest to Microsoft's
 * validation service (`office-addin-manifest validate`, run with usage data off by
 * scripts/office-addin-tools.cjs): not part of CI, which validates offline (xmllint and the XSD of
 * scripts/manifest-xsd/, by npm run deploy and npm run manifest:check).
 *
 *   npm run deploy -- --url https://complements.exemple.fr/gef/ && npm run validate
 *   npm run validate -- autre/manifest.xml
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = resolve(process.argv[2] ?? resolve(root, "deploy", "manifest.xml"));
if (!existsSync(manifest)) {
  console.error(
    `Manifeste introuvable : ${manifest}. Construisez d'abord le dossier de déploiement pour son adresse, par exemple :\n` +
      `  npm run deploy -- --url https://complements.exemple.fr/gef/\npuis relancez npm run validate.`,
  );
  process.exit(2);
}
console.log(`Validation en ligne par le service de Microsoft (réseau requis) : ${manifest}`);
const { runOfficeAddinTool } = createRequire(import.meta.url)("./office-addin-tools.cjs");
const run = runOfficeAddinTool("office-addin-manifest", ["validate", manifest], { stdio: "inherit" });
if (run.error) {
  console.error(`Validation impossible : ${run.error.message}`);
  process.exit(2);
}
process.exit(run.status ?? 2);
