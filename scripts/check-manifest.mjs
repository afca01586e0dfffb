#!/usr/bin/env node
/**
 * Validation hors ligne du manifeste contre les XSD officiels (appforoffice 1.1 et ses types).
 *
 *   node scripts/check-manifest.mjs        (ou : npm run manifest:check)
 *
 * Valide manifest.xml et, s'ils existent, dist/manifest.xml (après npm run build) et
 * deploy/manifest.xml (après npm run deploy), avec xmllint et les schémas que le projet porte dans
 * scripts/manifest-xsd/ (scripts/deploy/xsd.cjs). xmllint est exigé : sans lui, la vérification
 * échoue en disant comment l'installer.
 * (`office-addin-manifest validate` interroge un service de Microsoft : inutilisable hors ligne.)
 *
 * Codes de sortie : 0 = valide ; 1 = manifeste invalide, fichier absent ou xmllint manquant.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { validateManifest, hasXmllint, HOW_TO_GET_XMLLINT, SCHEMA } = createRequire(import.meta.url)("./deploy/xsd.cjs");

if (!hasXmllint()) {
  console.error(
    `xmllint est introuvable : installez-le, puis relancez la vérification du manifeste. ${HOW_TO_GET_XMLLINT}`,
  );
  process.exit(1);
}

const files = [join(root, "manifest.xml")];
for (const built of [join(root, "dist", "manifest.xml"), join(root, "deploy", "manifest.xml")]) {
  if (existsSync(built)) files.push(built);
}

let failures = 0;
for (const file of files) {
  const name = relative(root, file);
  if (!existsSync(file)) {
    console.error(`✗ ${name} : fichier introuvable.`);
    failures += 1;
    continue;
  }
  const result = validateManifest(file);
  if (result.status === "valide") {
    console.log(`✓ ${name} est valide selon le schéma du manifeste Office (${relative(root, SCHEMA)}).`);
  } else {
    failures += 1;
    console.error(`✗ ${name} n'est pas valide selon le schéma du manifeste Office :`);
    if (result.output) console.error(result.output);
  }
}

if (failures > 0) {
  console.error(`${failures} manifeste(s) invalide(s).`);
  process.exit(1);
}
