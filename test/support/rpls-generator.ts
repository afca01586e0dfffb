/**
 * Seeded RPLS-like dwelling grids for tests, the browser sandbox and benchmarks: the generator is pure
 * and lives in src/domain/tables/generator.ts; this file only gives tests their usual entry point.
 */
export {
  GENERATOR_COMMUNES,
  GENERATOR_RESERVATAIRES,
  makeLogementGrid,
  seededRandom,
  type LogementGridOptions,
  type GeneratedCommune,
} from "../../src/domain/tables/generator";
