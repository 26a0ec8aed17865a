import type { AssentConfig } from "../types";
import type { ConfigProblem } from "./validate-config";

/**
 * The elements auto-blocking looks at, and the attribute that holds each one's URL (README "Auto-blocking"); the
 * browser guard and the HTML rewriter both go by it.
 */
export const URL_ATTRIBUTE: { readonly [localName: string]: string } = {
  script: "src",
  iframe: "src",
  img: "src",
  embed: "src",
  video: "src",
  audio: "src",
  source: "src",
  link: "href",
};

/** A link is only held back when it fetches something the page applies: a stylesheet, or a preload. */
export const isFetchingLink = (rel: string | null) => /(^|\s)(stylesheet|preload|modulepreload)(\s|$)/i.test(rel || "");

/** Whose content a URL is: the service that lists a matching pattern, and that service's category. */
export interface UrlOwner {
  category: string;
  service: string;
}

/** A `services[].urls` pattern, parsed once: `*.hotjar.com/path` → host `hotjar.com`, any subdomain, prefix `/path`. */
export interface UrlPattern extends UrlOwner {
  host: string;
  subdomains: boolean;
  /** The pattern names a port (`localhost:8080`): compare `host:port` instead of the host name alone. */
  port: boolean;
  path: string;
  /** Where it is in the config, for lint messages: `categories[1].services[0].urls[2]`. */
  at: string;
}

/** Answers whose content a URL is, or `undefined`; `base` resolves relative URLs (the page's own are never matched). */
export type UrlMatcher = (url: string, base?: string) => UrlOwner | undefined;

const SCHEME = /^[a-z][\w+.-]*:\/\//i;

/**
 * Reads a pattern with the same URL parser the browser uses on the URLs it is matched against, so upper case,
 * internationalised hosts and default ports compare equal. Scheme, query and fragment are dropped; a trailing `*` in
 * the path adds nothing (the path is a prefix already). `null`: no URL can ever match it.
 */
export function parsePattern(pattern: string): Omit<UrlPattern, keyof UrlOwner | "at"> | null {
  const text = pattern.trim();
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : "http://" + text.replace(/^\/\//, ""));
  } catch {
    return null;
  }
  const subdomains = url.host.startsWith("*.");
  const host = subdomains ? url.host.slice(2) : url.host;
  if (!host || host.includes("*") || /\s/.test(text)) return null;
  return { host, subdomains, port: /:\d+$/.test(host), path: url.pathname.replace(/\*$/, "") };
}

type Listed = { id: string; services?: Listed[]; urls?: unknown[] };
const items = (list: unknown): Listed[] =>
  Array.isArray(list) ? list.map((item) => (item && typeof item == "object" ? item : {})) : [];

/** Calls `fn` for every string in `services[].urls`, with its JSON path; safe on a config that is not valid. */
function eachUrl(config: AssentConfig, fn: (text: string, at: string, category: Listed, service: Listed) => void): void {
  items(config && config.categories).forEach((category, i) =>
    items(category.services).forEach((service, j) =>
      (Array.isArray(service.urls) ? service.urls : []).forEach((text, k) => {
        if (typeof text == "string") fn(text, `categories[${i}].services[${j}].urls[${k}]`, category, service);
      }),
    ),
  );
}

/** Every valid pattern of the config, in config order (the first one that matches a URL wins). */
export function listUrlPatterns(config: AssentConfig): UrlPattern[] {
  const patterns: UrlPattern[] = [];
  eachUrl(config, (text, at, category, service) => {
    const parsed = parsePattern(text);
    if (parsed) patterns.push({ ...parsed, category: category.id, service: service.id, at });
  });
  return patterns;
}

/** Whether `host` (a URL's host name, or `host:port` for a pattern with a port) is covered by the pattern's host. */
const coversHost = (pattern: UrlPattern, host: string) =>
  host == pattern.host || (pattern.subdomains && host.endsWith("." + pattern.host));

/**
 * The matcher of a config's `services[].urls` (README "Auto-blocking"), from `listUrlPatterns(config)`: a URL
 * matches when its host is the pattern's host (or, with `*.`, any subdomain of it — and the host itself) and its path
 * starts with the pattern's path. Never throws: a URL that can't be parsed matches nothing.
 */
export function createUrlMatcher(patterns: UrlPattern[]): UrlMatcher {
  return (text, base) => {
    let url: URL;
    try {
      url = new URL(text, base);
    } catch {
      return undefined;
    }
    const found = patterns.find((p) => coversHost(p, p.port ? url.host : url.hostname) && url.pathname.startsWith(p.path));
    return found && { category: found.category, service: found.service };
  };
}

/** Whether some URL matches both patterns: their hosts overlap and one path is a prefix of the other. */
function overlaps(a: UrlPattern, b: UrlPattern): boolean {
  const hostA = a.host.replace(/:\d+$/, "");
  const hostB = b.host.replace(/:\d+$/, "");
  const ports = !a.port || !b.port || a.host.split(":").pop() == b.host.split(":").pop();
  const hosts = coversHost({ ...a, host: hostA }, hostB) || coversHost({ ...b, host: hostB }, hostA);
  return ports && hosts && (a.path.startsWith(b.path) || b.path.startsWith(a.path));
}

/**
 * Lint warnings for `services[].urls`: a pattern no URL can match, and a pattern that overlaps one of another
 * service (a URL matching both is treated as content of the first in config order).
 */
export function lintUrlPatterns(config: AssentConfig): ConfigProblem[] {
  const warnings: ConfigProblem[] = [];
  eachUrl(config, (text, path) => {
    if (!parsePattern(text))
      warnings.push({
        path,
        message: `"${text}" can never match: write a host (with "*." for any subdomain), optionally a path`,
      });
  });
  const patterns = listUrlPatterns(config);
  patterns.forEach((a, i) => {
    const other = patterns.slice(0, i).find((b) => b.service != a.service && overlaps(a, b));
    if (other)
      warnings.push({
        path: a.at,
        message: `overlaps ${other.at} (service "${other.service}"): matching URLs are treated as "${other.service}"`,
      });
  });
  return warnings;
}
