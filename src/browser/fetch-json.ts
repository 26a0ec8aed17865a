/**
 * Fetches a JSON file (same-origin cookies only) and parses it: a `data-config`
 * URL (`what` = "the config", page-config.ts) or a language's strings
 * (fetch-locale.ts).
 * Rejects with an Error that names it and the URL and says why — the HTTP
 * status when the server doesn't answer 2xx, the parser's complaint when the
 * body isn't JSON, or the network error.
 */
export function fetchJson(win: Window, url: string, what = "the config"): Promise<unknown> {
  return win
    .fetch(url, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw Error("HTTP " + response.status);
      return response.json();
    })
    .catch((error: Error) => {
      throw Error(`${what} at ${url} did not load as JSON (${error.message})`);
    });
}
