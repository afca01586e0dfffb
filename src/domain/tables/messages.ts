/** The table reader's messages live in the catalogue: src/domain/messages/tables.ts. */
export * from "../messages/tables";
