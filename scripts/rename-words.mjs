#!/usr/bin/env node
/**
 * One-shot renaming to the naming rule of README.md « Nommage »: the domain's words in French
 * (logement, mouvement, repartition, categorie, modele), the plumbing in English (read, write, sheet,
 * row, column, cell…). Runs once on the merged tree, then never again (a second run changes nothing).
 *
 *   node scripts/rename-words.mjs            # rename identifiers, then files, then fix references
 *   node scripts/rename-words.mjs --dry-run  # print what would change, write nothing
 *   node scripts/rename-words.mjs --no-verify  # skip the type check of the result (faster)
 *
 * How: TypeScript's LanguageService on the tsconfig program. Every identifier DECLARED in our files
 * whose name contains a word of WORDS is renamed with `findRenameLocations` (all its uses, imports and
 * re-exports included); names declared in node_modules or TypeScript's lib (CSS `gridTemplateColumns`,
 * Excel's API) are never touched, nor what is persisted or public (see KEEP and `persisted()`).
 * First, the deep imports of the domain in src/{functions,excel,taskpane,cli,jobs} become imports of
 * its index (the lint rule), the index exporting what they need: done here, after the merge, so that
 * it conflicts with no branch.
 * Then files and folders whose name holds such a word are moved (`getEditsForFileRename` updates the
 * imports, `git mv` keeps the history) and the non-TS files naming them are updated.
 * Safety: a name that would collide with another one in the same scope or type stops the script with
 * the list (add an entry to EXPLICIT to settle it); the result is type-checked in memory before
 * anything is written, and any new compiler error stops the script too.
 */
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const ts = require("typescript");

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const args = new Set(process.argv.slice(2));
const DRY = args.has("--dry-run");
const VERIFY = !args.has("--no-verify");

// ---------------------------------------------------------------------------------------------
// The rule, as data.

/** English words of the domain → the users' French word (any identifier, constants included). */
const DOMAIN_WORDS = {
  dwelling: "logement",
  dwellings: "logements",
  movement: "mouvement",
  movements: "mouvements",
  breakdown: "repartition",
  breakdowns: "repartitions",
  category: "categorie",
  template: "modele",
  templates: "modeles",
};

/**
 * French plumbing words → English (camelCase and PascalCase identifiers only: UPPER_SNAKE constants
 * are codes or French labels, and an identifier holding a French grammatical word, listed in
 * FRENCH_PHRASE, is a phrase of the domain and stays whole rather than become half-English).
 */
const PLUMBING_WORDS = {
  lire: "read",
  lu: "read",
  lue: "read",
  lus: "read",
  lues: "read",
  ecrire: "write",
  ecrit: "written",
  ecrites: "written",
  conservees: "kept",
  fusionnees: "merged",
  assembler: "assemble",
  trouver: "find",
  compter: "count",
  calculer: "compute",
  construire: "build",
  grouper: "group",
  filtrer: "filter",
  lister: "list",
  verifier: "check",
  feuille: "sheet",
  feuilles: "sheets",
  classeur: "workbook",
  classeurs: "workbooks",
  colonne: "column",
  colonnes: "columns",
  cellule: "cell",
  cellules: "cells",
  entete: "header",
  entetes: "headers",
  plage: "range",
  bloc: "block",
  blocs: "blocks",
  resultat: "result",
  erreur: "error",
  erreurs: "errors",
  chemin: "path",
  chemins: "paths",
  premier: "first",
  premiere: "first",
  dernier: "last",
  derniere: "last",
  introuvable: "notFound",
};

/**
 * Words translated inside a compound only (`lireLigne` → `readRow`): alone, `ligne` is the row
 * number as the user reads it in a message (« ligne 12 »), and stays.
 */
const COMPOUND_ONLY = { ligne: "row", lignes: "rows" };

/** French grammatical words: an identifier holding one is a French phrase and is left whole. */
const FRENCH_PHRASE = new Set(["de", "du", "des", "en", "dans", "par", "non", "sans", "avec", "est", "et", "ou", "la", "le", "les", "un", "une", "a", "au", "aux", "sur", "pour", "hors"]);

/**
 * Explicit names, applied before the word rule: the two clashing pairs, and any collision the
 * word rule would create (key: "path#name" of the declaration, or "name" for every declaration).
 */
