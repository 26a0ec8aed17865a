import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runValidate } from "../../../src/cli/validate";
import type { BuildIo } from "../../../src/cli/site-build";
import { runCommand } from "../../../src/cli/command";
import { findJsonError } from "../../../src/cli/json-error";

const dir = mkdtempSync(join(tmpdir(), "assent-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a temp file; objects are written as JSON. */
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content == "string" ? content : JSON.stringify(content, null, 2));
  return path;
};

/** Runs a function with real file reads and captured output. */
const run = (fn: (args: string[], io: BuildIo) => number, args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = fn(args, {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => {
      throw Error("validate writes nothing");
    },
    distDir: "dist",
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
};

const good = {
  categories: [
    { id: "necessary", required: true, title: "Necessary", description: "Needed." },
    {
      id: "analytics",
      title: "Analytics",
      description: "Counts visits.",
      services: [{ id: "ga", title: "GA", cookies: [{ name: "_ga", duration: "2 years" }] }],
    },
  ],
};

describe("runValidate", () => {
  it("says a good config is valid and exits 0", () => {
    const file = write("good.json", good);
    expect(run(runValidate, [file])).toEqual({ code: 0, out: [`${file}: valid`], err: [] });
  });

  it("prints warnings without failing", () => {
    const file = write("warned.json", {
      ...good,
      cookie: { expiresDays: 730 },
      categories: [{ ...good.categories[1], description: undefined, default: true }],
    });
    const { code, out } = run(runValidate, [file]);
    expect(code).toBe(0);
    expect(out).toEqual([
      "warning  cookie.expiresDays: keeps the choice 730 days: ask again within 13 months (395 days)",
      "warning  categories[0].default: on by default though not required: consent must be an opt-in",
      "warning  categories[0].description: no description: say what the category is for",
      `${file}: valid, 3 warnings`,
    ]);
  });

  it("prints every problem with its path, then warnings, and exits 1", () => {
    const file = write("bad.json", {
      layout: "top",
      categories: [good.categories[0], { ...good.categories[1], id: "necessary" }, { id: "x y", title: "X" }],
    });
    const { code, out } = run(runValidate, [file]);
    expect(code).toBe(1);
    expect(out).toEqual([
      'error  layout: expected "bar" or "box"',
      'error  categories[1].id: duplicate id "necessary" (also categories[0])',
      "error  categories[2].id: expected letters, digits, _ or - (at most 64 characters)",
      "warning  categories[2].description: no description: say what the category is for",
      `${file}: 3 errors, 1 warning`,
    ]);
  });

  it("names the whole config when the root is wrong", () => {
    const file = write("array.json", [good]);
    expect(run(runValidate, [file]).out).toEqual(["error  (root): expected an object", `${file}: 1 error`]);
  });

  it("reports invalid JSON with line and column", () => {
    const file = write("broken.json", '{\n  "categories": [\n    { "id": "a", "title": "A" }\n    { "id": "b" }\n  ]\n}\n');
    const { code, out } = run(runValidate, [file]);
    expect(code).toBe(1);
    expect(out).toEqual([`error  ${file}:4:5: invalid JSON: expected "," or "]" but found "{"`, `${file}: 1 error`]);
  });

  it("reads a file that starts with a byte-order mark", () => {
    const file = write("bom.json", "\uFEFF" + JSON.stringify(good));
    expect(run(runValidate, [file]).code).toBe(0);
  });

  it("reports a missing file clearly and exits 1", () => {
    const file = join(dir, "nope.json");
    expect(run(runValidate, [file])).toEqual({ code: 1, out: [], err: [`${file}: cannot read: no such file`] });
    expect(run(runValidate, [dir]).err).toEqual([`${dir}: cannot read: is a directory, not a file`]);
  });

  it("checks every file and fails when any one is not valid", () => {
    const a = write("a.json", good);
    const b = write("b.json", { categories: [] });
    const { code, out } = run(runValidate, [a, b, a]);
    expect(code).toBe(1);
    expect(out).toEqual([`${a}: valid`, "error  categories: expected a non-empty list", `${b}: 1 error`, `${a}: valid`]);
  });

  it("exits 2 for a usage error", () => {
    expect(run(runValidate, [])).toMatchObject({ code: 2, out: [] });
    expect(run(runValidate, ["--strict", write("c.json", good)])).toMatchObject({ code: 2, out: [] });
    expect(run(runValidate, []).err[1]).toMatch(/^Usage: assent validate FILE/);
  });
});

describe("runCommand", () => {
  it("runs `validate`", () => {
    const file = write("cmd.json", good);
    expect(run(runCommand, ["validate", file])).toEqual({ code: 0, out: [`${file}: valid`], err: [] });
  });

  it.each([["--help"], ["-h"], ["help"], ["validate", "--help"]])("prints help for %j and exits 0", (...args) => {
    const { code, out } = run(runCommand, args);
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/Usage: assent validate FILE\.json/);
  });

  it("exits 2 without a command or with an unknown one", () => {
    expect(run(runCommand, [])).toMatchObject({ code: 2, err: ["assent: no command given", expect.stringMatching(/^Usage/)] });
    expect(run(runCommand, ["check", "x.json"])).toMatchObject({
      code: 2,
      err: ['assent: unknown command "check"', expect.stringMatching(/^Usage/)],
    });
  });
});

describe("findJsonError", () => {
  it("returns null for valid JSON", () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}', " 3 ", '""', "[]", "{}"]) {
      expect(JSON.parse(text) !== undefined && findJsonError(text)).toBeNull();
    }
  });

  it.each([
    ['{"a": x}', 1, 7, 'expected a value but found "x"'],
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes but found "}"'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes but found "\'"'],
    ['{\n"a" 1}', 2, 5, 'expected ":" but found "1"'],
    ["[1, 2\n", 2, 1, 'expected "," or "]" but found the end of the file'],
    ['{"a": "b\nc"}', 1, 9, "control character in a string (write it as \\n, \\t …)"],
    ['"\\x"', 1, 3, "invalid escape in a string"],
    ['"abc', 1, 5, "unterminated string"],
    ["[01]", 1, 3, 'expected "," or "]" but found "1"'],
    ["{} {}", 1, 4, 'expected the end of the file but found "{"'],
    ["", 1, 1, "expected a value but found the end of the file"],
  ])("locates the error in %j at %i:%i", (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonError(text)).toEqual({ line, column, message });
  });
});

