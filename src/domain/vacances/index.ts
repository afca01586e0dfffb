/** Vacancies, from the congé to the bail (issue 19, docs/regles/vacances.md). */
export * from "./mois";
export * from "./colonnes";
export * from "./vacances";
export * from "./proches";
export * from "./proposition";
export * from "./saisie-vacance";
export * from "./delais";
