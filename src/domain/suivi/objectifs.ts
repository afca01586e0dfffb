/**
 * Objectives per EPCI (docs/regles/bilans.md): the year's volume split among the
 * réservataires in proportion to their rights, by largest remainder (src/domain/flux.ts), so that
 * they add up to the volume. Seed: 268 over 2 000 / 2 760 / 607 → 100 / 138 / 30.
 * The State's two ceilings are computed as the template's State rows do: ⌊volume × part⌋.
 */
import { floorShare, roundHalfUp } from "../apportion";
import { categorieIndex } from "../repartition/rules";
import { DEFAULT_REGLES } from "../repartition/categories";
import { fluxReservataires } from "../flux";
import { foldText, formatNombre } from "../text";
import type { PartsEtat } from "../modele/keys";
import type { SuiviDiagnostic } from "./types";
import { suiviMessage } from "../messages/suivi";
import { epciDesDroitsSansEpci } from "./commune-reservataire";

/** A réservataire's rights: reserved dwellings (stock) or a percentage; `epci` "" applies to every EPCI. */
export interface DroitsReservataire {
  readonly nom: string;
  readonly droits: number;
  readonly epci: string;
}

/** An EPCI's yearly volume: assiette × taux (decimals kept) from the template, or typed. */
export interface VolumeEpci {
  /** SIREN, or "" for the whole bailleur. */
  readonly siren: string;
  readonly libelle: string;
  readonly volumeExact: number;
}

export interface ObjectifRow {
  readonly nom: string;
  readonly droits: number;
  /** droits ÷ Σ droits of the EPCI. */
  readonly part: number;
  /** volume × part, before rounding. */
  readonly exact: number;
  readonly objectif: number;
}

export interface ObjectifsEpci {
  readonly siren: string;
  readonly libelle: string;
  readonly volumeExact: number;
  /** Rounded half up: 268,35 → 268. */
  readonly volume: number;
  readonly plafondPrioritaires: number;
  readonly plafondFonctionnaires: number;
  readonly lignes: readonly ObjectifRow[];
  readonly total: number;
}

export interface ResultObjectifs {
  readonly epci: readonly ObjectifsEpci[];
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/** Category indices of the State in the breakdown rules (ETAT FONCTIONNAIRES = 0, ETAT PRIORITAIRES = 1). */
const ETAT_FONCTIONNAIRES = 0;
const ETAT_PRIORITAIRES = 1;

/** The objectives of each EPCI whose volume is known, in the volumes' order. */
export function computeObjectifs(
  volumes: readonly VolumeEpci[],
  droits: readonly DroitsReservataire[],
  parts: PartsEtat,
): ResultObjectifs {
  // Rights without EPCI apply everywhere, a commune's to its own EPCI only (issue 24, 8).
  const communes = epciDesDroitsSansEpci(
    droits,
    volumes.map((v) => v.siren),
  );
  const diagnostics: SuiviDiagnostic[] = [...communes.diagnostics];
  const out: ObjectifsEpci[] = [];
  for (const v of volumes) {
    if (!Number.isFinite(v.volumeExact) || v.volumeExact < 0) {
      diagnostics.push({
        severity: "erreur",
        code: "VOLUME_INVALIDE",
        message: suiviMessage("VOLUME_INVALIDE", { libelle: v.libelle, valeur: formatNombre(v.volumeExact) }),
      });
      continue;
    }
    const own = droits.filter((d) => d.epci === v.siren);
    const applies = (d: DroitsReservataire): boolean =>
      v.siren === "" || (communes.lieu.get(foldText(d.nom)) ?? v.siren) === v.siren;
    const list = own.length > 0 ? own : droits.filter((d) => d.epci === "" && applies(d));
    // Names written twice (accents and case aside) are one réservataire: their rights add up.
    const merged = new Map<string, { nom: string; droits: number }>();
    for (const d of list) {
      const key = foldText(d.nom);
      const m = merged.get(key);
      if (m) m.droits += d.droits;
      else merged.set(key, { nom: d.nom, droits: d.droits });
    }
    const rows = [...merged.values()];
    const volume = roundHalfUp(v.volumeExact);
    const plafondPrioritaires = floorShare(v.volumeExact * parts.partPrioritaires);
    const plafondFonctionnaires = floorShare(v.volumeExact * parts.partFonctionnaires);
    if (rows.length === 0) {
      diagnostics.push({
        severity: "avertissement",
        code: "SANS_DROITS",
        message: suiviMessage("SANS_DROITS", { libelle: v.libelle, valeur: formatNombre(volume) }),
      });
      continue;
    }
    const flux = fluxReservataires(
      volume,
      rows.map((r) => r.droits),
      undefined,
      "ENTIER",
    );
    if (!flux.ok) {
      diagnostics.push({ severity: "erreur", code: flux.error.code, message: `${v.libelle} : ${flux.error.message}` });
      continue;
    }
    const somme = rows.reduce((s, r) => s + r.droits, 0);
    const lignes = rows.map((r, i) => ({
      nom: r.nom,
      droits: r.droits,
      part: r.droits / somme,
      exact: (volume * r.droits) / somme,
      objectif: flux.value[i] ?? 0,
    }));
    const etat = (k: number): number =>
      lignes.filter((l) => categorieIndex(l.nom, DEFAULT_REGLES) === k).reduce((s, l) => s + l.objectif, 0);
    const prio = etat(ETAT_PRIORITAIRES);
    const fonct = etat(ETAT_FONCTIONNAIRES);
    if (prio > plafondPrioritaires) {
      diagnostics.push({
        severity: "avertissement",
        code: "PLAFOND_PRIORITAIRES",
        message: suiviMessage("PLAFOND_PRIORITAIRES", {
          libelle: v.libelle,
          valeur: formatNombre(prio),
          attendu: formatNombre(plafondPrioritaires),
          detail: formatNombre(parts.partPrioritaires * 100),
        }),
      });
    }
    if (fonct > plafondFonctionnaires) {
      diagnostics.push({
        severity: "avertissement",
        code: "PLAFOND_FONCTIONNAIRES",
        message: suiviMessage("PLAFOND_FONCTIONNAIRES", {
          libelle: v.libelle,
          valeur: formatNombre(fonct),
          attendu: formatNombre(plafondFonctionnaires),
          detail: formatNombre(parts.partFonctionnaires * 100),
        }),
      });
    }
    out.push({
      siren: v.siren,
      libelle: v.libelle,
      volumeExact: v.volumeExact,
      volume,
      plafondPrioritaires,
      plafondFonctionnaires,
      lignes,
      total: lignes.reduce((s, l) => s + l.objectif, 0),
    });
  }
  return { epci: out, diagnostics };
}
