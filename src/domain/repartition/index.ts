/**
 * Breakdowns "style ERILIA" (docs/regles/repartitions.md): réservataire categories, counts, percentages, état des
 * lieux.
 */
export * from "./categories";
export { MOTIF_LONGUEUR_MAX, compileMotif, errorMotif, motifProblem, type MotifCode, type MotifCompile } from "./motif";
export * from "./rules";
export * from "./repartition";
export * from "./count-repartition";
export * from "./percent";
export type { AvertissementEdl, CodeAvertissementEdl } from "./edl-grid";
export * from "./etat-des-lieux";
export * from "./edl-repartition";
