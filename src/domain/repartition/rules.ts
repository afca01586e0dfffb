/**
 * Classifying réservataire labels with the category rules, and keeping the rules in the workbook.
 *
 * Rules are read with {@link parseRules} (from the workbook or the pane) and written with
 * {@link serializeRules}; both use the JSON form `{ "version": 1, "regles": [{ "motif", "categorie" }] }`.
 * The first rule whose motif matches decides (motif.ts); a blank label is always NON IDENTIFIES.
 */
import { isBlank } from "../cells";
import { foldText } from "../text";
import { CATEGORIES, NON_IDENTIFIES, type Categorie, type RegleCategorie } from "./categories";
import { compileMotif, errorMotif, type MotifCompile } from "./motif";
import { repartitionMessage, type RepartitionParams } from "../messages/repartition";
import { failWith, resultOf, type Problem, type Result } from "../messages/result";

/** Version of the JSON form written by {@link serializeRules}. */
export const VERSION_REGLES = 1;

/** Returned by {@link categorieIndex} for a label that no rule matches. */
export const NON_MAPPE = -1;

/** Stable codes of the faults in rules (messages in src/domain/messages/repartition.ts). */
export type CodeProblemeRegle =
  | "REGLES_ILLISIBLES"
  | "REGLES_VERSION_FUTURE"
  | "REGLES_PAS_UNE_LISTE"
  | "REGLE_INCOMPLETE"
  | "MOTIF_INVALIDE"
  | "CATEGORIE_INCONNUE";

/** A fault in rules read from the workbook or typed in the pane. */
export interface ProblemeRegle extends Problem<CodeProblemeRegle> {
  /** Rule number in the list, from 1, when the fault is in one rule. */
  readonly position?: number;
}

/** Rules read by {@link parseRules}, or every fault found in them (`errors`). */
export type ResultRegles = Result<readonly RegleCategorie[], ProblemeRegle>;

const ruleProblem = (code: CodeProblemeRegle, params: RepartitionParams = {}): ProblemeRegle => ({
  code,
  ...(params.position === undefined ? {} : { position: params.position }),
  message: repartitionMessage(code, params),
});

const CATEGORIES_REPLIEES = new Map<string, Categorie>(CATEGORIES.map((c) => [foldText(c), c]));

/** Reads a category name, accents and case ignored ("Collectivités territoriales"). */
export function categorieOf(value: unknown): Categorie | undefined {
  return typeof value === "string" ? CATEGORIES_REPLIEES.get(foldText(value)) : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads one rule; pushes its faults. */
function readRegle(value: unknown, position: number, problemes: ProblemeRegle[]): RegleCategorie | undefined {
  if (!isRecord(value)) {
    problemes.push(ruleProblem("REGLE_INCOMPLETE", { position }));
    return undefined;
  }
  const { motif, categorie } = value;
  let ok = true;
  if (typeof motif !== "string") {
    problemes.push(ruleProblem("MOTIF_INVALIDE", { position }));
    ok = false;
  } else {
    const error = errorMotif(motif);
    if (error !== undefined) {
      problemes.push(ruleProblem("MOTIF_INVALIDE", { position, detail: error }));
      ok = false;
    }
  }
  const cat = categorieOf(categorie);
  if (cat === undefined) {
    const valeur = typeof categorie === "string" ? { valeur: categorie } : {};
    problemes.push(ruleProblem("CATEGORIE_INCONNUE", { position, ...valeur, detail: CATEGORIES.join(", ") }));
    ok = false;
  }
  return ok && typeof motif === "string" && cat !== undefined ? Object.freeze({ motif, categorie: cat }) : undefined;
}

/**
 * Reads rules kept in the workbook: the JSON text written by {@link serializeRules}, the value it
 * parses to, or a bare array of `{ motif, categorie }`. Every faulty rule is reported (with its
 * number), not only the first. The rules returned are frozen.
 */
export function parseRules(json: unknown): ResultRegles {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return failWith(ruleProblem("REGLES_ILLISIBLES"));
    }
  }
  if (isRecord(value)) {
    const version = value["version"];
    if (typeof version === "number" && version > VERSION_REGLES) {
      return failWith(ruleProblem("REGLES_VERSION_FUTURE", { valeur: String(version) }));
    }
    value = value["regles"];
  }
  if (!Array.isArray(value)) {
    return failWith(ruleProblem("REGLES_PAS_UNE_LISTE"));
  }
  const problemes: ProblemeRegle[] = [];
  const regles: RegleCategorie[] = [];
  (value as readonly unknown[]).forEach((v, i) => {
    const r = readRegle(v, i + 1, problemes);
    if (r !== undefined) regles.push(r);
  });
  return resultOf<readonly RegleCategorie[], ProblemeRegle>(Object.freeze(regles), problemes);
}

