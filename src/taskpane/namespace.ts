/**
 * The custom functions' namespace in use: `GEF`, or the one a deployment chose (`npm run deploy --
 * --espace GEFTEST`, so that a test copy sits beside the production one). The deployment writes it
 * into taskpane.html's `<meta name="gef-espace">`; the Fonctions tab shows the functions under it.
 * See docs/choix.md « Espace de noms des fonctions ».
 */
import type { FunctionEntry } from "./functions-list";

export const DEFAULT_NAMESPACE = "GEF";
/** What Excel accepts as a namespace and GEF writes: a capital letter, then capitals, digits or « _ », 32 at most. */
const NAMESPACE = /^[A-Z][A-Z0-9_]{0,31}$/;

/** The namespace written in the page, or GEF when the page has none (or an invalid one). */
export function readNamespace(
  doc: Document | undefined = typeof document === "undefined" ? undefined : document,
): string {
  const content = doc?.querySelector('meta[name="gef-espace"]')?.getAttribute("content")?.trim() ?? "";
  return NAMESPACE.test(content) ? content : DEFAULT_NAMESPACE;
}

/** A text naming GEF's functions (« =GEF.ASSIETTE(…) »), with `namespace` in place of GEF. */
export function inNamespace(text: string, namespace: string): string {
  return namespace === DEFAULT_NAMESPACE ? text : text.replace(/\bGEF\.(?=[A-Z_])/g, `${namespace}.`);
}

/** The functions' list as the pane shows it under `namespace`. */
export function functionsIn(functions: readonly FunctionEntry[], namespace: string): FunctionEntry[] {
  return functions.map((f) => ({
    ...f,
    nom: inNamespace(f.nom, namespace),
    exemple: inNamespace(f.exemple, namespace),
  }));
}
