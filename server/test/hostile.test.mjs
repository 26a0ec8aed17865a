// Hundreds of malformed and hostile bodies: every one refused with 400, 413 or 415, and not one stored.
import { afterAll, describe, expect, test } from "vitest";
import { databaseKinds, exportReceipts, post, receipt, removeTempDirs, startServer } from "./harness.mjs";

afterAll(removeTempDirs);

const FIELDS = Object.keys(receipt());
const WRONG_VALUES = [
  null,
  true,
  0,
  -1,
  1.5,
  "",
  " ",
  "x".repeat(5000),
  [],
  {},
  ["x"],
  { $gt: "" },
  "<script>alert(1)</script>",
  "\u0000",
  "'; DROP TABLE receipts; --",
];
const BAD_FIELD = {
  consentId: ["a b", "a/b", "x".repeat(65), "ü", "../../etc/passwd", "%00"],
  revision: [2, 0, -1, "1", 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2],
  categories: [
    ["analytics"],
    ["necessary", "necessary"],
    ["necessary", "ads"],
    ["necessary", 1],
    "necessary",
    ["necessary", null],
    ["__proto__"],
  ],
  services: [["google-analytics", "google-analytics"], ["facebook"], "youtube", [{}], ["constructor"]],
  action: ["accept", "ACCEPT_ALL", "accept_all ", "toString", "__proto__"],
  source: ["popup", "Banner", "hasOwnProperty"],
  language: ["de", "EN", "en-US", "", "en\u0000"],
  textHash: ["A".repeat(64), "a".repeat(63), "a".repeat(65), "g".repeat(64), " " + "a".repeat(63)],
  url: [
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "/relative/path",
    "https://shop.example/?q=secret",
    "https://shop.example/#token",
    "ftp://shop.example/",
    "https://shop.example/" + "a".repeat(2100),
    "https://shop.example",
    "http://[::1",
  ],
  timestamp: [
    "yesterday",
    "2026-13-01T00:00:00Z",
    "2026-01-01",
    "1700000000000",
    "2026-01-01T25:00:00Z",
    "2026-01-01T00:00:00.000Z; DROP",
  ],
};

/** Every body, as [label, text, content-type]. */
function hostileBodies() {
  const bodies = [];
  const json = (label, value) => bodies.push([label, JSON.stringify(value), "application/json"]);
  for (const field of FIELDS) {
    const { [field]: _, ...without } = receipt();
    json(`without ${field}`, without);
    // Two of the wrong values are right for one field: no services at all, and "" as the hash of an http page.
    const valid = (v) => (field == "services" && Array.isArray(v) && !v.length) || (field == "textHash" && v === "");
    for (const value of WRONG_VALUES.filter((v) => !valid(v)))
      json(`${field} = ${JSON.stringify(value).slice(0, 30)}`, receipt({ [field]: value }));
    for (const value of BAD_FIELD[field]) json(`${field} = ${JSON.stringify(value).slice(0, 30)}`, receipt({ [field]: value }));
  }
  for (const extra of ["ip", "__proto__", "constructor", "prototype", "email", "Action"]) {
    bodies.push([
      `extra ${extra}`,
      JSON.stringify(receipt()).replace(/^\{/, `{"${extra}":{"polluted":true},`),
      "application/json",
    ]);
  }
  const validText = JSON.stringify(receipt());
  for (const [label, text] of [
    ["empty", ""],
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"receipt"'],
    ["an array", `[${validText}]`],
    ["two receipts", validText + validText],
    ["truncated", validText.slice(0, -1)],
    ["trailing garbage", validText + "x"],
    ["single quotes", validText.replace(/"/g, "'")],
    ["NaN revision", validText.replace('"revision":1', '"revision":NaN')],
    ["comments", "/* hi */" + validText],
    ["deep nesting", "[".repeat(3000) + "]".repeat(3000)],
    ["duplicate key overriding revision", validText.replace('"revision":1', '"revision":1,"revision":9')],
  ])
    bodies.push([label, text, "application/json"]);
  bodies.push([
    "invalid UTF-8",
    Buffer.concat([Buffer.from(validText.slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(validText.slice(20))]),
    "application/json",
  ]);
  bodies.push(["too large", JSON.stringify(receipt({ consentId: "x" })) + " ".repeat(9000), "application/json"]);
  for (const type of [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonp",
    "",
    "application/json-patch+json",
  ])
    bodies.push([`content-type ${type || "(none)"}`, validText, type]);
  return bodies;
}

describe.each(databaseKinds())("hostile bodies, $name database", ({ setup }) => {
  test("at least 200 malformed or hostile bodies: each refused, none stored", async () => {
    const server = await startServer(await setup(), { args: ["--rate-limit", "0"] });
    try {
      const bodies = hostileBodies();
      expect(bodies.length).toBeGreaterThanOrEqual(200);
      for (const [label, body, type] of bodies) {
        const headers = type ? { "content-type": type } : { "content-type": "" };
        const res = await post(server, body, headers);
        expect([400, 413, 415], label).toContain(res.status);
        if (res.status == 400) expect((await res.json()).detail, label).toBeTruthy();
        else await res.arrayBuffer();
      }
      expect(await exportReceipts(server, "/receipts?from=2000-01-01")).toEqual([]);
      // The server is still well: a valid receipt after all that is kept.
      expect((await post(server, receipt())).status).toBe(204);
      expect(await exportReceipts(server)).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });
});
