/**
 * Déséquilibres (docs/choix.md « Déséquilibres »): for réservataire r in EPCI e and each typologie,
 * financement or commune, gap = share of that class among the dwellings made available to r − its
 * share in the bailleur's stock in e, in points; « à réorienter » when |gap| ≥ the threshold (10
 * points by default) and r received at least 10 dwellings in the period (fewer is noise).
 * Shares are taken among the dwellings whose class is known.
 */
import { ETAPES } from "../journal";
import { INCONNU, libelleEpci, type CleAttribut, type Workbooks } from "./attributs";
import { libelleClasse, NOMS_DIMENSIONS } from "./bilan-annuel";
import { count, NB_ETAPES } from "./comptage";
import type { JournalSuivi } from "./journal-suivi";
import type { Parc } from "./parc";

export const DIMENSIONS_DESEQUILIBRE = [
  "typologie",
  "financement",
  "commune",
] as const satisfies readonly CleAttribut[];
/** Fewest dwellings made available for a réservataire's mix to be compared (docs/choix.md « Déséquilibres »). */
export const MINIMUM_DESEQUILIBRE = 10;
export const SEUIL_DESEQUILIBRE = 10;

export interface Desequilibre {
  readonly reservataire: string;
  readonly epci: string;
  readonly dimension: string;
  readonly classe: string;
  /** Shares as fractions; gap in points. */
  readonly partMiseADisposition: number;
  readonly partParc: number;
  readonly ecartPoints: number;
  readonly misesADisposition: number;
}

type Counts = Map<string, Map<number, number>[]>;

const bump = (m: Map<number, number>, id: number, n: number): void => void m.set(id, (m.get(id) ?? 0) + n);

/**
 * Gaps at or beyond `seuil` points between each réservataire's mises à disposition in the period and
 * the stock of its EPCI (the whole table when the journal has no location), largest first.
 */
export function desequilibres(
  js: JournalSuivi,
  periode: { debut: number; fin: number },
  parc: Parc,
  workbooks: Workbooks,
  seuil = SEUIL_DESEQUILIBRE,
  bornes: readonly number[] = [],
): Desequilibre[] {
  const dims: CleAttribut[] = ["epci", ...DIMENSIONS_DESEQUILIBRE];
  const c = count(js, periode, dims);
  const stage = ETAPES.indexOf("MISE_A_DISPOSITION");
  const groupOf = (id: number): string =>
    !js.localise ? "" : id === INCONNU ? "?" : (workbooks.epci.valeurs[id] ?? "?");
  const stock: Counts = new Map();
  for (let i = 0; i < parc.size; i++) {
    const g = groupOf(js.localise ? (parc.attributs.epci[i] ?? INCONNU) : INCONNU);
    const maps = stock.get(g) ?? DIMENSIONS_DESEQUILIBRE.map(() => new Map<number, number>());
    stock.set(g, maps);
    DIMENSIONS_DESEQUILIBRE.forEach((d, k) => {
      const id = parc.attributs[d][i] ?? INCONNU;
      if (id !== INCONNU) bump(maps[k] ?? new Map<number, number>(), id, 1);
    });
  }
  const offered = new Map<string, { r: number; g: string; maps: Map<number, number>[]; total: number }>();
  for (let k = 0; k < c.size; k++) {
    const n = c.comptes[k * NB_ETAPES + stage] ?? 0;
    if (n === 0) continue;
    const g = groupOf(c.classes[0]?.[k] ?? INCONNU);
    const r = c.reservataire[k] ?? 0;
    const key = `${g}|${r}`;
    const o = offered.get(key) ?? {
      r,
      g,
      maps: DIMENSIONS_DESEQUILIBRE.map(() => new Map<number, number>()),
      total: 0,
    };
    offered.set(key, o);
    o.total += n;
    DIMENSIONS_DESEQUILIBRE.forEach((_, d) => {
      const id = c.classes[d + 1]?.[k] ?? INCONNU;
      if (id !== INCONNU) bump(o.maps[d] ?? new Map<number, number>(), id, n);
    });
  }
  const out: Desequilibre[] = [];
  for (const o of offered.values()) {
    if (o.total < MINIMUM_DESEQUILIBRE || o.g === "?") continue;
    const st = stock.get(o.g);
    if (st === undefined) continue;
    DIMENSIONS_DESEQUILIBRE.forEach((dim, d) => {
      const m = o.maps[d] ?? new Map<number, number>();
      const s = st[d] ?? new Map<number, number>();
      const known = [...m.values()].reduce((a, b) => a + b, 0);
      const stockKnown = [...s.values()].reduce((a, b) => a + b, 0);
      if (known === 0 || stockKnown === 0) return;
      for (const id of new Set([...m.keys(), ...s.keys()])) {
        const pm = (m.get(id) ?? 0) / known;
        const ps = (s.get(id) ?? 0) / stockKnown;
        const ecart = Math.round((pm - ps) * 1000) / 10;
        if (Math.abs(ecart) < seuil) continue;
        out.push({
          reservataire: js.journal.reservataires[o.r] ?? "",
          epci: o.g === "" ? "Ensemble du bailleur" : libelleEpci(o.g),
          dimension: NOMS_DIMENSIONS[dim],
          classe: libelleClasse(dim, id, workbooks, bornes),
          partMiseADisposition: pm,
          partParc: ps,
          ecartPoints: ecart,
          misesADisposition: o.total,
        });
      }
    });
  }
  return out.sort(
    (a, b) => Math.abs(b.ecartPoints) - Math.abs(a.ecartPoints) || a.reservataire.localeCompare(b.reservataire, "fr"),
  );
}
