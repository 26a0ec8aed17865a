import type { AssentApi, AssentConfig, AssentEvents, Consent } from "./types";
import { normalizeConfig, type NormalizedConfig } from "./core/config-defaults";
import { fitCookieToPlace } from "./core/cookie-place";
import { validateConfig } from "./core/validate-config";
import { createEmitter, type Emitter } from "./core/emitter";
import { createStore, type View } from "./core/store";
import { pickLanguage } from "./core/language";
import { createConsentId } from "./core/consent-codec";
import { copyConsent, createChoiceFlow, type ChoiceFlow } from "./core/choice-flow";
import { FALLBACK_DEFAULT_COMMAND } from "./core/consent-mode";
import { shownText } from "./core/receipt";
import { attempt, report } from "./core/report";
import { eraseStoredChoice, readStoredChoice, writeStoredChoice } from "./browser/stored-choice";
import { eraseDeclared, findStorages } from "./browser/erase-declared";
import { watchTaggedContent } from "./browser/tagged-content";
import { startAutoBlock } from "./browser/auto-block";
import { listUrlPatterns } from "./core/url-patterns";
import { pushDataLayerEvent, pushGtag } from "./browser/data-layer";
import { createReceiptSender } from "./browser/send-receipt";
import { dispatchAssentEvent } from "./browser/document-events";
import { readPageConfig } from "./browser/page-config";
import { fetchJson } from "./browser/fetch-json";
import { listenForPreferenceTriggers } from "./browser/triggers";
import { whenBody, whenParsed } from "./browser/dom-ready";
import { resolveUiText } from "./locales/ui-text";
import { createUiContext } from "./ui/ui-context";
import { mountUi } from "./ui/mount-ui";
import type { UiActions } from "./ui/ui-types";
import { loadedUi, type UiLoader } from "./ui-loader";
import { localeSource } from "./browser/fetch-locale";
import { AUTO_BLOCK, BUNDLED_UI, CONSENT_MODE, COOKIE_PLACE, PREBUILT_CONFIG, RECEIPTS } from "./core/build-flags";

/** The running instance: the choice flow plus the views, everything `init` builds from a valid config. */
type Session = ChoiceFlow & UiActions;

/**
 * Creates an Assent instance bound to a window. Nothing happens until `init`.
 * `currentScript` is the drop-in's own `<script>` (for its `data-config`).
 * `ui` is how the UI comes: bundled (the default) or loaded when first needed
 * (the split drop-in, lazy-ui.ts). The strings of a built-in language other
 * than English and Swedish are fetched from `locales/` next to `localeBase`
 * (by default the drop-in's own URL; see browser/fetch-locale.ts).
 * No method ever throws into the page: a failure is reported on the console.
 */
