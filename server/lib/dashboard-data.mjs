import { RECEIPT_ACTIONS } from "../dist/sdk.mjs";

/** The dashboard's window: the last 90 days, today included. */
export const DASHBOARD_DAYS = 90;
const DAY_MS = 86400000;
/** The actions a receipt may name, from the SDK's own type (server/src/sdk.ts). */
export const ACTIONS = RECEIPT_ACTIONS;

/**
 * What the dashboard draws, from per-day counts (store.dailyCounts): per
 * optional category of the newest config, the share of choices that granted
 * it (withdrawals are not choices to opt in, so they are left out), and per
 * day the number of each action.
 * @param {Array<{ day: number, action: string, categories: string, n: number }>} counts
 */
export function summarize(counts, config, now = Date.now()) {
  const today = Math.floor(now / DAY_MS);
  const days = Array.from({ length: DASHBOARD_DAYS }, (_, i) => ({
    day: today - DASHBOARD_DAYS + 1 + i,
    actions: Object.fromEntries(ACTIONS.map((a) => [a, 0])),
  }));
  const optional = config.categories.filter((c) => !c.required).map((c) => c.id);
  const granted = Object.fromEntries(optional.map((id) => [id, 0]));
  let choices = 0;
  for (const row of counts) {
    const n = Number(row.n);
    const slot = days[Number(row.day) - days[0].day];
    if (slot && row.action in slot.actions) slot.actions[row.action] += n;
    if (row.action == "withdraw") continue;
    choices += n;
    for (const id of JSON.parse(row.categories)) if (id in granted) granted[id] += n;
  }
  return {
    choices,
    optIn: optional.map((id) => ({ id, rate: choices ? granted[id] / choices : 0 })),
    days: days.map((d) => ({ date: new Date(d.day * DAY_MS).toISOString().slice(0, 10), actions: d.actions })),
  };
}

/** The start of the dashboard's window, in ms: midnight UTC 89 days ago. */
export const dashboardSince = (now = Date.now()) => (Math.floor(now / DAY_MS) - DASHBOARD_DAYS + 1) * DAY_MS;
