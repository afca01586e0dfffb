/**
 * GEF's jobs: what the pane (src/excel) and `gef` (src/cli) both do to a workbook, written once.
 * Each job takes the sheets read and the settings, and returns a plan (the writes, the cells kept,
 * the diagnostics and the figures); the callers only read and write sheets or files around it.
 * Pure TypeScript, importing the rules only through src/domain's index.
 */
export * from "./sheet-plan";
export * from "./modele/modele-grid";
export * from "./modele/sources";
export * from "./modele/merged";
export * from "./repartition/repartition-layout";
export * from "./repartition/repartition-source";
export * from "./suivi/sources";
export * from "./suivi/sheet-objectifs";
export * from "./suivi/sheet-bilan";
export * from "./suivi/sheet-annuel";
export * from "./suivi/travaux";
export * from "./modele/settings";
export * from "./modele/check";
export * from "./modele/fill";
export * from "./modele/insert";
export * from "./repartition/repartition";
export * from "./suivi/settings";
export * from "./programme/travail";
export * from "./programme/sheet-programme";
export * from "./vacances/delais-bilan";
export * from "./vacances/champs-fiche";
export * from "./vacances/fiche";
export * from "./vacances/courriel";
export * from "./vacances/echeances";
export * from "./vacances/nouvelle-vacance";
export * from "./vacances/navette";
export * from "./consolidation/bilans-recus";
export * from "./consolidation/consolider-bilans";
export * from "./consolidation/sheet-bilans-recus";
export * from "./consolidation/sheet-modeles";
export * from "./consolidation/modeles-checks";
export * from "./consolidation/consolider-modeles";
export * from "./programme/droits-vierge";
export * from "./programme/livraison";
