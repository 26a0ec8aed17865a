import type { AssentApi, AssentConfig, AssentEvents, Consent, ConsentAction, ConsentSource } from "./types";
import { normalizeConfig, type NormalizedConfig } from "./core/config-defaults";
import { validateConfig } from "./core/validate-config";
import { createEmitter, type Emitter } from "./core/emitter";
import { createStore, type View } from "./core/store";
import { pickLanguage } from "./core/language";
import { createConsentId } from "./core/consent-codec";
import {
  chooseAll,
  chooseNone,
  declaredPatterns,
  diffCategories,
  isGranted,
  normalizeChoice,
  recordChoice,
  type Choice,
} from "./core/consent-rules";
import { consentDefaultCommands, consentUpdateCommand, FALLBACK_DEFAULT_COMMAND } from "./core/consent-mode";
import { buildReceipt, shownText } from "./core/receipt";
import { attempt, report } from "./core/report";
import { eraseStoredChoice, readStoredChoice, writeStoredChoice } from "./browser/stored-choice";
import { eraseDeclared, findStorages } from "./browser/erase-declared";
import { watchTaggedContent } from "./browser/tagged-content";
import { pushDataLayerEvent, pushGtag } from "./browser/data-layer";
import { sendReceipt } from "./browser/send-receipt";
import { sha256Hex } from "./browser/sha256";
import { dispatchAssentEvent } from "./browser/document-events";
import { fetchConfig, readPageConfig } from "./browser/page-config";
import { listenForPreferenceTriggers } from "./browser/triggers";
import { whenBody, whenParsed } from "./browser/dom-ready";
import { resolveUiText } from "./locales/ui-text";
import { mountUi } from "./ui/mount-ui";

/** The running instance: everything `init` builds from a valid config. */
type Session = Omit<AssentApi, "init" | "on">;

/** The API methods a session answers, in the order of CONTRACT §7. */
const SESSION_METHODS = "acceptAll rejectAll accept allowed getConsent showBanner showPreferences hide reset".split(" ") as Array<
  keyof Session
>;

/** What a method answers before `init`, with an invalid config, or when it fails: nothing allowed, no choice. */
const IDLE_ANSWERS: { [method: string]: unknown } = { allowed: false, getConsent: null };

/**
 * Creates an Assent instance bound to a window. Nothing happens until `init`.
 * `currentScript` is the drop-in's own `<script>` (for its `data-config`).
 * No method ever throws into the page: a failure is reported on the console.
 */
export function createAssent(win: Window, currentScript: HTMLScriptElement | null = null): AssentApi {
  const emitter = createEmitter<AssentEvents>(report);
  let session: Session | undefined;
  let started = false;

  function start(value: unknown): void {
    const problems = validateConfig(value);
    // With problems, tagged content stays blocked: no session means `allowed()` is false everywhere.
    for (const p of problems) console.error(`Assent: invalid config at ${p.path || "(root)"}: ${p.message}`);
    if (!problems.length) session = startSession(win, normalizeConfig(value as AssentConfig), emitter.emit);
  }

  function init(config?: AssentConfig): void {
    if (started) return;
    started = true;
    if (config) return start(config);
    const source = readPageConfig(win.document, win, currentScript);
    if (!source)
      return report('no config: add <script type="application/json" id="assent-config">, data-config or window.assentConfig');
    if ("error" in source) return report(source.error);
    if ("config" in source) return start(source.config);
    // The config is still on its way: deny everything now, before any later tag runs (CONTRACT §8).
    pushGtag(win, FALLBACK_DEFAULT_COMMAND);
    fetchConfig(win, source.url).then(start).catch(report);
  }

  const api = { init: (config?: AssentConfig) => void attempt(() => init(config)), on: emitter.on } as AssentApi;
  for (const name of SESSION_METHODS) {
    const forward = (...args: unknown[]) => {
      let answer = IDLE_ANSWERS[name];
      attempt(() => {
        if (session) answer = (session[name] as (...a: unknown[]) => unknown)(...args);
      });
      return answer;
    };
    Object.assign(api, { [name]: forward });
  }
  return api;
}

