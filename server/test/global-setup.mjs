// One PostgreSQL cluster for the whole run (each test file makes its own database in it).
// Without PostgreSQL the PostgreSQL half of the suite is skipped on a developer's machine, but in CI
// (CI=true, set by .ci/run) a missing PostgreSQL fails the run.
import { findPostgresBin, startPostgres } from "./postgres.mjs";

export default async function setup({ provide }) {
  if (!findPostgresBin()) {
    if (process.env.CI) throw new Error("PostgreSQL is missing, and CI must test it (see .ci/run)");
    console.warn("PostgreSQL is not installed: its tests are skipped (they run in CI).");
    provide("postgresUrl", "");
    return;
  }
  const cluster = await startPostgres();
  provide("postgresUrl", cluster.url);
  return () => cluster.destroy();
}