const EXPLICIT = {
  "src/excel/action-types.ts#HorsModele": "HorsModeleSummary",
  "src/domain/tables/aggregate.ts#HorsModele": "HorsModeleCounts",
  "src/domain/breakdown/aggregate.ts#aggregate": "countRepartition",
  "src/domain/tables/aggregate.ts#aggregateForTemplate": "countEpciFigures",
  // Two Periode: the decompte's keeps the name, the suivi's is exported by the index as PeriodeSuivi.
  "src/domain/suivi/periode.ts#Periode": "PeriodeSuivi",
  // The messages branch's readRow beside the old lireLigne (a row's cells into a LigneLue).
  "etat-des-lieux.ts#lireLigne": "readRowValues",
  // Names the jobs' modules took by the rule, for other functions.
  computeBreakdown: "countSourceRepartition",
  checkTemplate: "diagnoseModele",
  // Breakdown → Repartition would meet the Repartition it holds (and BreakdownResult, of src/excel).
  Breakdown: "ComputedRepartition",
  // Names already used beside them.
  "test/fuzz/arbitraries.ts#cellule": "cellArb",
  "test/fuzz/arbitraries.ts#plage": "rangeArb",
  "bench/cli.ts#templates": "writeModeleFiles",
  // Compounds the word rule would leave half French: English word order for plumbing + domain.
  limiteLignes: "rowLimit",
  lignesDessus: "rowsAbove",
  titresSousEntete: "subHeaderTitles",
  commencerBloc: "startBlock",
  ligneComptes: "countsRow",
  ligneCumul: "cumulRow",
  ligneControle: "controlRow",
  colonneObligatoire: "requiredColumn",
  colonneComptee: "countedColumn",
  OptionsFeuilleAnnuel: "AnnuelSheetOptions",
  OptionsFeuilleBilan: "BilanSheetOptions",
  LigneBilan: "BilanRow",
  LigneSuivi: "SuiviRow",
  LigneObjectif: "ObjectifRow",
  LigneLogement: "LogementRow",
  LigneConsolidee: "ConsolidatedRow",
  lignesTotal: "totalRows",
  ligneTotal: "totalRow",
  lignesCategorie: "categorieRows",
  lignesEntete: "headerRows",
  celluleBilan: "bilanCell",
  celluleTotal: "totalCell",
  ColonneEpci: "EpciColumn",
  colonneFinancement: "financementColumn",
  nbColonnes: "columnCount",
  PourcentagesColonne: "PercentColumn",
  pourcentagesColonne: "percentColumn",
  verifierTotalGeneral: "checkGrandTotal",
  // The command line's commands keep the name the user types (gef verifier).
  verifierCommand: "verifierCommand",
  VerifierOptions: "VerifierOptions",
};

/** EXPLICIT's entry for a declaration: "path#name", then "file.ts#name" (after a move), then "name". */
function explicitName(relPath, name) {
  return EXPLICIT[`${relPath}#${name}`] ?? EXPLICIT[`${path.posix.basename(relPath)}#${name}`] ?? (Object.hasOwn(EXPLICIT, name) ? EXPLICIT[name] : undefined);
}

/** Explicit file moves (before the word rule applies to the folders). */
const EXPLICIT_FILES = {
  "src/domain/breakdown/aggregate.ts": "src/domain/breakdown/count-repartition.ts",
  "test/domain/breakdown/aggregate.test.ts": "test/domain/breakdown/count-repartition.test.ts",
  "src/domain/tables/aggregate.ts": "src/domain/tables/epci-figures.ts",
  "test/domain/tables/aggregate.test.ts": "test/domain/tables/epci-figures.test.ts",
};

/**
 * Kept as they are, whatever the rule says: public or persisted names ("path#name" or "path#*" for a
 * whole file). Parameters and names of the custom functions (Excel shows them), CLI command files,
 * and what `persisted()` finds by itself (JSON written to files, stdout or the workbook settings,
 * parseArgs option keys, Record keys) are kept too.
 */
const KEEP = [
  "src/functions/functions.ts#*", // custom functions: ids, names and parameter names are public (functions.json)
  "src/domain/epci/data.generated.ts#*", // generated by scripts/build-epci.mjs
];

/** Types whose members are data keys (message parameters interpolated by name). */
const KEEP_TYPES = ["DiagnosticParams"];

/** Files that keep their French name: the CLI's command files are named after the command typed. */
const KEEP_FILES = [/^src\/cli\/commands\//, /^test\/cli\//, /^test\/fixtures\//];

/** Non-TS files whose mentions of moved files and folders are updated. */
const TEXT_FILES = ["webpack.config.js", "jest.config.cjs", "package.json", "README.md", "tsconfig.json", "eslint.config.mjs", ".ci/run"];
const TEXT_GLOBS = [/^scripts\/[^/]+\.(mjs|cjs|js)$/];

// ---------------------------------------------------------------------------------------------
// Words.

/** Splits an identifier into words, keeping the separators: `readDwellingsFast` → read|Dwellings|Fast. */
function splitWords(name) {
  if (/^[A-Z0-9_]+$/.test(name) && name.includes("_")) return name.split(/(_)/);
  return name.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(_)/).filter((p) => p !== undefined && p !== "");
}

