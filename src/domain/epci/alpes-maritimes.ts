/**
 * The five EPCI of the Alpes-Maritimes DDETS template, in the template's column order, and the two
 * EPCI of the département that have no column (their dwellings are "hors EPCI du modèle").
 * SIREN and names from @etalab/decoupage-administratif (docs/regles/rpls.md).
 */
import type { EpciRef } from "./types";

export const EPCI_MODELE_06: readonly EpciRef[] = [
  { siren: "200039857", nom: "CA du Pays de Grasse", sigle: "CAPG" },
  { siren: "200039915", nom: "CA Cannes Pays de Lérins", sigle: "CAPL" },
  { siren: "240600585", nom: "CA de Sophia Antipolis", sigle: "CASA" },
  { siren: "200030195", nom: "Métropole Nice Côte d'Azur", sigle: "MNCA" },
  { siren: "240600551", nom: "CA de la Riviera Française", sigle: "CARF" },
];

export const EPCI_HORS_MODELE_06: readonly EpciRef[] = [
  { siren: "200039931", nom: "CC Alpes d'Azur", sigle: "CCAA" },
  { siren: "240600593", nom: "CC du Pays des Paillons", sigle: "CCPP" },
];
