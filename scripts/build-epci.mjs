// `npm run epci`: reduces @etalab/decoupage-administratif (12 MB of JSON, never bundled) to the
// compact module src/domain/epci/data.generated.ts that the add-in decodes at run time
// (src/domain/epci/decode.ts reads the format described in the generated file's header).
//
//   node scripts/build-epci.mjs           writes the module
//   node scripts/build-epci.mjs --stdout  prints it (the jest test compares it with the committed file)
//   node scripts/build-epci.mjs --check   exits 1 when the committed file is out of date
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(root, "src/domain/epci/data.generated.ts");
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve("@etalab/decoupage-administratif/package.json"));
const readJson = (file) => JSON.parse(readFileSync(path.join(pkgDir, file), "utf8"));

const B36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const fail = (message) => {
  throw new Error(`build-epci : ${message}`);
};
/** Code prefix: the département part of an INSEE code ("06", "2A", "971"). */
const prefixOf = (code) => (code.startsWith("97") || code.startsWith("98") ? code.slice(0, 3) : code.slice(0, 2));
const base36 = (n) => n.toString(36);

/** The package's EPCI (sorted by SIREN), its communes, and the EPCI rank of each member commune, checked. */
function readPackage() {
  const communes = readJson("data/communes.json");
  for (const c of communes) {
    if (!/^[0-9][0-9AB][0-9]{3}$/.test(c.code)) fail(`code commune inattendu ${c.code}`);
    if (/[;|]/.test(c.nom)) fail(`nom de commune avec un séparateur : ${c.nom}`);
  }
  const epci = [...readJson("data/epci.json")].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (epci.length > 36 * 36) fail("trop d'EPCI pour deux chiffres en base 36");
  const epciIndex = new Map(epci.map((e, i) => [e.code, i]));
  const epciOf = new Map();
  for (const e of epci) {
    if (!/^\d{9}$/.test(e.code) || /[;|]/.test(e.nom) || /[;|]/.test(e.type)) fail(`EPCI inattendu ${e.code}`);
    for (const m of e.membres) {
      if (epciOf.has(m.code)) fail(`commune ${m.code} dans deux EPCI`);
      epciOf.set(m.code, epciIndex.get(e.code));
    }
  }
  const actuelles = communes.filter((c) => c.type === "commune-actuelle");
  const current = new Set(actuelles.map((c) => c.code));
  for (const code of epciOf.keys()) if (!current.has(code)) fail(`membre ${code} absent des communes actuelles`);
  return { epci, communes, actuelles, current, epciOf };
}

/** Aliases: old or secondary code → current commune, with the names the package gives. */
function readAliases(communes, actuelles, current) {
  const aliases = new Map();
  const addAlias = (code, to, nom) => {
    if (!current.has(to)) fail(`${code} renvoie à ${to}, qui n'est pas une commune actuelle`);
    const seen = aliases.get(code);
    if (seen && seen.to !== to) fail(`${code} renvoie à ${seen.to} et à ${to}`);
    if (seen) {
      if (nom !== "" && !seen.noms.includes(nom)) seen.noms.push(nom);
      return;
    }
    if (current.has(code) && code !== to) fail(`${code} est une commune actuelle et renvoie à ${to}`);
    aliases.set(code, { to, noms: nom === "" ? [] : [nom] });
  };
  for (const c of communes) {
    if (c.type === "commune-deleguee" || c.type === "commune-associee") addAlias(c.code, c.chefLieu, c.nom);
    else if (c.type === "arrondissement-municipal") addAlias(c.code, c.commune, c.nom);
    else if (c.type !== "commune-actuelle") fail(`type de commune inconnu ${c.type}`);
  }
  // An old code also listed as a déléguée or associée (2 cases in v6, e.g. 55273) keeps that entry:
  // it describes the commune as it stands, `anciensCodes` its history.
  for (const c of actuelles) {
    for (const old of c.anciensCodes ?? []) if (!current.has(old) && !aliases.has(old)) addAlias(old, c.code, "");
  }
  return aliases;
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.nom < b.nom ? -1 : a.nom > b.nom ? 1 : 0);

/** Current communes and aliases grouped by code prefix, each group sorted by code then name. */
function groupByPrefix(actuelles, aliases) {
  const groups = new Map();
  const group = (prefix) => {
    let g = groups.get(prefix);
    if (!g) groups.set(prefix, (g = { communes: [], aliases: [] }));
    return g;
  };
  for (const c of actuelles) group(prefixOf(c.code)).communes.push(c);
  for (const [code, a] of aliases) {
    for (const nom of a.noms.length > 0 ? a.noms : [""]) group(prefixOf(code)).aliases.push({ code, to: a.to, nom });
  }
  for (const g of groups.values()) {
    g.communes.sort(byCode);
    g.aliases.sort(byCode);
  }
  return groups;
}

/** Fields 2 and 4: the prefix's EPCI in order of first appearance, and one character per commune. */
function epciFields(prefix, communes, epciOf) {
  const local = [];
  const localIndex = new Map();
  let epciChars = "";
  for (const c of communes) {
    const e = epciOf.get(c.code);
    if (e === undefined) {
      epciChars += "-";
      continue;
    }
    if (!localIndex.has(e)) {
      if (local.length >= 36) fail(`plus de 36 EPCI dans ${prefix}`);
      localIndex.set(e, local.length);
      local.push(e);
    }
    epciChars += B36[localIndex.get(e)];
  }
  return { local: local.map(base36).join(","), epciChars };
}

