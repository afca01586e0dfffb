/**
 * Offline validation of a manifest against the Office add-in manifest schemas that the project
 * carries (scripts/manifest-xsd/, see its README), with xmllint (libxml2). Used by `npm run deploy`
 * and `npm run manifest:check`; nothing is sent anywhere (`npm run validate` is the online check).
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const XSD_DIR = path.resolve(__dirname, "..", "manifest-xsd");
const SCHEMA = path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd");

/** How to get xmllint, per system. */
const HOW_TO_GET_XMLLINT =
  "Linux : « apt-get install -y libxml2-utils » (ou « bash .ci/run ») ; macOS : xmllint est fourni avec le système ; " +
  "Windows : installez libxml2 (par exemple avec MSYS2 : « pacman -S libxml2 ») ou lancez la commande sous WSL.";

/** True when xmllint answers. */
function hasXmllint() {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !probe.error;
}

/**
 * Validates `file`: { status: "valide" } | { status: "invalide", output } | { status: "sans-xmllint" }.
 * Throws if the project's schemas are missing (a broken checkout, not a user's mistake).
 */
function validateManifest(file) {
  if (!fs.existsSync(SCHEMA))
    throw new Error(`Schéma introuvable : ${SCHEMA} (dossier scripts/manifest-xsd incomplet).`);
  if (!hasXmllint()) return { status: "sans-xmllint" };
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.status === 0) return { status: "valide" };
  return { status: "invalide", output: `${run.stdout ?? ""}${run.stderr ?? ""}`.trim() };
}

module.exports = { validateManifest, hasXmllint, HOW_TO_GET_XMLLINT, SCHEMA, XSD_DIR };
