/**
 * A small Suivi du flux example shared by the job's tests and `gef bilan`'s: a journal of 2024 with a
 * reinjection (L1, PREFECTURE then ACTION LOGEMENT), a commune given by its INSEE code (06088, Nice)
 * and objectives per EPCI (CASA, MNCA).
 */
export const JOURNAL_SUIVI = [
  ["Logement", "Réservataire", "Étape", "Date", "Commune"],
  ["L1", "PREFECTURE", "mise à disposition", "10/01/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "mise à disposition", "01/02/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "attribution", "20/02/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "bail signé", "01/03/2024", "Antibes"],
  ["L2", "PREFECTURE", "mise à disposition", "05/03/2024", "06088"],
  ["L3", "PREFECTURE", "mise à disposition", "05/07/2024", "Nice"],
];

export const OBJECTIFS_SUIVI = [["EPCI", "Réservataire", "Objectif"], ["CASA", "PREFECTURE", 10], ["CASA", "ACTION LOGEMENT", 20], ["MNCA", "PREFECTURE", 4]];
