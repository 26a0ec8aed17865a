import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { normalizeConfig, textShownIn, validateConfig } from "../dist/sdk.mjs";

/** SHA-256 of a string's UTF-8 bytes, lower-case hex: what the drop-in's `textHash` is. */
export const sha256Hex = (text) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Reads and checks the site's config files (`--config`, repeatable: the
 * current one and older revisions still on visitors' receipts). Each must be
 * a valid Assent config, and no two may share a revision. Throws one Error
 * listing every problem with its file and JSON path, before anything starts.
 * @param {string[]} files
 * @returns {Map<number, object>} normalized config per revision
 */
export function loadConfigs(files) {
  if (!files.length) throw new Error("No config: pass --config consent.json (the site's Assent config).");
  const byRevision = new Map();
  const problems = [];
  for (const file of files) {
    let config;
    try {
      config = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${file}: ${error.message}`);
      continue;
    }
    const found = validateConfig(config);
    if (found.length) {
      for (const { path, message } of found) problems.push(`${file}: ${path || "(root)"}: ${message}`);
      continue;
    }
    const normalized = normalizeConfig(config);
    if (byRevision.has(normalized.revision)) problems.push(`${file}: revision ${normalized.revision} is given twice`);
    byRevision.set(normalized.revision, normalized);
  }
  if (problems.length) throw new Error("Invalid config:\n  " + problems.join("\n  "));
  return byRevision;
}

/**
 * Every text the configs show, one per revision and language, with its
 * SHA-256 — computed by the SDK's own function, so each hash equals the
 * `textHash` a visitor's browser sends for that page.
 * @param {Map<number, object>} configs
 * @returns {Array<{ hash: string, revision: number, language: string, text: string }>}
 */
export function shownTexts(configs) {
  const texts = [];
  for (const [revision, config] of configs) {
    for (const language of config.languages) {
      const text = textShownIn(config, language);
      texts.push({ hash: sha256Hex(text), revision, language, text });
    }
  }
  return texts;
}
