import type { AssentEvents, Consent, ConsentAction, ConsentSource } from "../types";
import type { NormalizedConfig } from "./config-defaults";
import { CONSENT_MODE, RECEIPTS } from "./build-flags";
import { consentDefaultCommands, consentUpdateCommand, type GtagArgs } from "./consent-mode";
import {
  chooseAll,
  chooseNone,
  declaredPatterns,
  diffCategories,
  grantFrame,
  isGranted,
  normalizeChoice,
  recordChoice,
  type Choice,
  type DeclaredPatterns,
} from "./consent-rules";
import type { Store } from "./store";

/**
 * Everything a choice does outside the store, handed in by `assent.ts` (the page) or by a test (spies).
 * Each effect must not throw; the flow calls them in the order the README promises (see docs/architecture.md).
 */
export interface ChoiceEffects {
  /** Keeps the choice in the choice cookie (renewing its lifetime). */
  writeChoice(consent: Consent): void;
  /** Erases the choice cookie. */
  eraseChoice(): void;
  /** Erases the cookies and storage keys matching these declared patterns, on this host and its parent domains. */
  eraseDeclared(patterns: DeclaredPatterns): void;
  /** Gives Google tags one `gtag(...)` command (Consent Mode). */
  gtag(command: GtagArgs): void;
  /** Pushes an entry onto the page's `dataLayer` (the `assent_consent` event). */
  pushDataLayer(entry: object): void;
  /** Starts the tagged content that may load now. */
  rescan(): void;
  /** Tells `on()` listeners and the document (`assent:consent`, `assent:change`). */
  announce<E extends keyof AssentEvents>(event: E, payload: AssentEvents[E]): void;
  /** Sends the proof-of-consent receipt of a recorded choice (a no-op without `consentLog`). */
  sendReceipt(consent: Consent, action: ConsentAction, source: ConsentSource): void;
  /** Reloads the page (`reloadOnWithdraw`), once the receipts asked for before are handed to the browser. */
  reload(): void;
  /** A new random consent id. */
  newId(): string;
}

/** A tagged element as the flow judges it: its category (`negated` for `!category`) and service. */
export interface TagNeeds {
  category: string;
  service?: string;
  negated?: boolean;
}

/** What the visitor (through the UI) and the page (through the API) can do to consent. */
export interface ChoiceFlow {
  /** `true` if the category (and service) is granted now; always `true` for a required category. */
  allowed(category: string, service?: string): boolean;
  /** Whether tagged content may load now: `!category` content only once the visitor refused that category. */
  mayLoad(tag: TagNeeds): boolean;
  /** The choice in force (the store's own object: copy it before handing it to the page), or null. */
  consent(): Consent | null;
  /** **Accept all** (categories Global Privacy Control denies stay off). */
  acceptAll(source: ConsentSource): void;
  /** **Reject all**: required categories only. */
  rejectAll(source: ConsentSource): void;
  /** Exactly these categories (and services), cleaned up against the config. */
  accept(categories: string[], services: string[] | undefined, source: ConsentSource): void;
  /** A placeholder's button: see `grantForFrame` below. */
  allowFrame(category: string, service?: string): void;
  /** Withdraws: erases the choice cookie and every optional category's declared cookies, shows the banner. */
  reset(): void;
  /** On a first visit (no choice in force and nothing open), shows the banner. */
  promptIfUndecided(): void;
}

/**
 * The ordered steps of a choice and of a withdrawal, over a store the UI
 * renders and the effects it is handed. Plain logic: it never touches the page,
 * so it runs (and is tested) without a DOM.
 */
