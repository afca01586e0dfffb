/**
 * The repartition job: « Tracer les répartitions » of the pane and `gef repartitions`. From the
 * sheets read and the settings, it finds the source (a dwelling table, else an état des lieux),
 * counts it for all EPCI or one, and lays out the « Répartitions du parc » sheet (three tables, three
 * charts). An état des lieux whose totals do not add up stops the job unless the user agreed to draw
 * it from its detail cells. The pane writes the layout with native charts, `gef` with exceljs and an
 * SVG report.
 * @see docs/regles/repartitions.md
 */
import { findEpci, DEFAULT_REGLES, serializeRules, type Grid, type RegleCategorie } from "../../domain";
import { repartitionLayout, type RepartitionLayout } from "./repartition-layout";
import {
  countSourceRepartition,
  findRepartitionSource,
  type ComputedRepartition,
  type RepartitionSource,
} from "./repartition-source";

export interface RepartitionSettings {
  /** SIREN of the EPCI to keep; undefined: all. */
  readonly epci: string | undefined;
  /** The bailleur's name, added to the titles. */
  readonly bailleur: string;
  readonly regles: readonly RegleCategorie[];
  /** The user agreed that unmapped labels count as AUTRES RESERVATAIRES. */
  readonly autresAvecConsentement: boolean;
  /** Draw an état des lieux whose totals do not add up, from its detail cells. */
  readonly malgreIncoherences: boolean;
}

export const DEFAULT_REPARTITION_SETTINGS: RepartitionSettings = {
  epci: undefined,
  bailleur: "",
  regles: DEFAULT_REGLES,
  autresAvecConsentement: false,
  malgreIncoherences: false,
};

export type RepartitionPlan =
  | { readonly kind: "sans-source" }
  | {
      readonly kind: "incoherences";
      readonly sheet: string;
      readonly source: RepartitionSource["kind"];
      readonly repartition: ComputedRepartition;
    }
  | {
      readonly kind: "mise-en-page";
      readonly sheet: string;
      readonly source: RepartitionSource["kind"];
      readonly repartition: ComputedRepartition;
      readonly layout: RepartitionLayout;
    };

/** Counts a source found and lays out its sheet (or stops at the état des lieux's incoherences). */
export function computeRepartitionOf(
  source: RepartitionSource,
  settings: RepartitionSettings,
): Exclude<RepartitionPlan, { kind: "sans-source" }> {
  const repartition = countSourceRepartition(source, settings);
  if (repartition.incoherences.length > 0 && !settings.malgreIncoherences)
    return { kind: "incoherences", sheet: source.sheet, source: source.kind, repartition };
  const layout = repartitionLayout(
    repartition.repartition,
    repartition.perimetre,
    settings.bailleur.trim() || undefined,
    settings.epci === undefined || source.kind === "etat-des-lieux" ? undefined : repartition.perimetre,
  );
  return { kind: "mise-en-page", sheet: source.sheet, source: source.kind, repartition, layout };
}

/** Plans the repartition of the workbook's sheets; writes nothing. */
export function computeRepartition(
  sheets: readonly { readonly name: string; readonly values: Grid }[],
  settings: RepartitionSettings,
): RepartitionPlan {
  const source = findRepartitionSource(sheets);
  return source === undefined ? { kind: "sans-source" } : computeRepartitionOf(source, settings);
}

/**
 * The SIREN of an EPCI the user typed (acronym, name or SIREN): among the source's EPCI first,
 * else among those of France; undefined when none matches.
 */
export function findRepartitionEpci(
  text: string,
  source: RepartitionSource,
  settings: RepartitionSettings,
): string | undefined {
  const present = countSourceRepartition(source, { ...settings, epci: undefined }).epci;
  const candidates = present.map((e) => ({ siren: e.siren, nom: e.libelle, sigle: e.libelle }));
  return findEpci(text, candidates)?.siren ?? findEpci(text)?.siren;
}

/** The settings as kept in the workbook: the rules in their versioned form. */
export function saveRepartitionSettings(settings: RepartitionSettings): unknown {
  return { ...settings, regles: JSON.parse(serializeRules(settings.regles)) as unknown };
}
