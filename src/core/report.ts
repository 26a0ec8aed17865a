/**
 * Tells the site owner that something went wrong: on the console, prefixed
 * "Assent:". Assent reports; it never throws into the host page.
 */
export function report(error: unknown): void {
  console.error("Assent:", error);
}

/**
 * Runs `fn` and returns its result. If it throws, the error goes to `onError`
 * (by default `report`) and the result is `undefined`: one failing step (a
 * page's broken `gtag`, a throwing listener) never stops the next.
 */
export function attempt<T>(fn: () => T, onError: (error: unknown) => void = report): T | undefined {
  try {
    return fn();
  } catch (error) {
    onError(error);
    return undefined;
  }
}