/** Wires core, browser and UI for one valid config, and returns the API's behaviour. */
function startSession(win: Window, config: NormalizedConfig, emit: Emitter<AssentEvents>["emit"]): Session {
  const doc = win.document;
  const nav = win.navigator;
  const location = win.location;
  const gpcDenied = nav.globalPrivacyControl === true ? config.globalPrivacyControl.deny : [];
  const language = pickLanguage(config.language, config.languages, doc.documentElement.lang, nav.languages || [nav.language]);
  const uiText = resolveUiText(config, language);
  const stored = readStoredChoice(doc, config, new Date());
  const store = createStore({ ...stored, view: "none", gpc: gpcDenied.length > 0, language });
  const current = () => store.get().consent;
  const granted = (category: string, service?: string) => isGranted(config, current(), category, service);

  // Google Consent Mode: the default goes out synchronously, before any later tag on the page runs.
  for (const command of consentDefaultCommands(config)) pushGtag(win, command);
  const signalConsent = () => {
    const update = consentUpdateCommand(config, granted);
    if (update) pushGtag(win, update);
  };
  if (stored.consent) signalConsent();

  const show = (view: View) => store.set({ view });
  const actions = {
    acceptAll: (source: ConsentSource) => record(chooseAll(config, gpcDenied), "accept_all", source),
    rejectAll: (source: ConsentSource) => record(chooseNone(config), "reject_all", source),
    accept: (categories: string[], services: string[] | undefined, source: ConsentSource) =>
      record(normalizeChoice(config, categories, services), "custom", source),
    allow(category: string, service?: string) {
      const before = current() || { categories: [], services: [] };
      const services = service ? [...before.services, service] : before.services;
      record(normalizeChoice(config, [...before.categories, category], services), "custom", "placeholder");
    },
    showBanner: () => show("banner"),
    showPreferences: () => show("preferences"),
    hide: () => show("none"),
  };

  const ui = mountUi({ document: doc, config, store, actions, text: uiText, gpcDenied });
  const tagged = watchTaggedContent({
    document: doc,
    mayLoad: (tag) => (tag.negated ? !!current() && !granted(tag.category) : granted(tag.category, tag.service)),
    onBlockedFrame: (frame, tag) => ui.placeholder(frame, tag),
    report,
    // A returning visitor's content starts as the parser reaches it; a first visit has nothing to start early.
    whileParsing: !!stored.consent,
  });
  listenForPreferenceTriggers(doc, actions.showPreferences);
  whenBody(doc, () => {
    if (!current() && store.get().view == "none") show("banner");
  });
  whenParsed(doc, () => ui.fillDeclarations(doc));

  // The hash of what the visitor was shown is computed once, and only when receipts are kept.
  let textHash: Promise<string> | undefined;
  function sendReceiptOf(consent: Consent, action: ConsentAction, source: ConsentSource): void {
    const log = config.consentLog;
    if (!log) return;
    (textHash = textHash || sha256Hex(shownText(config, uiText, language), win.crypto && win.crypto.subtle))
      .then((hash) =>
        sendReceipt(
          win,
          log.endpoint,
          buildReceipt({ consent, action, source, language, textHash: hash, href: location.href, now: new Date() }),
        ),
      )
      .catch(report);
  }

  /** Tells `Assent.on()` listeners and the document (`assent:consent`, `assent:change`). */
  function announce<E extends keyof AssentEvents>(event: E, payload: AssentEvents[E]): void {
    emit(event, payload);
    dispatchAssentEvent(doc, event, payload);
  }

  /** Erases the declared cookies and storage keys of these categories, on this host and its parent domains. */
  const eraseCookiesOf = (categories: string[]) =>
    eraseDeclared(doc, location.hostname, declaredPatterns(config, categories), findStorages(win), location.pathname);

  /** After any change of consent: clean-up and the `change` event. */
  function applyChange(before: Consent | null, after: Consent | null): void {
    const change = diffCategories(config, before, after);
    const revoked = change.revoked.length;
    // A script that already ran can't be un-run: erase what it declared, and reload if the config asks.
    if (revoked) eraseCookiesOf(change.revoked);
    if (revoked || change.granted.length) announce("change", change);
    if (revoked && config.reloadOnWithdraw) location.reload();
  }

  function record(choice: Choice, action: ConsentAction, source: ConsentSource): void {
    const { consent: before, previous } = store.get();
    const consent = recordChoice(before || previous, choice, config.revision, new Date(), () =>
      createConsentId((bytes) => win.crypto.getRandomValues(bytes)),
    );
    writeStoredChoice(doc, config, consent);
    store.set({ consent, previous: null });
    // Consent Mode's update first, so every tag sees the new state; then the tagged content, so its
    // downloads start before the UI closes and listeners run (the click → scripts latency the visitor waits for).
    signalConsent();
    tagged.rescan();
    store.set({ view: "none" });
    pushDataLayerEvent(win, { event: "assent_consent", assent: { categories: consent.categories, services: consent.services } });
    announce("consent", copyConsent(consent));
    applyChange(before, consent);
    sendReceiptOf(consent, action, source);
  }

  return {
    acceptAll: () => actions.acceptAll("api"),
    rejectAll: () => actions.rejectAll("api"),
    accept: (categories, services) => actions.accept(categories, services, "api"),
    allowed: granted,
    getConsent: () => copyConsent(current()),
    showBanner: actions.showBanner,
    showPreferences: actions.showPreferences,
    hide: actions.hide,
    reset() {
      const before = current();
      eraseStoredChoice(doc, config);
      // Withdrawal erases what every optional category declared, whatever was granted before.
      eraseCookiesOf(config.categories.filter((c) => !c.required).map((c) => c.id));
      if (before) sendReceiptOf({ ...before, ...chooseNone(config), updatedAt: new Date().toISOString() }, "withdraw", "api");
      store.set({ consent: null, previous: null, view: "banner" });
      signalConsent();
      // No rescan: with no choice, nothing new may run (`!category` content waits for a refusal).
      applyChange(before, null);
    },
  };
}

/** The page gets copies: nothing it does to them can change Assent's state. */
function copyConsent<C extends Consent | null>(consent: C): C {
  return (consent && { ...consent, categories: [...consent.categories], services: [...consent.services] }) as C;
}
