#!/usr/bin/env node
/**
 * Validation hors ligne du manifeste contre les XSD officiels (appforoffice 1.1 et ses types).
 *
 *   node scripts/check-manifest.mjs        (ou : npm run manifest:check)
 *
 * Valide manifest.xml et, s'il existe (après npm run build), dist/manifest.xml, avec xmllint et les
 * schémas de <racine>/../shared/manifest-xsd. Ces schémas vivent à côté du projet, pas dedans : s'ils
 * sont absents, la vérification est sautée (code 0). S'ils sont présents, xmllint est exigé.
 * (`office-addin-manifest validate` interroge un service de Microsoft : inutilisable hors ligne.)
 *
 * Codes de sortie : 0 = valide ou vérification sautée ; 1 = manifeste invalide, fichier absent ou
 * xmllint manquant.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const xsdDir = resolve(root, "..", "shared", "manifest-xsd");
const schema = join(xsdDir, "OfficeAppManifestV1_1.xsd");

if (!existsSync(xsdDir)) {
  console.log(
    `Vérification hors ligne du manifeste sautée : schémas XSD absents (${xsdDir}).`,
  );
  process.exit(0);
}
if (!existsSync(schema)) {
  console.error(`Schéma introuvable : ${schema} (le dossier ${xsdDir} est incomplet).`);
  process.exit(1);
}

const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (probe.error) {
  console.error(
    "xmllint est introuvable : installez-le avec « apt-get install -y libxml2-utils » " +
      "(ou lancez « bash .ci/run »), puis relancez la vérification du manifeste.",
  );
  process.exit(1);
}

const files = [join(root, "manifest.xml")];
const built = join(root, "dist", "manifest.xml");
if (existsSync(built)) files.push(built);

let failures = 0;
for (const file of files) {
  const name = relative(root, file);
  if (!existsSync(file)) {
    console.error(`✗ ${name} : fichier introuvable.`);
    failures += 1;
    continue;
  }
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], {
    encoding: "utf8",
  });
  if (run.status === 0) {
    console.log(`✓ ${name} est valide selon le schéma du manifeste Office (${relative(root, schema)}).`);
  } else {
    failures += 1;
    console.error(`✗ ${name} n'est pas valide selon le schéma du manifeste Office (code xmllint ${run.status}) :`);
    const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
    if (output) console.error(output);
  }
}

if (failures > 0) {
  console.error(`${failures} manifeste(s) invalide(s).`);
  process.exit(1);
}
