/** The seeded generator of the example data (mulberry32, shared with the dwelling-table generator). */
export { seededRandom as seeded } from "../src/domain/tables/generator";