/** Field 3: runs of consecutive codes, first suffix, then (length − 1) in base 36 when above 1. */
function codeRuns(prefix, communes) {
  const width = 5 - prefix.length;
  const runs = [];
  let start = -1;
  let last = -2;
  const flush = () => {
    if (start < 0) return;
    runs.push(String(start).padStart(width, "0") + (last > start ? base36(last - start) : ""));
  };
  for (const c of communes) {
    const n = Number(c.code.slice(prefix.length));
    if (!Number.isInteger(n)) fail(`suffixe non numérique ${c.code}`);
    if (n !== last + 1) {
      flush();
      start = n;
    }
    last = n;
  }
  flush();
  return runs.join(",");
}

/** One line of COMMUNES_DATA; names front-coded (shared prefix length with the previous, base 36, at most 35). */
function prefixLine(prefix, g, epciOf) {
  const { local, epciChars } = epciFields(prefix, g.communes, epciOf);
  let previous = "";
  const names = g.communes.map((c) => {
    let k = 0;
    while (k < 35 && k < c.nom.length && k < previous.length && c.nom[k] === previous[k]) k++;
    previous = c.nom;
    return B36[k] + c.nom.slice(k);
  });
  const aliasText = g.aliases.map((a) => {
    const suffix = a.code.slice(prefix.length);
    const to = a.to === a.code ? "=" : prefixOf(a.to) === prefix ? a.to.slice(prefix.length) : `~${a.to}`;
    return suffix + to + a.nom;
  });
  return [prefix, local, codeRuns(prefix, g.communes), epciChars, names.join("|"), aliasText.join("|")].join(";");
}

/** Builds the module's text from the package's data. */
export function buildModule() {
  const version = readJson("package.json").version;
  const { epci, communes, actuelles, current, epciOf } = readPackage();
  const groups = groupByPrefix(actuelles, readAliases(communes, actuelles, current));
  const lines = [...groups.keys()].sort().map((prefix) => prefixLine(prefix, groups.get(prefix), epciOf));
  return moduleText(version, epci, lines);
}

/** The generated module: its header (the format), the EPCI and the communes. */
function moduleText(version, epci, lines) {
  const epciLines = epci.map((e) => `${e.code};${e.type};${e.nom}`);
  const str = (s) => JSON.stringify(s);
  return `// GÉNÉRÉ par scripts/build-epci.mjs depuis @etalab/decoupage-administratif ${version} : ne pas modifier à la main.
// Pour régénérer après une mise à jour du paquet : npm run epci (le test test/domain/epci/data.test.ts
// échoue tant que ce fichier ne correspond pas au paquet installé).
//
// Format (décodé par src/domain/epci/decode.ts) :
// - EPCI_DATA : un EPCI par chaîne, triés par SIREN : « SIREN;TYPE;nom ». Leur rang (base 36) est
//   l'indice utilisé dans COMMUNES_DATA.
// - COMMUNES_DATA : une chaîne par préfixe de code INSEE (département : « 06 », « 2A », « 971 »),
//   six champs séparés par « ; » ; le suffixe d'un code a 5 − longueur(préfixe) chiffres :
//   1. le préfixe ;
//   2. les EPCI du préfixe : rangs dans EPCI_DATA en base 36, séparés par « , » ;
//   3. les codes des communes actuelles, par plages de codes consécutifs séparées par « , » :
//      suffixe du premier code, puis (longueur − 1) en base 36 quand la plage en a plusieurs ;
//   4. un caractère par commune, dans l'ordre des codes : son EPCI (rang base 36 dans le champ 2),
//      ou « - » pour une commune sans EPCI (îles mono-communales, collectivités d'outre-mer) ;
//   5. les noms des communes, séparés par « | », chacun précédé d'un caractère base 36 : le nombre
//      de caractères qu'il partage au début avec le nom précédent, suivi du reste du nom ;
//   6. les anciens codes et codes secondaires (communes déléguées, associées, arrondissements
//      municipaux, anciens codes de communes fusionnées), séparés par « | » : suffixe de l'ancien
//      code, puis la commune actuelle (« = » même code, « ~ » suivi du code complet hors de ce
//      préfixe, sinon son suffixe), puis le nom de l'ancienne commune s'il est connu.
export const SOURCE = ${str(`@etalab/decoupage-administratif ${version}`)};

export const EPCI_DATA: readonly string[] = [
${epciLines.map((l) => `  ${str(l)},`).join("\n")}
];

export const COMMUNES_DATA: readonly string[] = [
${lines.map((l) => `  ${str(l)},`).join("\n")}
];
`;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = buildModule();
  if (process.argv.includes("--stdout")) {
    process.stdout.write(text);
  } else if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(target, "utf8");
    } catch {
      // absent: out of date
    }
    if (committed !== text) {
      console.error(`${path.relative(root, target)} n'est pas à jour : lancez npm run epci.`);
      process.exit(1);
    }
    console.log(`${path.relative(root, target)} est à jour (${Buffer.byteLength(text)} octets).`);
  } else {
    writeFileSync(target, text);
    console.log(`${path.relative(root, target)} écrit : ${Buffer.byteLength(text)} octets.`);
  }
}
