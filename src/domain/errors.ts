/** The custom functions' refusals and the one Result type live in the catalogue: src/domain/messages/. */
export * from "./messages/functions";
export * from "./messages/result";
