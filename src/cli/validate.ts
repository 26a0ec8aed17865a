import type { AssentConfig } from "../types";
import { lintConfig } from "../core/lint-config";
import { validateConfig, type ConfigProblem } from "../core/validate-config";
import { findJsonError } from "./json-error";
import { checkHtml } from "./html-check";

/** What the command reads and writes; handed in so tests need no real terminal. */
export interface CliIo {
  /** Reads a file as UTF-8; throws (with a Node error `code`) when it can't. */
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

export const VALIDATE_USAGE = "Usage: assent validate FILE.json [FILE2.json …] [--html PAGE.html …]";

const count = (n: number, word: string) => `${n} ${word}${n == 1 ? "" : "s"}`;

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
};

/** Checks one file and prints its problems; the config when it is valid, else undefined. */
export function validateFile(file: string, io: CliIo): AssentConfig | undefined {
  let source: string;
  try {
    source = io.readFile(file);
  } catch (error) {
    const { code, message } = (error || {}) as { code?: string; message?: string };
    io.err(`${file}: cannot read: ${(code && READ_ERRORS[code]) || message || String(error)}`);
    return undefined;
  }
  // A byte-order mark is not JSON, but editors on Windows like to write one.
  const text = source.replace(/^\uFEFF/, "");
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    const where = findJsonError(text);
    io.out(
      where
        ? `error  ${file}:${where.line}:${where.column}: invalid JSON: ${where.message}`
        : `error  ${file}: invalid JSON: ${(error as Error).message}`,
    );
    io.out(`${file}: 1 error`);
    return undefined;
  }
  const errors = validateConfig(config);
  const warnings = lintConfig(config as AssentConfig);
  const print = (kind: string) => (problem: ConfigProblem) => io.out(`${kind}  ${problem.path || "(root)"}: ${problem.message}`);
  errors.forEach(print("error"));
  warnings.forEach(print("warning"));
  const summary = [errors.length ? count(errors.length, "error") : "valid"];
  if (warnings.length) summary.push(count(warnings.length, "warning"));
  io.out(`${file}: ${summary.join(", ")}`);
  return errors.length ? undefined : (config as AssentConfig);
}

/** Checks one page's tagging against a valid config and prints its problems; false when it has errors. */
function checkHtmlFile(file: string, config: AssentConfig, io: CliIo): boolean {
  let html: string;
  try {
    html = io.readFile(file);
  } catch (error) {
    const { code, message } = (error || {}) as { code?: string; message?: string };
    io.err(`${file}: cannot read: ${(code && READ_ERRORS[code]) || message || String(error)}`);
    return false;
  }
  const problems = checkHtml(html, config);
  for (const p of problems) io.out(`${p.kind}  ${file}:${p.line}: ${p.message}`);
  const errors = problems.filter((p) => p.kind == "error").length;
  const warnings = problems.length - errors;
  const summary = [errors ? count(errors, "error") : "no tagging mistakes"];
  if (warnings) summary.push(count(warnings, "warning"));
  io.out(`${file}: ${summary.join(", ")}`);
  return !errors;
}

/**
 * `assent validate FILE.json [FILE2.json …]`: prints every problem of each
 * config (`error  categories[1].id: …`), its compliance warnings
 * (`warning  …`, which do not fail it) and a summary line per file. Returns the
 * exit code: 0 when every file is valid, 1 when any is not (or can't be read),
 * 2 for a usage error.
 */
export function runValidate(args: string[], io: CliIo): number {
  const at = args.indexOf("--html");
  const configs = at < 0 ? args : args.slice(0, at);
  const pages = at < 0 ? [] : args.slice(at + 1);
  const option = [...configs, ...pages].find((arg) => arg.startsWith("-"));
  if (!configs.length || option || (at >= 0 && !pages.length)) {
    io.err(
      option ? `assent validate: unknown option ${option}` : `assent validate: no ${configs.length ? "page" : "file"} given`,
    );
    io.err(VALIDATE_USAGE);
    return 2;
  }
  let valid = true;
  const checked = configs.map((file) => validateFile(file, io));
  if (checked.includes(undefined)) valid = false;
  // Pages are checked against the first config, once it is valid.
  if (checked[0]) for (const file of pages) valid = checkHtmlFile(file, checked[0], io) && valid;
  return valid ? 0 : 1;
}
