/**
 * Every setting of the server, declared once: the flag, the environment
 * variable, the default and the line `--help` prints (and server/README.md
 * repeats). A flag wins over its variable.
 */
export const SETTINGS = [
  {
    key: "configs",
    flag: "--config",
    repeat: true,
    help: "the site's Assent config file; repeat it for older revisions still on receipts (required)",
  },
  { key: "port", flag: "--port", env: "PORT", number: true, fallback: 8787, help: "port to listen on" },
  { key: "host", flag: "--host", env: "HOST", fallback: "127.0.0.1", help: "address to listen on (0.0.0.0 in a container)" },
  {
    key: "origins",
    flag: "--origin",
    env: "ASSENT_RECEIPTS_ORIGINS",
    repeat: true,
    help: "a site allowed to send receipts, e.g. https://www.example.com (repeatable; the variable is comma-separated)",
  },
  {
    key: "retentionDays",
    flag: "--retention-days",
    env: "ASSENT_RECEIPTS_RETENTION_DAYS",
    number: true,
    fallback: 1461,
    help: "days a receipt is kept before the server deletes it (default 1461: four years, see README)",
  },
  {
    key: "token",
    env: "ASSENT_RECEIPTS_TOKEN",
    help: "admin token for the export and the dashboard (Authorization: Bearer …); unset: both are closed",
  },
  { key: "databaseUrl", env: "DATABASE_URL", help: "postgres://… to use PostgreSQL; unset: the embedded database in --data-dir" },
  {
    key: "dataDir",
    flag: "--data-dir",
    env: "ASSENT_RECEIPTS_DATA_DIR",
    fallback: "assent-receipts-data",
    help: "folder of the embedded database",
  },
  {
    key: "spoolDir",
    flag: "--spool-dir",
    env: "ASSENT_RECEIPTS_SPOOL_DIR",
    help: "folder where receipts wait while the database is down (default: <data-dir>/spool)",
  },
  {
    key: "rateLimit",
    flag: "--rate-limit",
    env: "ASSENT_RECEIPTS_RATE_LIMIT",
    number: true,
    fallback: 60,
    help: "receipts a minute per client address, 0 for no limit",
  },
  {
    key: "trustProxy",
    flag: "--trust-proxy",
    env: "ASSENT_RECEIPTS_TRUST_PROXY",
    boolean: true,
    help: "take the client address from X-Forwarded-For (behind your reverse proxy only)",
  },
  {
    key: "controllerName",
    flag: "--controller-name",
    env: "ASSENT_RECEIPTS_CONTROLLER_NAME",
    fallback: "",
    help: "who is responsible for the data (in every exported receipt)",
  },
  {
    key: "controllerContact",
    flag: "--controller-contact",
    env: "ASSENT_RECEIPTS_CONTROLLER_CONTACT",
    fallback: "",
    help: "how to reach them, e.g. privacy@example.com",
  },
  {
    key: "jurisdiction",
    flag: "--jurisdiction",
    env: "ASSENT_RECEIPTS_JURISDICTION",
    fallback: "",
    help: "where the controller is established, e.g. SE",
  },
  {
    key: "withdrawal",
    flag: "--withdrawal",
    env: "ASSENT_RECEIPTS_WITHDRAWAL",
    fallback: "Open the cookie settings on the site and choose Reject all.",
    help: "how a visitor withdraws consent",
  },
];

/**
 * The settings from command-line arguments and the environment.
 * Throws an Error naming the bad argument.
 */
export function readSettings(argv, env) {
  const settings = {};
  for (const s of SETTINGS) {
    const fromEnv = s.env && env[s.env];
    if (s.repeat)
      settings[s.key] = fromEnv
        ? fromEnv
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : [];
    else if (s.boolean) settings[s.key] = fromEnv ? /^(1|true|yes)$/i.test(fromEnv) : false;
    else settings[s.key] = fromEnv || s.fallback;
  }
  const fromFlags = new Set();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const s = SETTINGS.find((candidate) => candidate.flag === flag);
    if (!s) throw new Error(`Unknown argument ${argv[i]} (see --help)`);
    if (s.boolean) {
      settings[s.key] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value == null) throw new Error(`${flag} needs a value`);
    if (s.repeat) {
      if (!fromFlags.has(s.key)) settings[s.key] = [];
      fromFlags.add(s.key);
      settings[s.key].push(value);
    } else settings[s.key] = value;
  }
  for (const s of SETTINGS.filter((candidate) => candidate.number)) {
    const n = Number(settings[s.key]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${s.flag} must be a whole number, not ${settings[s.key]}`);
    settings[s.key] = n;
  }
  if (settings.retentionDays < 1) throw new Error("--retention-days must be at least 1");
  return settings;
}

/** The text of `--help`. */
export function helpText() {
  const rows = SETTINGS.map((s) => {
    const name = [s.flag && s.flag + (s.boolean ? "" : " …"), s.env].filter(Boolean).join(" / ");
    const fallback =
      s.fallback !== undefined && s.fallback !== "" && !s.help.includes("default") ? ` (default ${s.fallback})` : "";
    return `  ${name}\n      ${s.help}${fallback}`;
  });
  return [
    "assent-receipts: keeps Assent's consent receipts as proof of consent.",
    "",
    "Usage:",
    "  assent-receipts --config consent.json [--config older.json …] [settings]   run the server",
    "  assent-receipts verify --config consent.json [settings]                     check the stored receipts were not altered",
    "",
    "Settings (flag / environment variable):",
    ...rows,
    "",
    "Routes: POST /receipts, GET /texts/{hash}, GET /receipts/{consentId}, GET /receipts?from=&to=&format=csv|ndjson, GET /dashboard, GET /health",
  ].join("\n");
}
