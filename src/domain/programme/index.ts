/** Programmes neufs: a new operation's first lettings split among its réservataires (docs/regles/programmes-neufs.md). */
export * from "./types";
export * from "./lecture";
export * from "./split";
export * from "./plafonds";
export { arrondiControle, type TableArrondie } from "./controlled-rounding";
