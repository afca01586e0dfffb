/**
 * The three jobs of « Suivi du flux », from a workbook's sheets and the user's settings to a plan:
 * objectives, bilan of a period, legal annual bilan. Shared by the pane (src/excel/suivi-actions.ts)
 * and `gef objectifs` / `gef bilan`. Nothing is thrown on user input: findings are French messages.
 */
import {
  DEFAULT_PARTS_ETAT,
  type Etape,
  type PartsEtat,
  foldText,
  formatNombre,
  DEFAULT_BORNES_CONSTRUCTION,
  Workbooks,
  bilanAnnuel,
  type BilanAnnuel,
  bilanDuReservataire,
  bilanPeriode,
  type BilanPeriode,
  desequilibres,
  SEUIL_DESEQUILIBRE,
  type Desequilibre,
  readJournalSuivi,
  JOURNAL_HEADER_ROWS,
  type JournalSuivi,
  computeObjectifs,
  type ResultObjectifs,
  type VolumeEpci,
  readParc,
  type Parc,
  readPeriode,
  type ChoixPeriode,
  libelleEpci,
  type SuiviDiagnostic,
  type SuiviDiagnosticCode,
  type SheetRead,
  suiviMessage,
  ligneJournal,
  type Doublons,
} from "../../domain";
import { estFeuilleGef, type PlanSheet } from "../sheet-plan";
import { sheetAnnuel } from "./sheet-annuel";
import { sheetBilan } from "./sheet-bilan";
import { sheetObjectifs } from "./sheet-objectifs";
import {
  readDroits,
  readObjectifs,
  soustraitsDuModele,
  volumesDuModele,
  type DroitsRead,
  type ObjectifsRead,
} from "./sources";
import { anneeDesObjectifs, diagnoseAnneesAnnuel, diagnoseAnneesBilan } from "./annees";
import { delaisDuBilan } from "../vacances/delais-bilan";
import { DEFAULT_REGLES_DECOMPTE, type DelaisReservataire, type ReglesVacances } from "../../domain";

export interface ReglagesSuivi {
  readonly periode: ChoixPeriode;
  /** The convention's counting stage (default: mise à disposition). */
  readonly etape: Etape;
  /** Déséquilibres threshold, in points (default 10). */
  readonly seuil: number;
  /** First years of the construction classes after the first (default 1949, 1975, 1990, 2005, 2015). */
  readonly bornes: readonly number[];
  readonly parts: PartsEtat;
  /** Volume typed by the user, for a workbook without a filled template (one group: the whole bailleur). */
  readonly volume?: number | undefined;
  /** Only this EPCI (SIREN). */
  readonly epci?: string | undefined;
  /** Split an état des lieux whose totals do not add up, from its detail cells. */
  readonly malgreIncoherences: boolean;
  readonly bailleur?: string | undefined;
  /** The convention's vacancy rules (validation step, retour bailleur, délais); default: DEFAULT_REGLES_DECOMPTE. */
  readonly vacances?: ReglesVacances | undefined;
}

export const DEFAULT_REGLAGES_SUIVI: ReglagesSuivi = {
  periode: { type: "S1" },
  etape: "MISE_A_DISPOSITION",
  seuil: SEUIL_DESEQUILIBRE,
  bornes: DEFAULT_BORNES_CONSTRUCTION,
  parts: DEFAULT_PARTS_ETAT,
  malgreIncoherences: false,
};

const error = (code: SuiviDiagnosticCode, message: string, sheet?: string): SuiviDiagnostic => ({
  severity: "erreur",
  code,
  message,
  sheet,
});

/** The journal's rows pasted twice, ignored by the counts: how many, and the first few by line. */
function diagnoseDoublons(js: JournalSuivi, sheet: string, d: Doublons): SuiviDiagnostic[] {
  if (d.nombre === 0) return [];
  const lignes = d.exemples.map(
    ([copie, original]) => `ligne ${ligneJournal(js.journal, copie)} = ligne ${ligneJournal(js.journal, original)}`,
  );
  const detail = `${lignes.join(", ")}${d.nombre > lignes.length ? ", …" : ""}`;
  return [
    {
      severity: "avertissement",
      code: "DOUBLONS",
      sheet,
      message: suiviMessage("DOUBLONS", { nombre: formatNombre(d.nombre), detail }),
    },
  ];
}