export function createAssent(
  win: Window,
  currentScript: HTMLScriptElement | null = null,
  ui?: UiLoader,
  localeBase = currentScript ? currentScript.src : undefined,
): AssentApi {
  const emitter = createEmitter<AssentEvents>(report);
  const states = createEmitter<{ state: Consent | null }>(report);
  let session: Session | undefined;
  let started = false;
  // Whether the config has been read (valid or not): from then on `subscribe` reports at once.
  let ready = false;

  function start(value: unknown): void {
    // The split drop-in's core always hands in its own `ui`: its build leaves the bundled one out.
    const uiLoader = BUNDLED_UI ? ui || loadedUi({ mountUi, resolveUiText, createUiContext }) : ui!;
    // A site build's config was validated and filled in by `assent build` (src/core/build-flags.ts).
    // With problems, tagged content stays blocked: no session means `allowed()` is false everywhere.
    if (PREBUILT_CONFIG || isValidConfig(value)) {
      const config = PREBUILT_CONFIG ? (value as NormalizedConfig) : normalizeConfig(value as AssentConfig);
      // A domain or path that does not cover this page would lose every choice: dropped, with one clear error.
      const place = COOKIE_PLACE ? fitCookieToPlace(config.cookie, win.location) : { cookie: config.cookie, problems: [] };
      for (const problem of place.problems) console.error("Assent: " + problem);
      session = startSession(win, { ...config, cookie: place.cookie }, emitter.emit, reportState, uiLoader, localeBase);
    }
    reportState();
  }

  /** Tells `subscribe` listeners and the document (`assent:state`) the choice now in force. */
  function reportState(): void {
    ready = true;
    const consent = api.getConsent();
    states.emit("state", consent);
    dispatchAssentEvent(win.document, "state", consent);
  }

  function init(config?: AssentConfig): void {
    if (started) return;
    started = true;
    if (config) return start(config);
    // A site build hands its inlined config in (src/auto-core.ts): it never looks for one on the page.
    if (PREBUILT_CONFIG) return;
    const source = readPageConfig(win.document, win, currentScript);
    if (!source)
      return report('no config: add <script type="application/json" id="assent-config">, data-config or window.assentConfig');
    if ("error" in source) return report(source.error);
    if ("config" in source) return start(source.config);
    // The config is still on its way: deny everything now, before any later tag runs (README "Google Consent Mode").
    pushGtag(win, FALLBACK_DEFAULT_COMMAND);
    fetchJson(win, source.url).then(start).catch(report);
  }

  /** Runs `use` on the session; `undefined` before there is one (or with an invalid config) and when it fails. */
  const call = <T>(use: (session: Session) => T) => attempt(() => session && use(session));

  // The API table: `AssentApi` in types.ts declares its members; TypeScript holds this object to them.
  const api: AssentApi = {
    init: (config) => void attempt(() => init(config)),
    acceptAll: () => call((s) => s.acceptAll("api")),
    rejectAll: () => call((s) => s.rejectAll("api")),
    accept: (categories, services) => call((s) => s.accept(categories, services, "api")),
    // Before `init` (or with an invalid config) nothing is allowed and there is no choice.
    allowed: (category, service) => !!call((s) => s.allowed(category, service)),
    getConsent() {
      const consent = call((s) => s.consent());
      return consent ? copyConsent(consent) : null;
    },
    showBanner: () => call((s) => s.showBanner()),
    showPreferences: () => call((s) => s.showPreferences()),
    hide: () => call((s) => s.hide()),
    reset: () => call((s) => s.reset()),
    on: emitter.on,
    subscribe(listener) {
      const unsubscribe = states.on("state", listener);
      if (ready) attempt(() => listener(api.getConsent()));
      return unsubscribe;
    },
  };
  return api;
}

/** Whether `value` is a valid config; each problem goes to the console, with its path. */
function isValidConfig(value: unknown): boolean {
  const problems = validateConfig(value);
  for (const p of problems) console.error(`Assent: invalid config at ${p.path || "(root)"}: ${p.message}`);
  return !problems.length;
}

/** Where an ES module copy keeps the page's instance without a global name (see `pageAssent`). */
const PAGE_INSTANCE = Symbol.for("assent");

/**
 * The page's one Assent, whatever mix of the drop-in and the ES module is loaded: `window.Assent` (the
 * drop-in's), else the instance an ES module copy keeps under a symbol, else a new one from `create`,
 * kept there. So every copy of Assent on a page drives one instance: one banner, one cookie.
 */
export function pageAssent(win: Window, create: () => AssentApi): AssentApi {
  const found: AssentApi | undefined = win.Assent || Reflect.get(win, PAGE_INSTANCE);
  if (found) return found;
  const created = create();
  Reflect.defineProperty(win, PAGE_INSTANCE, { value: created, configurable: true });
  return created;
}