/** The JSON text to keep rules in the workbook; {@link parseRules} reads it back. */
export function serializeRules(rules: readonly RegleCategorie[]): string {
  return JSON.stringify({
    version: VERSION_REGLES,
    regles: rules.map(({ motif, categorie }) => ({ motif, categorie })),
  });
}

/** Labels remembered per rule list before the memory is cleared: far more than any parc has. */
const CACHE_MAX = 50_000;

interface ReglesCompilees {
  readonly motifs: readonly MotifCompile[];
  readonly categories: Int8Array;
  /** Raw label → index in CATEGORIES, or NON_MAPPE. */
  readonly cache: Map<string, number>;
}

// Compiled forms are kept per rule list (by identity): rule lists are treated as immutable, as
// parseRules and DEFAULT_REGLES return them frozen.
const compilees = new WeakMap<readonly RegleCategorie[], ReglesCompilees>();

const AUCUN: MotifCompile = { teste: () => false };

function compiler(rules: readonly RegleCategorie[]): ReglesCompilees {
  let c = compilees.get(rules);
  if (c === undefined) {
    c = {
      // A rule still being typed (invalid motif) matches nothing; the pane shows why with errorMotif.
      motifs: rules.map((r) => {
        const c = compileMotif(r.motif);
        return c.ok ? c.value : AUCUN;
      }),
      categories: Int8Array.from(rules, (r) => CATEGORIES.indexOf(r.categorie)),
      cache: new Map(),
    };
    compilees.set(rules, c);
  }
  return c;
}

/**
 * Index of the first rule matching `label`, or -1 when none does (a blank label matches none, nor
 * does a rule whose motif is invalid: read user rules with {@link parseRules} to hear why).
 */
export function matchingRule(label: string, rules: readonly RegleCategorie[]): number {
  if (isBlank(label)) return -1;
  const { motifs } = compiler(rules);
  const replie = foldText(label);
  for (let k = 0; k < motifs.length; k++) if (motifs[k]?.teste(replie) === true) return k;
  return -1;
}

/**
 * Index in {@link CATEGORIES} of a label's category, or {@link NON_MAPPE}. Blank → NON IDENTIFIES.
 * Each distinct label is folded and tested once per rule list; later calls read a cache.
 */
export function categorieIndex(label: string, rules: readonly RegleCategorie[]): number {
  const c = compiler(rules);
  const known = c.cache.get(label);
  if (known !== undefined) return known;
  const k = matchingRule(label, rules);
  const index = isBlank(label) ? NON_IDENTIFIES : k < 0 ? NON_MAPPE : (c.categories[k] ?? NON_MAPPE);
  if (c.cache.size >= CACHE_MAX) c.cache.clear();
  c.cache.set(label, index);
  return index;
}

/** The category of a réservataire label; `undefined` when no rule matches. Blank → NON IDENTIFIES. */
export function classify(label: string, rules: readonly RegleCategorie[]): Categorie | undefined {
  const i = categorieIndex(label, rules);
  return i === NON_MAPPE ? undefined : CATEGORIES[i];
}
