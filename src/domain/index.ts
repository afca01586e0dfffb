/** GEF's domain: the rules of gestion en flux, pure and shared by functions, pane and command line. */
export * from "./messages";
export * from "./format";
export * from "./settings-check";
export * from "./text";
export * from "./number-text";
export * from "./saisie";
export * from "./cells";
export * from "./grid-view";
export * from "./keyword";
export * from "./dates";
export * from "./assiette";
export * from "./rotation";
export * from "./apportion";
export * from "./flux";
export * from "./journal";
export * from "./evenements";
export * from "./reservataire-ids";
export * from "./decompte";
export * from "./chute";
export * from "./prochain";
export * from "./modele";
export { identityAnswer } from "./modele/check-identity";
export type { RowKey } from "./modele/keys";
export * from "./repartition";
export * from "./epci/types";
export * from "./epci/alpes-maritimes";
export * from "./epci/codes";
export {
  allEpci,
  communeByCode,
  communeByName,
  communesByName,
  communesOfEpci,
  epciBySiren,
  epciOfCommune,
  type Commune,
  type EpciEntry,
} from "./epci/table";
export { findEpci } from "./epci/find";
export * from "./epci/departements";
export { DecoupageNonCharge, loadDecoupage } from "./epci/data-source";
export * from "./tables/types";
export * from "./tables/headers";
export * from "./tables/logements";
export * from "./tables/epci-figures";
export * from "./tables/mouvements";
export * from "./rpls";
export { readCommune, readEpci, totalLabel } from "./tables/classify";
export * from "./suivi";
export * from "./vacances";
// Two periods: the décompte's (a date range, `Periode`) and Suivi du flux's (with its label and sheet name).
export type { Periode } from "./decompte";
export type { PeriodeSuivi as PeriodeSuivi } from "./suivi";
export * from "./programme";
