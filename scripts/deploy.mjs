#!/usr/bin/env node
/**
 * `npm run deploy -- --url https://complements.exemple.fr/gef/ [--version 1.2.0] [--id GUID]
 * [--nom …] [--editeur …] [--espace GEF] [--dossier deploy]`: the folder a DSI hosts, and its
 * manifest, validated offline. Plain Node, the same on Windows, macOS and Linux.
 *
 * Exit codes: 0 = folder written (and validated, or xmllint missing: said so); 1 = build or checks
 * failed (the former folder is left as it was); 2 = options refused (nothing written).
 * See README « Déploiement par la DSI » and docs/deploiement.md.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { readOptions, DeployRefusal, USAGE } = require("./deploy/options.cjs");
const { assemble, checkFolderContent, listFiles, STABLE } = require("./deploy/assemble.cjs");
const { validateManifest, HOW_TO_GET_XMLLINT } = require("./deploy/xsd.cjs");

function fail(message, code) {
  console.error(message);
  process.exit(code);
}

let options;
try {
  const packageVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  options = readOptions(process.argv.slice(2), { root, packageVersion });
} catch (error) {
  if (error instanceof DeployRefusal) fail(`${error.message}\nRien n'a été écrit.`, 2);
  throw error;
}
if (options.aide) {
  console.log(USAGE);
  process.exit(0);
}

const { url, identity, folder } = options;
if (identity.espace !== "GEF" && identity.id === undefined) {
  console.warn(
    `⚠ --espace ${identity.espace} sans --id : cette copie garde l'Id du manifeste de GEF, et Microsoft 365 la prendrait ` +
      `pour la même application que la copie de production. Donnez-lui son propre Id, par exemple --id ${randomUUID()}, ` +
      `et un nom à elle (--nom "GEF – essai").`,
  );
}
console.log(`Construction de GEF ${identity.version} pour ${url} (espace de noms ${identity.espace})…`);
// Loaded only now: a refused option answers at once, without loading webpack.
const { buildBundles } = require("./deploy/build.cjs");
const staging = mkdtempSync(join(tmpdir(), "gef-deploy-"));
const partial = `${folder}.partiel-${process.pid}`;
try {
  await buildBundles(join(staging, "build"));
  rmSync(partial, { recursive: true, force: true });
  assemble(join(staging, "build"), partial, options);
  const problems = checkFolderContent(partial, url);
  if (problems.length > 0) throw new Error(`Dossier de déploiement incorrect :\n- ${problems.join("\n- ")}`);
  const validation = validateManifest(join(partial, "manifest.xml"));
  if (validation.status === "invalide")
    throw new Error(`manifest.xml n'est pas valide selon les schémas XSD :\n${validation.output}`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(partial, folder);
  report(validation.status);
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  fail(`${error instanceof Error ? error.message : String(error)}\nLe dossier ${folder} n'a pas été modifié.`, 1);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/** What was written, what to upload and where. */
function report(validation) {
  const files = listFiles(folder);
  const size = (rel) => statSync(join(folder, ...rel.split("/"))).size;
  const total = files.reduce((sum, rel) => sum + size(rel), 0);
  const near = relative(process.cwd(), folder);
  const shown = near === "" || near.startsWith("..") ? folder : near;
  console.log(`\nDossier ${shown} : ${files.length} fichiers, ${(total / 1024).toFixed(0)} Kio.`);
  for (const rel of files)
    console.log(
      `  ${rel.padEnd(44)} ${String(size(rel)).padStart(9)} o  ${STABLE.test(rel) ? "no-cache" : "un an (nom haché)"}`,
    );
  console.log(
    validation === "valide"
      ? `\n✓ manifest.xml est valide selon les schémas XSD du manifeste Office (vérifié hors ligne).`
      : `\n⚠ manifest.xml n'a PAS été vérifié contre les schémas XSD : xmllint est introuvable. ${HOW_TO_GET_XMLLINT}\n` +
          `  Ou, avec un accès au réseau : npm run validate -- ${join(shown, "manifest.xml")} (service en ligne de Microsoft).`,
  );
  console.log(`
À faire :
1. Copier tout le contenu de ${shown}/ sur le serveur HTTPS, pour qu'il soit servi à ${url}
   (vérifiez : ${url}taskpane.html doit s'ouvrir dans un navigateur). En-têtes : docs/deploiement.md.
2. Centre d'administration Microsoft 365 > Paramètres > Applications intégrées > Charger des applications
   personnalisées > Complément Office : fournir ${join(shown, "manifest.xml")} (version ${identity.version}).
   Pour une mise à jour : même page, GEF > Mettre à jour, avec ce manifeste (sa version doit être plus grande).
3. Gardez une copie de ce dossier : c'est lui qu'il faudra republier (avec une version plus grande) pour revenir en arrière.`);
}