function withCase(word, like) {
  if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** The name the rule gives (same name when nothing applies). */
export function ruleName(name) {
  const parts = splitWords(name);
  const lower = parts.map((p) => p.toLowerCase());
  const snake = /^[A-Z0-9_]+$/.test(name) && name.length > 1;
  const phrase = lower.some((w) => FRENCH_PHRASE.has(w));
  return parts
    .map((p, i) => {
      const w = lower[i];
      if (Object.hasOwn(DOMAIN_WORDS, w)) return withCase(DOMAIN_WORDS[w], p);
      if (!snake && !phrase && Object.hasOwn(PLUMBING_WORDS, w)) return withCase(PLUMBING_WORDS[w], p);
      if (!snake && !phrase && parts.length > 1 && Object.hasOwn(COMPOUND_ONLY, w)) return withCase(COMPOUND_ONLY[w], p);
      return p;
    })
    .join("");
}

/** A file or folder name by the rule: kebab-case words or PascalCase component names. */
function ruleFileName(base) {
  return base
    .split(/([-.])/)
    .map((seg) => (/^[-.]$/.test(seg) ? seg : ruleName(seg)))
    .join("");
}

// ---------------------------------------------------------------------------------------------
// The program, in memory.

const rel = (f) => path.relative(ROOT, f).split(path.sep).join("/");
const abs = (r) => path.join(ROOT, r);

const parsed = ts.getParsedCommandLineOfConfigFile(abs("tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, "\n")) });
const files = new Map(); // absolute path → { text, version }
for (const f of parsed.fileNames) files.set(f, { text: fs.readFileSync(f, "utf8"), version: 0 });
const removed = new Set();
let projectVersion = 0;

const host = {
  getProjectVersion: () => String(projectVersion),
  getScriptFileNames: () => [...files.keys()],
  getScriptVersion: (f) => String(files.get(f)?.version ?? 0),
  getScriptSnapshot: (f) => {
    const e = files.get(f);
    if (e) return ts.ScriptSnapshot.fromString(e.text);
    if (removed.has(f) || !fs.existsSync(f)) return undefined;
    return ts.ScriptSnapshot.fromString(fs.readFileSync(f, "utf8"));
  },
  getCurrentDirectory: () => ROOT,
  getCompilationSettings: () => parsed.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: (f) => files.has(f) || (!removed.has(f) && ts.sys.fileExists(f)),
  readFile: (f) => files.get(f)?.text ?? (removed.has(f) ? undefined : ts.sys.readFile(f)),
  readDirectory: ts.sys.readDirectory,
  directoryExists: (d) => [...files.keys()].some((f) => f.startsWith(d + path.sep)) || ts.sys.directoryExists(d),
  getDirectories: ts.sys.getDirectories,
};
const ls = ts.createLanguageService(host, ts.createDocumentRegistry());

function fail(message) {
  console.error(`rename-words : ${message}`);
  process.exit(1);
}

const ours = (fileName) => !fileName.includes("/node_modules/") && files.has(fileName);
const keepFile = (r) => KEEP.some((k) => k === `${r}#*`);

// ---------------------------------------------------------------------------------------------
// Persisted and public names: properties of what is written as JSON, option keys, Record keys.

function persistedProperties(program, checker) {
  const kept = new Set(); // symbols
  const seenTypes = new Set();
  const walkType = (type, depth) => {
    if (depth > 12 || seenTypes.has(type)) return;
    seenTypes.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach((t) => walkType(t, depth + 1));
    const elem = checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? checker.getIndexTypeOfType(type, ts.IndexKind.String);
    if (elem) walkType(elem, depth + 1);
    for (const arg of checker.getTypeArguments?.(type) ?? []) walkType(arg, depth + 1);
    if (type.flags & ts.TypeFlags.Object) {
      for (const p of checker.getPropertiesOfType(type)) {
        if (!p.declarations?.some((d) => ours(d.getSourceFile().fileName))) continue;
        kept.add(p);
        const t = checker.getTypeOfSymbol(p);
        walkType(t, depth + 1);
      }
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (!ours(sf.fileName)) continue;
    const visit = (n) => {
      if (ts.isCallExpression(n)) {
        const callee = n.expression.getText(sf);
        // JSON written out (stdout, files, workbook settings) and what is read back from it.
        if (/^JSON\.stringify$/.test(callee) && n.arguments[0]) walkType(checker.getTypeAtLocation(n.arguments[0]), 0);
        // Settings saved through a generic helper: the value's type at each call.
        if (/(^|\.)(saveSetting|writeSetting|saveSettings|writeJsonSetting)$/.test(callee)) n.arguments.forEach((a) => walkType(checker.getTypeAtLocation(a), 0));
      }
      if (ts.isAsExpression(n) && /JSON\.parse/.test(n.expression.getText(sf))) walkType(checker.getTypeAtLocation(n), 0);
      // LABELS[severity]: the object's keys are values of the program's data.
      if (ts.isElementAccessExpression(n) && !ts.isLiteralExpression(n.argumentExpression)) {
        const t = checker.getTypeAtLocation(n.expression);
        if (!checker.isArrayLikeType(t)) for (const p of checker.getPropertiesOfType(t)) if (p.declarations?.some((d) => ours(d.getSourceFile().fileName))) kept.add(p);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return kept;
}

/** An object literal's key that is data, not code: matched by an index signature (Record, OptionSpec). */
function isDataKey(checker, decl) {
  if (!(ts.isPropertyAssignment(decl) || ts.isShorthandPropertyAssignment(decl) || ts.isMethodDeclaration(decl))) return false;
  const obj = decl.parent;
  if (!ts.isObjectLiteralExpression(obj)) return false;
  const ctx = checker.getContextualType(obj);
  if (!ctx) return false;
  const name = decl.name.getText();
  const types = ctx.isUnion() ? ctx.types : [ctx];
  return types.some((t) => {
    const p = checker.getPropertyOfType(t, name);
    if (!p) return checker.getIndexTypeOfType(t, ts.IndexKind.String) !== undefined;
    // A key of Record<"erreur" | …, T>, or of a library's type: no declaration of ours.
    return !(p.declarations?.length && p.declarations.every((d) => ours(d.getSourceFile().fileName)));
  });
}

// ---------------------------------------------------------------------------------------------
// Phase 1: identifiers.

function declarationNames(sf) {
  const out = [];
  const visit = (n) => {
    if (ts.isIdentifier(n) && n.parent) {
      const p = n.parent;
      const access = ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isBinaryExpression(p) || ts.isCallExpression(p);
      const named = (!access && ts.getNameOfDeclaration(p) === n) || (ts.isBindingElement(p) && p.name === n) || (ts.isImportSpecifier(p) && p.name === n) || (ts.isExportSpecifier(p) && p.name === n);
      if (named) out.push(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Our interfaces that mirror Office's API (and the simulated workbook): their members keep Office's names. */
const MIRRORS = /^(src\/excel\/api\.ts|sandbox\/excel-sim\/)/;

const MEMBER = ts.SymbolFlags.Property | ts.SymbolFlags.Method | ts.SymbolFlags.GetAccessor | ts.SymbolFlags.SetAccessor;

/** Names of the members declared by Office's API: our interfaces that mirror it (api.ts) keep them. */
function libMemberNames(program) {
  const names = new Set();
  for (const sf of program.getSourceFiles()) {
    if (ours(sf.fileName) || !/office-js|custom-functions-runtime/.test(sf.fileName)) continue;
    const visit = (n) => {
      if ((ts.isPropertySignature(n) || ts.isMethodSignature(n) || ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n)) && n.name && ts.isIdentifier(n.name)) names.add(n.name.text);
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return names;
}

/** `"breakdown" in result`: the string names a member; it follows the member's rename. */
function addInChecks(program, checker, renames) {
  for (const sf of program.getSourceFiles()) {
    if (!ours(sf.fileName)) continue;
    const visit = (n) => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InKeyword && ts.isStringLiteral(n.left)) {
        const t = checker.getTypeAtLocation(n.right);
        for (const part of t.isUnion() ? t.types : [t]) {
          const p = checker.getPropertyOfType(part, n.left.text);
          const r = p && renames.get(p);
          if (r) {
            r.locations.push({ fileName: sf.fileName, textSpan: { start: n.left.getStart(sf) + 1, length: n.left.text.length } });
            break;
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
}

function positionOf(sf, pos) {
  const { line, character } = sf.getLineAndCharacterOfPosition(pos);
  return `${rel(sf.fileName)}:${line + 1}:${character + 1}`;
}

function nodeAt(sf, pos) {
  let found;
  const visit = (n) => {
    if (pos >= n.getStart(sf) && pos < n.getEnd()) {
      found = n;
      ts.forEachChild(n, visit);
    }
  };
  visit(sf);
  return found;
}

/** True where the identifier is a member name (after a dot, a property key): scope plays no part. */
function isMemberPosition(id) {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isEnumMember(p)) && p.name === id) return true;
  if (ts.isJsxAttribute(p) && p.name === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return true;
  return false;
}

function planIdentifiers() {
  const program = ls.getProgram();
  const checker = program.getTypeChecker();
  const persisted = persistedProperties(program, checker);
  const persistedNames = new Set([...persisted].map((p) => p.name));
  const renames = new Map(); // symbol → { oldName, newName, decl, locations }
  const skipped = [];
  const newNameOf = (symbol) => renames.get(symbol)?.newName;

  // Members (properties, methods) are decided by name: structural typing ties every member of the
  // same name together, so a member name is renamed everywhere or nowhere.
  const libMembers = libMemberNames(program);
  const candidates = [];
  const memberKept = new Map(); // member name → reason
  const keepMember = (name, reason) => {
    if (!memberKept.has(name)) memberKept.set(name, reason);
  };
  const seen = new Set();
  for (const sf of program.getSourceFiles()) {
    if (!ours(sf.fileName)) continue;
    const r = rel(sf.fileName);
    for (const id of declarationNames(sf)) {
      if (ts.isShorthandPropertyAssignment(id.parent)) {
        // `{ x }` where no declared type gives the member: its own member, renamed by name.
        const lit = id.parent.parent;
        const prop = checker.getTypeAtLocation(lit).getProperty(id.text);
        if (prop && !seen.has(prop) && prop.declarations?.length === 1 && prop.declarations[0] === id.parent) {
          seen.add(prop);
          const newName = explicitName(r, id.text) ?? ruleName(id.text);
          if (newName !== id.text) {
            const at = { fileName: sf.fileName, textSpan: { start: id.getStart(sf), length: id.text.length }, prefixText: "", suffixText: `: ${id.text}` };
            candidates.push({ symbol: prop, id, sf, oldName: id.text, newName, key: `${r}#${id.text}`, member: true, locations: [at] });
          }
        }
        continue;
      }
      const symbol = checker.getSymbolAtLocation(id);
      if (!symbol) continue;
      if (symbol.flags & ts.SymbolFlags.Alias && (ts.isImportSpecifier(id.parent) || ts.isExportSpecifier(id.parent) || ts.isImportClause(id.parent) || ts.isNamespaceImport(id.parent))) continue; // followed from the original
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const oldName = id.text;
      const key = `${r}#${oldName}`;
      const newName = explicitName(r, oldName) ?? ruleName(oldName);
      if (newName === oldName) continue;
      const member = (symbol.flags & MEMBER) !== 0;
      const decls = symbol.declarations ?? [];
      const reason = (() => {
        if (decls.length === 0 || !decls.every((d) => ours(d.getSourceFile().fileName))) return "déclaré hors du projet";
        if (decls.some((d) => keepFile(rel(d.getSourceFile().fileName))) || KEEP.includes(key)) return "liste KEEP";
        if (persisted.has(symbol) || (member && persistedNames.has(oldName))) return "écrit en JSON ou indexé par une donnée : nom public";
        if (decls.some((d) => isDataKey(checker, d))) return "clé de données (Record, option, type d'une bibliothèque)";
        if (member && libMembers.has(oldName) && decls.some((d) => MIRRORS.test(rel(d.getSourceFile().fileName)))) return "nom d'un membre de l'API Office (l'interface la reflète)";
        if (member && decls.some((d) => d.parent && KEEP_TYPES.includes(d.parent.name?.text))) return "membre d'un type de KEEP_TYPES";
        return undefined;
      })();
      if (reason !== undefined) {
        if (member) keepMember(oldName, `${key} : ${reason}`);
        else skipped.push(`${key} (${reason})`);
        continue;
      }
      candidates.push({ symbol, id, sf, oldName, newName, key, member });
    }
  }
  for (const c of candidates) {
    if (c.member && memberKept.has(c.oldName)) {
      skipped.push(`${c.key} (comme ${memberKept.get(c.oldName)})`);
      continue;
    }
    const { sf, id, key } = c;
    if (c.locations) {
      renames.set(c.symbol, { oldName: c.oldName, newName: c.newName, key, decl: id, locations: c.locations, member: true });
      continue;
    }
    const info = ls.getRenameInfo(sf.fileName, id.getStart(sf), { allowRenameOfImportPath: false });
    if (!info.canRename) {
      skipped.push(`${key} (${info.localizedErrorMessage})`);
      continue;
    }
    // No prefix/suffix text: with it, TypeScript keeps the old name as an alias at named re-exports
    // (`export { locateModele as locateTemplate }`), and the old name lives on for every importer.
    const locations = ls.findRenameLocations(sf.fileName, id.getStart(sf), false, false, { providePrefixAndSuffixTextForRename: false }) ?? [];
    if (locations.some((l) => !ours(l.fileName))) {
      skipped.push(`${key} (utilisé hors du projet)`);
      continue;
    }
    renames.set(c.symbol, { oldName: c.oldName, newName: c.newName, key, decl: id, locations, member: c.member });
  }
  for (const [name, reason] of memberKept) skipped.push(`${name} (membre gardé : ${reason})`);
  addInChecks(program, checker, renames);

  // `type TemplateSettings = ModeleSettings`: a name kept for the old callers, whose new name is the
  // target's. The alias becomes a re-export of its target (`export type { ModeleSettings }`), its
  // users name the target, and meeting the target is no collision.
  const aliasTargets = new Map(); // alias symbol → target symbol (resolved)
  for (const [symbol, r] of renames) {
    const d = symbol.declarations?.[0];
    if (symbol.declarations?.length !== 1 || !d || !ts.isTypeAliasDeclaration(d) || d.typeParameters) continue;
    if (!ts.isTypeReferenceNode(d.type) || d.type.typeArguments || !ts.isIdentifier(d.type.typeName) || d.type.typeName.text !== r.newName) continue;
    let target = checker.getSymbolAtLocation(d.type.typeName);
    if (!target) continue;
    if (target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
    aliasTargets.set(symbol, target);
    const sf = d.getSourceFile();
    const exported = d.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const nameStart = d.name.getStart(sf);
    r.locations = r.locations.filter((l) => !(l.fileName === sf.fileName && l.textSpan.start === nameStart));
    r.statement = { fileName: sf.fileName, start: d.getStart(sf), length: d.getEnd() - d.getStart(sf), text: exported ? `export type { ${r.newName} };` : "" };
  }
  const resolved = (s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const isTargetOf = (s, symbol) => aliasTargets.has(symbol) && resolved(s) === aliasTargets.get(symbol);

  // Collisions: the new name already declared in the same type or module, or visible where the
  // renamed name is used (or the renamed name visible where the new name is already used).
  const collisions = [];
  const membersOf = (symbol) => {
    const parent = symbol.parent;
    if (!parent) return [];
    const out = [];
    parent.members?.forEach((m) => out.push(m));
    parent.exports?.forEach((m) => out.push(m));
    return out;
  };
  const scopeFlags = ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace | ts.SymbolFlags.Alias;
  const sameTarget = (a, b) => {
    if (a === b) return true;
    const ra = a.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(a) : a;
    const rb = b.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(b) : b;
    return ra === rb;
  };
  const finalName = (s) => newNameOf(s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s) ?? newNameOf(s) ?? s.name;
  const byNewName = new Map();
  for (const [symbol, r] of renames) {
    for (const m of membersOf(symbol)) {
      if (m !== symbol && finalName(m) === r.newName && !isTargetOf(m, symbol)) collisions.push(`${r.key} → ${r.newName} : « ${m.name} » existe déjà dans ${symbol.parent.name}`);
    }
    if (!byNewName.has(r.newName)) byNewName.set(r.newName, []);
    byNewName.get(r.newName).push(symbol);
  }
  for (const [symbol, r] of renames) {
    for (const loc of r.locations) {
      const sf = program.getSourceFile(loc.fileName);
      const id = nodeAt(sf, loc.textSpan.start);
      if (!id || !ts.isIdentifier(id) || isMemberPosition(id)) continue;
      for (const s of checker.getSymbolsInScope(id, scopeFlags)) {
        if (sameTarget(s, symbol) || (s.flags & ts.SymbolFlags.Alias && checker.getAliasedSymbol(s) === symbol) || isTargetOf(s, symbol)) continue;
        if (s.name === r.newName || (s.name !== r.oldName && finalName(s) === r.newName)) {
          collisions.push(`${positionOf(sf, loc.textSpan.start)} : ${r.oldName} → ${r.newName} rencontre « ${s.name} »${s.name === r.newName ? "" : ` (→ ${r.newName})`}`);
          break;
        }
      }
    }
  }
  // Existing uses of a new name, where the renamed symbol would now shadow it.
  for (const sf of program.getSourceFiles()) {
    if (!ours(sf.fileName)) continue;
    const visit = (n) => {
      if (ts.isIdentifier(n) && byNewName.has(n.text) && !isMemberPosition(n)) {
        const here = checker.getSymbolAtLocation(n);
        if (here && !renames.has(here)) {
          const inScope = checker.getSymbolsInScope(n, scopeFlags);
          for (const s of byNewName.get(n.text)) {
            if (inScope.some((x) => x === s || (x.flags & ts.SymbolFlags.Alias && checker.getAliasedSymbol(x) === s)) && !sameTarget(here, s) && !isTargetOf(here, s)) {
              collisions.push(`${positionOf(sf, n.getStart(sf))} : « ${n.text} » serait masqué par ${renames.get(s).key} renommé`);
            }
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { renames, skipped, collisions: [...new Set(collisions)] };
}

/** Applies the rename locations, one edit per span (a shorthand renamed on both sides stays shorthand). */
function applyIdentifierRenames(renames) {
  const bySpan = new Map(); // file → Map(start → { length, edits: [] })
  for (const r of renames.values()) {
    if (r.statement) {
      const { fileName, start, length, text } = r.statement;
      if (!bySpan.has(fileName)) bySpan.set(fileName, new Map());
      bySpan.get(fileName).set(start, { length, edits: [{ text, plain: text, r }] });
    }
    for (const loc of r.locations) {
      if (!bySpan.has(loc.fileName)) bySpan.set(loc.fileName, new Map());
      const m = bySpan.get(loc.fileName);
      const e = m.get(loc.textSpan.start) ?? { length: loc.textSpan.length, edits: [] };
      e.edits.push({ text: `${loc.prefixText ?? ""}${r.newName}${loc.suffixText ?? ""}`, plain: r.newName, r });
      m.set(loc.textSpan.start, e);
    }
  }
  let count = 0;
  for (const [fileName, spans] of bySpan) {
    const entry = files.get(fileName);
    let text = entry.text;
    for (const [start, { length, edits }] of [...spans].sort((a, b) => b[0] - a[0])) {
      const names = new Set(edits.map((e) => e.plain));
      const texts = new Set(edits.map((e) => e.text));
      // Both sides of `{ x }` renamed: `{ y }`; else the side kept shows as `{ x: y }` or `{ y: x }`.
      let replacement;
      if (texts.size === 1) replacement = edits[0].text;
      else if (names.size === 1) replacement = edits[0].plain;
      else fail(`conflit à ${fileName}:${start} : ${[...names].join(", ")}`);
      text = text.slice(0, start) + replacement + text.slice(start + length);
      count++;
    }
    entry.text = text;
    entry.version++;
  }
  projectVersion++;
  return count;
}

// ---------------------------------------------------------------------------------------------
// Phase 2: files and folders.

function planFiles() {
  const moves = [];
  const tracked = execFileSync("git", ["ls-files", "src", "test", "bench", "sandbox", "scripts"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  for (const r of tracked) {
    if (!fs.existsSync(abs(r))) continue;
    let target = EXPLICIT_FILES[r] ?? r;
    const parts = target.split("/");
    const keepBase = KEEP_FILES.some((re) => re.test(r));
    target = parts.map((p, i) => (i === parts.length - 1 && keepBase ? p : ruleFileName(p))).join("/");
    if (target !== r) moves.push({ from: r, to: target });
  }
  const targets = new Map();
  const clashes = [];
  for (const m of moves) {
    if (targets.has(m.to)) clashes.push(`${m.from} et ${targets.get(m.to)} → ${m.to}`);
    targets.set(m.to, m.from);
    if (fs.existsSync(abs(m.to)) && !moves.some((o) => o.from === m.to)) clashes.push(`${m.from} → ${m.to} : le fichier existe déjà`);
  }
  return { moves, clashes };
}

function moveInMemory(moves) {
  const prefs = { importModuleSpecifierPreference: "relative", importModuleSpecifierEnding: "minimal" };
  for (const { from, to } of moves) {
    const a = abs(from);
    const b = abs(to);
    if (files.has(a)) {
      const edits = ls.getEditsForFileRename(a, b, ts.getDefaultFormatCodeSettings(), prefs);
      for (const fe of edits) {
        const entry = files.get(fe.fileName);
        if (!entry) continue; // tsconfig.json and the like: handled as text
        entry.text = applyTextChanges(entry.text, fe.textChanges);
        entry.version++;
      }
      const entry = files.get(a);
      files.delete(a);
      removed.add(a);
      files.set(b, { text: entry.text, version: entry.version + 1 });
      projectVersion++;
    }
  }
}

function applyTextChanges(text, changes) {
  for (const c of [...changes].sort((x, y) => y.span.start - x.span.start)) text = text.slice(0, c.span.start) + c.newText + text.slice(c.span.start + c.span.length);
  return text;
}

/** Repository paths of moved files written in our TS files (tests reading a source, allow-lists). */
function pathsInCode(moves) {
  const pairs = moves.flatMap(({ from, to }) => [[from, to], [from.replace(/\.(tsx?)$/, ""), to.replace(/\.(tsx?)$/, "")]]).sort((x, y) => y[0].length - x[0].length);
  let count = 0;
  for (const entry of files.values()) {
    let text = entry.text;
    for (const [from, to] of pairs) {
      if (!text.includes(from)) continue;
      text = text.replace(new RegExp(`(?<![\\w/.-])${escapeRe(from)}(?![\\w/-]|\\.tsx?)`, "g"), to);
    }
    if (text !== entry.text) {
      entry.text = text;
      entry.version++;
      count++;
    }
  }
  projectVersion++;
  return count;
}

/** Mentions of moved files and folders in non-TS files, with or without extension. */
function planTextFiles(moves) {
  const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  const targets = tracked.filter((f) => (TEXT_FILES.includes(f) || TEXT_GLOBS.some((re) => re.test(f))) && f !== "scripts/rename-words.mjs");
  const pairs = [];
  const dirs = new Map();
  for (const { from, to } of moves) {
    pairs.push([from, to]);
    const noExt = (p) => p.replace(/\.(tsx?|mts|cts)$/, "");
    if (noExt(from) !== from) pairs.push([noExt(from), noExt(to)]);
    let f = path.posix.dirname(from);
    let t = path.posix.dirname(to);
    while (f !== "." && f !== t) {
      if (path.posix.basename(f) !== path.posix.basename(t)) dirs.set(f, t);
      f = path.posix.dirname(f);
      t = path.posix.dirname(t);
    }
  }
  for (const [f, t] of dirs) pairs.push([`${f}/`, `${t}/`]);
  pairs.sort((x, y) => y[0].length - x[0].length);
  const changes = [];
  for (const f of targets) {
    const before = fs.readFileSync(abs(f), "utf8");
    let after = before;
    for (const [from, to] of pairs) {
      // Also "./src/…" and the path below src/ ("domain/template/…") as written in comments and configs.
      // A code map's column (`src/domain/breakdown/   règles…`) stays aligned.
      const re = new RegExp(`(?<![\\w-])${escapeRe(from)}(?![\\w-])( {2,})?`, "g");
      after = after.replace(re, (_, pad) => to + (pad ? " ".repeat(Math.max(1, pad.length + from.length - to.length)) : ""));
      if (from.startsWith("src/")) after = after.replace(new RegExp(`(?<![\\w/-])${escapeRe(from.slice(4))}(?![\\w-])`, "g"), to.slice(4));
    }
    if (after !== before) changes.push({ file: f, text: after });
  }
  return changes;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");


// ---------------------------------------------------------------------------------------------
// Phase 0: the other folders import the domain through its index (the lint rule of
// eslint.config.mjs). Done here, after the merge, so that it conflicts with nobody's branch: each
// deep import (`../domain/suivi`, `../../domain/epci/alpes-maritimes`) becomes one import of
// `../domain`, and a name the index does not export yet is exported by it.

const INDEX_FOLDERS = /^src\/(functions|excel|taskpane|cli|jobs)\//;

function importsThroughIndex() {
  const program = ls.getProgram();
  const checker = program.getTypeChecker();
  const index = abs("src/domain/index.ts");
  const indexFile = program.getSourceFile(index);
  if (!indexFile || !files.has(index)) return { files: 0, exported: [] };
  const indexExports = new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(indexFile)).map((e) => e.name));
  const toExport = new Map(); // name → { from, type }
  let changed = 0;
  for (const sf of program.getSourceFiles()) {
    const r = rel(sf.fileName);
    if (!ours(sf.fileName) || !INDEX_FOLDERS.test(r)) continue;
    const deep = [];
    const direct = [];
    for (const st of sf.statements) {
      if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
      const resolved = ts.resolveModuleName(st.moduleSpecifier.text, sf.fileName, parsed.options, host).resolvedModule?.resolvedFileName;
      if (!resolved || !rel(resolved).startsWith("src/domain/")) continue;
      if (resolved === index) direct.push(st);
      else deep.push({ st, resolved });
    }
    if (deep.length === 0) continue;
    const specs = [];
    for (const { st, resolved } of [...direct.map((st) => ({ st, resolved: index })), ...deep]) {
      const clause = st.importClause;
      if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) fail(`${r} : import du domaine non converti (défaut ou espace de noms) : ${st.getText(sf)}`);
      for (const el of clause.namedBindings.elements) {
        const typeOnly = clause.isTypeOnly || el.isTypeOnly;
        const imported = (el.propertyName ?? el.name).text;
        specs.push(`${typeOnly ? "type " : ""}${el.propertyName ? `${imported} as ${el.name.text}` : imported}`);
        if (resolved !== index && !indexExports.has(imported)) {
          const from = `./${path.posix.relative("src/domain", rel(resolved)).replace(/\.(tsx?)$/, "").replace(/\/index$/, "")}`;
          const prev = toExport.get(imported);
          if (prev && prev.from !== from) fail(`« ${imported} » vient de ${prev.from} et de ${from} : l'index ne peut exporter les deux ; renommez l'un d'eux`);
          toExport.set(imported, { from, type: typeOnly && (prev?.type ?? true) });
        }
      }
    }
    const uniq = [...new Set(specs)];
    const allTypes = uniq.every((x) => x.startsWith("type "));
    const list = allTypes ? uniq.map((x) => x.slice(5)) : uniq;
    const spec = path.posix.relative(path.posix.dirname(r), "src/domain");
    let one = `import ${allTypes ? "type " : ""}{ ${list.join(", ")} } from "${spec}";`;
    if (one.length > 160) one = `import ${allTypes ? "type " : ""}{\n${list.map((x) => `  ${x},\n`).join("")}} from "${spec}";`;
    const all = [...direct, ...deep.map((d) => d.st)].sort((a, b) => a.getStart(sf) - b.getStart(sf));
    const changes = all.map((st, i) => ({ span: { start: st.getStart(sf), length: st.getEnd() - st.getStart(sf) + (i > 0 && sf.text[st.getEnd()] === "\n" ? 1 : 0) }, newText: i === 0 ? one : "" }));
    const entry = files.get(sf.fileName);
    entry.text = applyTextChanges(entry.text, changes);
    entry.version++;
    changed++;
  }
  if (toExport.size > 0) {
    const byFrom = new Map();
    for (const [name, { from, type }] of toExport) {
      if (!byFrom.has(from)) byFrom.set(from, []);
      byFrom.get(from).push(type ? `type ${name}` : name);
    }
    const lines = [...byFrom].map(([from, names]) => `export { ${names.sort().join(", ")} } from "${from}";`);
    const entry = files.get(index);
    entry.text = `${entry.text.replace(/\n*$/, "\n")}// Exported for the other folders, which import the domain only through this index.\n${lines.join("\n")}\n`;
    entry.version++;
  }
  projectVersion++;
  return { files: changed, exported: [...toExport.keys()] };
}

// ---------------------------------------------------------------------------------------------
// Run.

const started = Date.now();
const baseline = VERIFY ? errorsOfProgram() : [];

function errorsOfProgram() {
  const out = [];
  const program = ls.getProgram();
  for (const sf of program.getSourceFiles()) {
    if (!ours(sf.fileName)) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      out.push(`${rel(sf.fileName)}:${sf.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
  }
  return out;
}

const viaIndex = importsThroughIndex();
const { renames, skipped, collisions } = planIdentifiers();
console.error(`plan : ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (collisions.length > 0) {
  console.error(`rename-words : ${collisions.length} collision(s), rien n'est écrit. Réglez-les dans EXPLICIT :`);
  for (const c of collisions) console.error(`  ${c}`);
  process.exit(1);
}
const { moves, clashes } = planFiles();
if (clashes.length > 0) {
  console.error(`rename-words : ${clashes.length} fichier(s) en collision, rien n'est écrit :`);
  for (const c of clashes) console.error(`  ${c}`);
  process.exit(1);
}

const table = [...renames.values()].map((r) => `${r.key} → ${r.newName} (${r.locations.length})`).sort();
const spans = applyIdentifierRenames(renames);
moveInMemory(moves);
const pathMentions = pathsInCode(moves);
const textChanges = planTextFiles(moves);

if (VERIFY) {
  const before = new Set(baseline);
  const fresh = errorsOfProgram().filter((e) => !before.has(e.replace(/^[^:]+/, (f) => f)));
  const movedBack = new Map(moves.map((m) => [m.to, m.from]));
  const freshReal = fresh.filter((e) => {
    const [f, ...rest] = e.split(":");
    return !before.has([movedBack.get(f) ?? f, ...rest].join(":"));
  });
  if (freshReal.length > 0) {
    console.error(`rename-words : le résultat ne compile pas (${freshReal.length} erreur(s)), rien n'est écrit :`);
    for (const e of freshReal.slice(0, 60)) console.error(`  ${e}`);
    process.exit(1);
  }
}

console.log(`Imports du domaine passés par son index : ${viaIndex.files} fichier(s) ; exportés en plus par l'index : ${viaIndex.exported.join(", ") || "aucun"}`);
console.log(`Identifiants renommés : ${renames.size} (${spans} emplacements)`);
for (const t of table) console.log(`  ${t}`);
console.log(`Fichiers déplacés : ${moves.length}`);
for (const m of moves) console.log(`  ${m.from} → ${m.to}`);
console.log(`Fichiers TS citant un chemin déplacé : ${pathMentions}`);
console.log(`Fichiers non TS mis à jour : ${textChanges.map((c) => c.file).join(", ") || "aucun"}`);
console.log(`Gardés tels quels (publics ou persistés) : ${skipped.length}`);
for (const s of [...new Set(skipped)].sort()) console.log(`  ${s}`);

if (DRY) {
  console.log(`--dry-run : rien n'est écrit (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  process.exit(0);
}

for (const { from, to } of moves) {
  fs.mkdirSync(path.dirname(abs(to)), { recursive: true });
  execFileSync("git", ["mv", from, to], { cwd: ROOT });
}
for (const [fileName, entry] of files) {
  const onDisk = fs.existsSync(fileName) ? fs.readFileSync(fileName, "utf8") : undefined;
  if (onDisk !== entry.text) fs.writeFileSync(fileName, entry.text);
}
for (const c of textChanges) fs.writeFileSync(abs(c.file), c.text);
// Folders left empty by the moves.
for (const { from } of moves) {
  let d = path.dirname(abs(from));
  while (d.startsWith(ROOT + path.sep) && fs.existsSync(d) && fs.readdirSync(d).length === 0) {
    fs.rmdirSync(d);
    d = path.dirname(d);
  }
}
console.log(`Fait en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
