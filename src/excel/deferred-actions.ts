/**
 * Actions whose code loads on first use: the pane's script before its first paint holds only what
 * the first tab needs; the breakdown and Suivi du flux actions (and the domain code they use) are
 * webpack chunks fetched when one of their methods is first called (see webpack.config.js).
 */

/** An object whose every method returns a promise. */
type AsyncMethods<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/**
 * `load()` once, on the first call of any method, then every call goes to the loaded actions. A
 * failed load (network cut while the chunk is fetched) rejects that call and is tried again next time.
 */
export function deferActions<T extends AsyncMethods<T>>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const loaded = (): Promise<T> => {
    loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
  return new Proxy({} as T, {
    get: (_, name) =>
      typeof name === "string"
        ? (...args: unknown[]): Promise<unknown> =>
            loaded().then((actions) => (actions[name as keyof T] as (...a: unknown[]) => Promise<unknown>)(...args))
        : undefined,
  });
}
