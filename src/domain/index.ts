/** GEF's domain: the rules of gestion en flux, pure and shared by functions, pane and command line. */
export * from "./errors";
export * from "./text";
export * from "./number-text";
export * from "./cells";
export * from "./keyword";
export * from "./dates";
export * from "./assiette";
export * from "./rotation";
export * from "./apportion";
export * from "./flux";
export * from "./journal";
export * from "./decompte";
export * from "./chute";
export * from "./prochain";
export * from "./template";
export * from "./breakdown";