// ── Objectifs ───────────────────────────────────────────────────────────────────────────────

export interface TravailObjectifs {
  readonly plan?: PlanSheet | undefined;
  readonly result?: ResultObjectifs | undefined;
  readonly droits?: DroitsRead | undefined;
  readonly modele?: string | undefined;
  /** True when the état des lieux's totals do not add up and the user did not agree to go on. */
  readonly incoherent: boolean;
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/** Objectives per EPCI: volumes of the template (or typed), rights of the workbook. */
export function travailObjectifs(sheets: readonly SheetRead[], active: string, r: ReglagesSuivi): TravailObjectifs {
  const diagnostics: SuiviDiagnostic[] = [];
  const droits = readDroits(sheets);
  if (droits === undefined) {
    return {
      incoherent: false,
      diagnostics: [error("DROITS_INTROUVABLES", suiviMessage("DROITS_INTROUVABLES"))],
    };
  }
  diagnostics.push(...droits.diagnostics);
  if (droits.incoherences.length > 0) {
    for (const i of droits.incoherences)
      diagnostics.push({
        severity: r.malgreIncoherences ? "avertissement" : "erreur",
        code: "TOTAL_INCOHERENT",
        sheet: droits.feuille,
        cell: i.cell,
        message: i.message,
      });
    if (!r.malgreIncoherences) return { droits, incoherent: true, diagnostics };
  }
  let volumes: VolumeEpci[];
  let modele: string | undefined;
  let annee: number | undefined;
  if (r.volume !== undefined) {
    if (!Number.isFinite(r.volume) || r.volume < 0)
      return {
        droits,
        incoherent: false,
        diagnostics: [
          ...diagnostics,
          error("VOLUME_INVALIDE", suiviMessage("VOLUME_SAISI_INVALIDE", { valeur: formatNombre(r.volume) })),
        ],
      };
    volumes = [
      { siren: r.epci ?? "", libelle: r.epci ? libelleEpci(r.epci) : "Ensemble du bailleur", volumeExact: r.volume },
    ];
    // A typed volume carries the Suivi tab's « Année » when one is given (none from `gef objectifs`).
    if (r.periode.type !== "DATES") annee = r.periode.annee;
  } else {
    const m = volumesDuModele(sheets, active, r.parts);
    if (m === undefined) {
      return {
        droits,
        incoherent: false,
        diagnostics: [...diagnostics, error("MODELE_INTROUVABLE", suiviMessage("MODELE_INTROUVABLE"))],
      };
    }
    diagnostics.push(...m.diagnostics);
    modele = m.feuille;
    annee = m.annee;
    volumes = r.epci === undefined ? [...m.volumes] : m.volumes.filter((v) => v.siren === r.epci);
    if (volumes.length === 0)
      diagnostics.push(
        error(
          "EPCI_SANS_VOLUME",
          r.epci === undefined
            ? suiviMessage("MODELE_SANS_VOLUME", { feuille: m.feuille })
            : suiviMessage("EPCI_SANS_VOLUME", { libelle: libelleEpci(r.epci), feuille: m.feuille }),
          m.feuille,
        ),
      );
  }
  const result = computeObjectifs(volumes, droits.droits, r.parts);
  diagnostics.push(...result.diagnostics);
  if (result.epci.length === 0) return { droits, modele, result, incoherent: false, diagnostics };
  const source = `${modele === undefined ? "volume saisi" : `volumes du modèle « ${modele} »`} ; droits ${droits.source === "table" ? "de la table" : "de l'état des lieux"} « ${droits.feuille} »`;
  return {
    plan: sheetObjectifs(result.epci, r.parts, source, annee, modele === undefined),
    result,
    droits,
    modele,
    incoherent: false,
    diagnostics,
  };
}

// ── Journal, table des logements ───────────────────────────────────────────────────────────

export interface Read {
  readonly js: JournalSuivi;
  readonly feuille: string;
  readonly parc: Parc | undefined;
  readonly workbooks: Workbooks;
  readonly diagnostics: SuiviDiagnostic[];
}

/** The journal (first sheet holding one) and the dwelling table (first other sheet holding one). */
export function readWorkbook(
  sheets: readonly SheetRead[],
  r: ReglagesSuivi,
): Read | { diagnostics: SuiviDiagnostic[] } {
  const own = sheets.filter((s) => !estFeuilleGef(s.values));
  const workbooks = new Workbooks([...r.bornes].sort((a, b) => a - b));
  let lastError = "";
  let journalSheet: SheetRead | undefined;
  for (const s of own) {
    // The header may stand below a title or notes (readJournal looks through JOURNAL_HEADER_ROWS rows).
    const probe = readJournalSuivi(s.values.slice(0, JOURNAL_HEADER_ROWS), workbooks);
    if (probe.ok || (probe.error.code !== "COLONNE_MANQUANTE" && probe.error.code !== "ENTETE_JOURNAL_INTROUVABLE")) {
      if (!probe.ok && probe.error.code === "JOURNAL_VIDE") continue;
      journalSheet = s;
      break;
    }
    lastError = `« ${s.name} » : ${probe.error.message}`;
  }
  if (journalSheet === undefined) {
    return { diagnostics: [error("JOURNAL_INTROUVABLE", suiviMessage("JOURNAL_INTROUVABLE", { detail: lastError }))] };
  }
  let parc: Parc | undefined;
  for (const s of own) {
    if (s === journalSheet) continue;
    parc = readParc(s.name, s.values, workbooks);
    if (parc !== undefined && parc.size > 0) break;
    parc = undefined;
  }
  const read = readJournalSuivi(journalSheet.values, workbooks, parc);
  if (!read.ok)
    return {
      diagnostics: [
        error(read.error.code, `Journal « ${journalSheet.name} » : ${read.error.message}`, journalSheet.name),
      ],
    };
  const diagnostics: SuiviDiagnostic[] = read.value.journal.remarques.map((x) => ({ ...x, sheet: journalSheet.name }));
  const n = read.value.nonRapproches.length;
  if (n > 0) {
    const ex = read.value.nonRapproches
      .slice(0, 5)
      .map((x) => `${x.logement} (ligne ${x.ligne})`)
      .join(", ");
    diagnostics.push({
      severity: "avertissement",
      code: "NON_RAPPROCHES",
      sheet: journalSheet.name,
      message: suiviMessage("NON_RAPPROCHES", {
        nombre: formatNombre(n),
        feuille: parc?.feuille ?? "",
        detail: `${ex}${n > 5 ? ", …" : ""}`,
      }),
    });
  }
  return { js: read.value, feuille: journalSheet.name, parc, workbooks, diagnostics };
}

// ── Bilan d'une période ────────────────────────────────────────────────────────────────────

export interface TravailBilan {
  readonly plan?: PlanSheet | undefined;
  readonly bilan?: BilanPeriode | undefined;
  readonly desequilibres?: readonly Desequilibre[] | undefined;
  readonly journal?: { readonly feuille: string; readonly evenements: number } | undefined;
  readonly objectifs?: string | undefined;
  readonly diagnostics: readonly SuiviDiagnostic[];
  /** Sources named in the sheet, and why déséquilibres are missing (for {@link planDuReservataire}). */
  readonly source?: string | undefined;
  readonly sansDesequilibres?: string | undefined;
  /** The vacancies' délais per réservataire, when the journal notes their steps. */
  readonly delais?: readonly DelaisReservataire[] | undefined;
}

/** The sheet one réservataire receives: its own rows and déséquilibres only. */
export function planDuReservataire(w: TravailBilan, r: ReglagesSuivi, nom: string): PlanSheet | undefined {
  if (w.bilan === undefined) return undefined;
  const key = foldText(nom);
  const des = w.desequilibres?.filter((d) => foldText(d.reservataire) === key);
  const delais = w.delais?.filter((d) => foldText(d.reservataire) === key);
  return sheetBilan(bilanDuReservataire(w.bilan, nom), {
    bailleur: r.bailleur,
    source: w.source ?? "",
    desequilibres: des,
    seuil: r.seuil,
    sansDesequilibres: w.sansDesequilibres,
    delais,
  });
}

/** The bilan of the chosen period, with déséquilibres when a dwelling table gives the stock. */
export function travailBilan(sheets: readonly SheetRead[], r: ReglagesSuivi): TravailBilan {
  const read = readWorkbook(sheets, r);
  if (!("js" in read)) return { diagnostics: read.diagnostics };
  const { js, feuille: sheet, parc, workbooks } = read;
  const diagnostics = [...read.diagnostics];
  const p = readPeriode(r.periode, js.last);
  if (!p.ok) return { diagnostics: [...diagnostics, error("PERIODE", p.error.message)] };
  const objectifs = readObjectifs(sheets);
  if (objectifs === undefined)
    diagnostics.push({ severity: "info", code: "SANS_OBJECTIFS", message: suiviMessage("SANS_OBJECTIFS") });
  else
    diagnostics.push(
      ...objectifs.diagnostics,
      ...checkObjectifsJournal(objectifs, js),
      ...diagnoseAnneesBilan(p.value, anneeDesObjectifs(sheets, objectifs.feuille)),
    );
  const regles = r.vacances ?? DEFAULT_REGLES_DECOMPTE;
  const bilan = bilanPeriode(js, p.value, r.etape, objectifs, regles);
  const delais = delaisDuBilan(sheets, sheet, js, p.value, regles);
  diagnostics.push(...diagnoseDoublons(js, sheet, bilan.doublons));
  if (bilan.sansObjectif.length > 0) {
    diagnostics.push({
      severity: "avertissement",
      code: "RESERVATAIRES_SANS_OBJECTIF",
      message: suiviMessage("RESERVATAIRES_SANS_OBJECTIF", {
        nombre: String(bilan.sansObjectif.length),
        feuille: objectifs?.feuille ?? "",
        detail: `${bilan.sansObjectif.slice(0, 8).join(", ")}${bilan.sansObjectif.length > 8 ? ", …" : ""}`,
      }),
    });
  }
  const unknown = bilan.groupes.find((g) => g.epci === "?");
  if (unknown)
    diagnostics.push({
      severity: "avertissement",
      code: "EPCI_INCONNU",
      message: suiviMessage("EPCI_INCONNU_BILAN", { nombre: formatNombre(unknown.total.comptes[0] ?? 0) }),
    });
  let des: Desequilibre[] | undefined;
  let sans: string | undefined;
  if (parc === undefined) sans = suiviMessage("SANS_PARC");
  else {
    des = desequilibres(js, p.value, parc, workbooks, r.seuil, r.bornes);
    if (des.length > 0)
      diagnostics.push({
        severity: "avertissement",
        code: "A_REORIENTER",
        message: suiviMessage("A_REORIENTER", { nombre: String(des.length), valeur: formatNombre(r.seuil) }),
      });
  }
  const source = `journal « ${sheet} » (${formatNombre(js.journal.size)} événements)${objectifs ? ` ; objectifs « ${objectifs.feuille} »` : ""}${parc ? ` ; parc « ${parc.feuille} »` : ""}`;
  const plan = sheetBilan(bilan, {
    bailleur: r.bailleur,
    source,
    desequilibres: des,
    seuil: r.seuil,
    sansDesequilibres: sans,
    delais,
  });
  return {
    plan,
    bilan,
    desequilibres: des,
    journal: { feuille: sheet, evenements: js.journal.size },
    objectifs: objectifs?.feuille,
    diagnostics,
    source,
    sansDesequilibres: sans,
    delais,
  };
}

/**
 * What the bilan must say of the objectives against the journal: rows refused (the totals they
 * belong to are left empty), and objectives given only for EPCI the journal never meets.
 */
function checkObjectifsJournal(o: ObjectifsRead, js: JournalSuivi): SuiviDiagnostic[] {
  const out: SuiviDiagnostic[] = [];
  if (o.refusees.length > 0) {
    const epci = [...new Set(o.refusees.map((r) => r.epci))];
    const libelle = epci.includes("") ? "" : epci.map(libelleEpci).join(", ");
    out.push({
      severity: "avertissement",
      code: "OBJECTIFS_INCOMPLETS",
      sheet: o.feuille,
      message: suiviMessage("OBJECTIFS_INCOMPLETS", { nombre: String(o.refusees.length), feuille: o.feuille, libelle }),
    });
  }
  const epciObjectifs = [...new Set(o.lignes.map((l) => l.epci).filter((e) => e !== ""))];
  if (js.localise && epciObjectifs.length > 0 && !epciObjectifs.some((e) => js.epciSirens.includes(e))) {
    const journal = js.epciSirens.slice(0, 5).map(libelleEpci).join(", ");
    out.push({
      severity: "avertissement",
      code: "OBJECTIFS_AUTRE_EPCI",
      sheet: o.feuille,
      message: suiviMessage("OBJECTIFS_AUTRE_EPCI", {
        feuille: o.feuille,
        valeur: epciObjectifs.slice(0, 5).map(libelleEpci).join(", "),
        detail: `${journal}${js.epciSirens.length > 5 ? ", …" : ""}`,
      }),
    });
  }
  return out;
}

// ── Bilan annuel légal ──────────────────────────────────────────────────────────────────────

export interface TravailAnnuel {
  readonly bilan?: BilanAnnuel | undefined;
  /** The bailleur's sheet (every réservataire, unjoined dwellings listed). */
  readonly plan?: PlanSheet | undefined;
  /** One sheet per réservataire: what each one receives. */
  readonly parReservataire?: readonly { readonly nom: string; readonly plan: PlanSheet }[] | undefined;
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/** The legal annual bilan of year `annee` and the forecast soustraits of the filled template. */
export function travailAnnuel(
  sheets: readonly SheetRead[],
  active: string,
  annee: number | undefined,
  r: ReglagesSuivi,
): TravailAnnuel {
  const read = readWorkbook(sheets, r);
  if (!("js" in read)) return { diagnostics: read.diagnostics };
  const { js, feuille: sheet, parc, workbooks } = read;
  const diagnostics = [...read.diagnostics];
  const p = readPeriode({ type: "ANNEE", annee }, js.last);
  if (!p.ok) return { diagnostics: [...diagnostics, error("PERIODE", p.error.message)] };
  const bilan = bilanAnnuel(
    js,
    p.value,
    workbooks,
    [...r.bornes].sort((a, b) => a - b),
  );
  diagnostics.push(...diagnoseDoublons(js, sheet, bilan.doublons));
  if (bilan.reservataires.every((x) => x.proposes === 0 && x.attribues === 0)) {
    diagnostics.push({
      severity: "avertissement",
      code: "ANNEE_SANS_EVENEMENT",
      message: suiviMessage("ANNEE_SANS_EVENEMENT", { valeur: String(p.value.annee) }),
    });
  }
  if (bilan.etapeProposes === "PROPOSITION")
    diagnostics.push({
      severity: "info",
      code: "PROPOSES_PAR_PROPOSITIONS",
      message: suiviMessage("PROPOSES_PAR_PROPOSITIONS"),
    });
  const modele = volumesDuModele(sheets, active, r.parts);
  if (modele === undefined)
    diagnostics.push({ severity: "avertissement", code: "SANS_MODELE", message: suiviMessage("SANS_MODELE") });
  else diagnostics.push(...diagnoseAnneesAnnuel(p.value.annee, { feuille: modele.feuille, annee: modele.annee }));
  if (bilan.attributsAbsents.length > 0) {
    diagnostics.push({
      severity: "avertissement",
      code: "ATTRIBUTS_ABSENTS",
      message: suiviMessage("ATTRIBUTS_ABSENTS", { detail: bilan.attributsAbsents.join(", ") }),
    });
  }
  const soustraits = modele === undefined ? undefined : soustraitsDuModele(modele);
  const source = `journal « ${sheet} »${parc ? ` ; logements « ${parc.feuille} »` : ""}${modele ? ` ; modèle « ${modele.feuille} »` : ""}`;
  const base = { bailleur: r.bailleur, source, bornes: r.bornes, soustraits, anneePrevision: modele?.annee };
  return {
    bilan,
    plan: sheetAnnuel(bilan, { ...base, listerNonRapproches: true }),
    parReservataire: bilan.reservataires.map((res) => ({
      nom: res.nom,
      plan: sheetAnnuel(bilan, { ...base, reservataires: [res], listerNonRapproches: false }),
    })),
    diagnostics,
  };
}