describe("assent validate --html", () => {
  const withUrls = {
    ...good,
    categories: [
      ...good.categories,
      {
        id: "marketing",
        title: "Marketing",
        description: "Ads.",
        services: [{ id: "yt", title: "YouTube", urls: ["*.youtube.com"] }],
      },
    ],
  };
  const page = [
    "<!doctype html><html><head>",
    '<script src="https://www.youtube.com/iframe_api"></script>',
    '<script src="https://cdn.tracker.example/t.js"></script>',
    '<script src="/own.js"></script>',
    "</head><body>",
    '<img data-category="marketing" data-src="https://px.example/p.gif" src="https://px.example/p.gif" alt="">',
    '<iframe data-category="marketing" data-service="yt" srcdoc="<p>hi</p>"></iframe>',
    '<video data-category="marketing" data-src="/v.mp4" poster="https://px.example/poster.jpg"></video>',
    '<object data-category="marketing" data="https://px.example/x.swf"></object>',
    '<script type="text/plain" data-category="statistics">/* no such category */</script>',
    '<iframe data-category="marketing" data-service="vimeo" data-src="https://player.vimeo.com/1"></iframe>',
    '<img data-category="marketing" data-src="https://px.example/fine.gif" alt="">',
    '<!-- <img data-category="marketing" src="https://px.example/in-a-comment.gif"> -->',
    '<script>document.write(\'<img data-category="marketing" src="x.gif">\')</script>',
    "</body></html>",
  ].join("\n");

  it("lists tagged elements with real URL attributes, unknown categories and services, and unmatched third-party scripts", () => {
    const { code, out } = run(runValidate, [write("urls.json", withUrls), "--html", write("page.html", page)]);
    expect(code).toBe(1);
    const file = join(dir, "page.html");
    expect(out.slice(1)).toEqual([
      `warning  ${file}:3: <script> loads https://cdn.tracker.example/t.js, which is not tagged and no service's urls match: it runs before any consent`,
      `error  ${file}:6: <img data-category="marketing"> also has src: the browser loads it before any consent (use data-src)`,
      `error  ${file}:7: <iframe data-category="marketing"> also has srcdoc: the browser loads it before any consent (Assent can't hold srcdoc back: use <iframe data-src> with a URL)`,
      `error  ${file}:8: <video data-category="marketing"> also has poster: the browser loads it before any consent (use data-poster)`,
      `error  ${file}:9: <object data-category="marketing"> also has data: the browser loads it before any consent (Assent can't hold data back: use <iframe data-src> with a URL)`,
      `error  ${file}:10: <script data-category="statistics"> names a category the config does not have: it never loads`,
      `error  ${file}:11: <iframe data-category="marketing"> names service "vimeo", which category "marketing" does not list: it never loads`,
      `${file}: 6 errors, 1 warning`,
    ]);
  });

  it("passes a correctly tagged page, and needs a page after --html", () => {
    const fine = write("fine.html", '<img data-category="marketing" data-src="https://px.example/p.gif" alt="">');
    expect(run(runValidate, [write("urls2.json", withUrls), "--html", fine])).toMatchObject({ code: 0 });
    expect(run(runValidate, [write("urls3.json", withUrls), "--html"]).code).toBe(2);
  });
});
