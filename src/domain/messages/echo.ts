/**
 * How a message quotes what the user typed (docs/choix.md « Messages : citation de ce qui a été tapé »): at most
 * {@link ECHO_MAX} characters, the rest cut and marked « … », so that a cell of 100 000 characters never fills a
 * message bar or a terminal. Applied by every builder of the catalogue to the parameters that carry the user's text
 * (`valeur`, `libelle`, `nom`); GEF's own words (`detail`, `attendu`…) are left whole.
 */

/** Most characters of a user's value quoted in a message. */
export const ECHO_MAX = 60;

/** `text` cut to {@link ECHO_MAX} characters, « … » included, never inside a surrogate pair. */
export function echo(text: string): string {
  if (text.length <= ECHO_MAX) return text;
  let cut = text.slice(0, ECHO_MAX - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const ECHOED = ["valeur", "libelle", "nom"] as const;

/** `params` with the user's texts cut by {@link echo} (the same object when none is too long). */
export function echoParams<P extends object>(params: P): P {
  const p = params as Partial<Record<(typeof ECHOED)[number], unknown>>;
  if (!ECHOED.some((k) => typeof p[k] === "string" && p[k].length > ECHO_MAX)) return params;
  const out = { ...params } as Record<string, unknown>;
  for (const k of ECHOED) if (typeof out[k] === "string") out[k] = echo(out[k]);
  return out as unknown as P;
}