/** Wires core, browser and UI for one valid config; `onConsent` runs whenever the choice in force changes. */
function startSession(
  win: Window,
  config: NormalizedConfig,
  emit: Emitter<AssentEvents>["emit"],
  onConsent: () => void,
  uiLoader: UiLoader,
  localeBase: string | undefined,
): Session {
  const doc = win.document;
  const { navigator: nav, location } = win;
  const gpcDenied = nav.globalPrivacyControl === true ? config.globalPrivacyControl.deny : [];
  const language = pickLanguage(config.language, config.languages, doc.documentElement.lang, nav.languages || [nav.language]);
  const stored = readStoredChoice(doc, config, new Date(), location);
  // A site build's UI holds every language of its config: nothing to fetch.
  const locale = PREBUILT_CONFIG ? undefined : localeSource(win, localeBase, language, report);
  // A first visit shows the banner: a language not in the UI bundle is fetched now, while the page is parsed.
  if (locale && !stored.consent) locale();
  const store = createStore({ ...stored, view: "none" });
  let consent = stored.consent;
  store.subscribe((state) => consent != state.consent && ((consent = state.consent), onConsent()));

  const receipts =
    RECEIPTS &&
    createReceiptSender(win, config.consentLog, language, () =>
      uiLoader.text(config, language, locale).then((text) => shownText(config, text, language)),
    );
  const flow = createChoiceFlow(config, store, gpcDenied, {
    writeChoice: (consent) => writeStoredChoice(doc, config, consent, location),
    eraseChoice: () => eraseStoredChoice(doc, config, location),
    eraseDeclared: (patterns) => eraseDeclared(doc, location.hostname, patterns, findStorages(win), location.pathname),
    // Only Consent Mode gives commands (choice-flow.ts); a site build without it leaves pushGtag out too.
    gtag: CONSENT_MODE ? (command) => pushGtag(win, command) : () => {},
    pushDataLayer: (entry) => pushDataLayerEvent(win, entry),
    // In a task of its own: the click's task ends as soon as the choice is kept and the UI closed, and the content
    // starts right after (deciding and starting 1,000 elements held the click's task 50-120 ms in Chromium at 1x
    // CPU: tests/e2e/many.test.mjs). Asked then, consent withdrawn in between keeps everything blocked.
    rescan: () => win.setTimeout(() => tagged.rescan()),
    announce(event, payload) {
      emit(event, payload);
      dispatchAssentEvent(doc, event, payload);
    },
    sendReceipt: (...receipt) => receipts && receipts.send(...receipt),
    reload: () => (receipts ? receipts.handedOver() : Promise.resolve()).then(() => location.reload()),
    newId: () => createConsentId((bytes) => win.crypto.getRandomValues(bytes)),
  });

  // Auto-blocking costs nothing unless a service lists `urls`: nothing is patched or observed without them.
  const patterns = AUTO_BLOCK && config.autoBlock !== false ? listUrlPatterns(config) : [];
  // AUTO_BLOCK again here, not only above: the minifier cannot tell that `[].length` is 0, so without it a site
  // build without `urls` would still carry startAutoBlock (src/core/build-flags.ts).
  const autoBlock =
    AUTO_BLOCK && patterns.length > 0
      ? startAutoBlock({ window: win, patterns, mayLoad: (owner) => flow.allowed(owner.category, owner.service) })
      : null;
  const show = (view: View) => () => store.set({ view });
  const session: Session = { ...flow, showBanner: show("banner"), showPreferences: show("preferences"), hide: show("none") };
  const ui = uiLoader.mount({ document: doc, store, actions: session, gpcDenied }, config, language, locale);
  const tagged = watchTaggedContent({
    document: doc,
    mayLoad: flow.mayLoad,
    onBlockedFrame: (frame, tag) => ui.placeholder(frame, tag),
    report,
    // A returning visitor's content starts as the parser reaches it; a first visit has nothing to start early.
    whileParsing: !!stored.consent,
    orderOf: autoBlock ? autoBlock.orderOf : undefined,
  });
  listenForPreferenceTriggers(doc, session.showPreferences);
  whenBody(doc, flow.promptIfUndecided);
  whenParsed(doc, () => ui.fillDeclarations(doc));
  return session;
}
