/** The template checker's findings live in the catalogue: src/domain/messages/modele.ts. */
export * from "../messages/modele";