export function createChoiceFlow(
  config: NormalizedConfig,
  store: Store,
  gpcDenied: string[],
  effects: ChoiceEffects,
): ChoiceFlow {
  const current = () => store.get().consent;
  const allowed = (category: string, service?: string) => isGranted(config, current(), category, service);
  const signal = () => {
    // CONSENT_MODE (build-flags.ts) lets a site build without any `googleConsent` leave all of Consent Mode out.
    const update = CONSENT_MODE && consentUpdateCommand(config, allowed);
    if (update) effects.gtag(update);
  };

  /** After a change of consent: the `change` event, and a reload when the config asks for one on withdrawal. */
  function finishChange(before: Consent | null, after: Consent | null, eraseRevoked: boolean): void {
    const change = diffCategories(config, before, after);
    const revoked = change.revoked.length;
    // A script that already ran can't be un-run: erase what it declared, and reload if the config asks.
    if (revoked && eraseRevoked) effects.eraseDeclared(declaredPatterns(config, change.revoked));
    if (revoked || change.granted.length) effects.announce("change", change);
    if (revoked && config.reloadOnWithdraw) effects.reload();
  }

  function record(choice: Choice, action: ConsentAction, source: ConsentSource): void {
    const { consent: before, previous } = store.get();
    const consent = recordChoice(before || previous, choice, config.revision, new Date(), effects.newId);
    effects.writeChoice(consent);
    store.set({ consent, previous: null });
    // Consent Mode's update first, so every tag sees the new state; then the tagged content (which src/assent.ts
    // starts in the task after this one, so that a click's task stays short), the UI, the page's listeners.
    signal();
    effects.rescan();
    store.set({ view: "none" });
    effects.pushDataLayer({ event: "assent_consent", assent: { categories: consent.categories, services: consent.services } });
    effects.announce("consent", copyConsent(consent));
    // The receipt before the change's steps: a reload waits for the receipts asked for before it, and a `change`
    // listener's own choice is asked for after this one, so the server gets them in order.
    // RECEIPTS: a site build without receipts leaves out the building of what would be sent (build-flags.ts).
    if (RECEIPTS) effects.sendReceipt(consent, action, source);
    finishChange(before, consent, true);
  }

  /**
   * A placeholder's "Allow and load": adds only what the frame needs to the choice in force (`grantFrame`: its
   * service alone, or its category when it names none) and records it with source "placeholder".
   */
  function grantForFrame(category: string, service?: string): void {
    record(grantFrame(config, current(), category, service), "custom", "placeholder");
  }

  // Consent Mode's default goes out at once (the flow is created synchronously, before any later tag on the
  // page runs), then the update from a stored choice.
  if (CONSENT_MODE) for (const command of consentDefaultCommands(config)) effects.gtag(command);
  if (current()) signal();

  return {
    allowed,
    mayLoad: (tag) => (tag.negated ? !!current() && !allowed(tag.category) : allowed(tag.category, tag.service)),
    consent: current,
    acceptAll: (source) => record(chooseAll(config, gpcDenied), "accept_all", source),
    rejectAll: (source) => record(chooseNone(config), "reject_all", source),
    accept: (categories, services, source) => record(normalizeChoice(config, categories, services), "custom", source),
    allowFrame: grantForFrame,
    reset() {
      const before = current();
      effects.eraseChoice();
      // Withdrawal erases what every optional category declared, whatever was granted before (so not again below).
      effects.eraseDeclared(
        declaredPatterns(
          config,
          config.categories.filter((c) => !c.required).map((c) => c.id),
        ),
      );
      if (RECEIPTS && before)
        effects.sendReceipt({ ...before, ...chooseNone(config), updatedAt: new Date().toISOString() }, "withdraw", "api");
      store.set({ consent: null, previous: null, view: "banner" });
      signal();
      // No rescan: with no choice, nothing new may run (`!category` content waits for a refusal).
      finishChange(before, null, false);
    },
    promptIfUndecided() {
      if (!current() && store.get().view == "none") store.set({ view: "banner" });
    },
  };
}

/** The page gets copies: nothing it does to them can change Assent's state. */
export function copyConsent(consent: Consent): Consent {
  return { ...consent, categories: [...consent.categories], services: [...consent.services] };
}
