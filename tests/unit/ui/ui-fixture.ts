import { vi } from "vitest";
import { normalizeConfig, type NormalizedConfig } from "../../../src/core/config-defaults";
import { createStore, type AssentState, type Store } from "../../../src/core/store";
import { resolveUiText } from "../../../src/locales/ui-text";
import { mountUi } from "../../../src/ui/mount-ui";
import { createUiContext, type UiContext } from "../../../src/ui/ui-context";
import type { UiActions } from "../../../src/ui/ui-types";
import type { AssentConfig, Consent } from "../../../src/types";

/** A small two-language config: a required category, analytics, and marketing with per-service switches. */
export function makeConfig(extra: Partial<AssentConfig> = {}): NormalizedConfig {
  return normalizeConfig({
    languages: ["en", "sv"],
    policyUrl: { en: "/privacy", sv: "/integritet" },
    categories: [
      {
        id: "necessary",
        required: true,
        title: { en: "Strictly necessary", sv: "Nödvändiga" },
        description: { en: "Needed for the site.", sv: "Behövs för webbplatsen." },
        services: [
          {
            id: "session",
            title: "Session",
            cookies: [
              {
                name: "SID",
                host: "www.example.com",
                party: "first",
                duration: { en: "Session", sv: "Sessionen" },
                description: "Keeps a session.",
              },
            ],
          },
        ],
      },
      {
        id: "analytics",
        title: { en: "Analytics", sv: "Statistik" },
        description: "Counts visits.",
        services: [
          {
            id: "ga",
            title: "Google Analytics",
            cookies: [
              {
                name: "_ga",
                party: "third",
                duration: { en: "2 years", sv: "2 år" },
                description: { en: "Tells visitors apart.", sv: "Skiljer besökare åt." },
              },
            ],
          },
        ],
      },
      {
        id: "marketing",
        toggleServices: true,
        title: { en: "Marketing", sv: "Marknadsföring" },
        description: "Ads.",
        services: [
          {
            id: "youtube",
            title: "YouTube",
            cookies: [{ name: "VISITOR_INFO1_LIVE", host: ".youtube.com", duration: "6 months" }],
          },
          { id: "linkedin", title: "LinkedIn" },
        ],
      },
    ],
    ...extra,
  });
}

export function makeConsent(categories: string[], services: string[] = []): Consent {
  return {
    id: "abc",
    revision: 1,
    categories,
    services,
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
  };
}

/** Spies for the UI's actions that move the store's view like the real ones do. */
function spyActions(store: Store) {
  return {
    acceptAll: vi.fn(() => store.set({ view: "none" })),
    rejectAll: vi.fn(() => store.set({ view: "none" })),
    accept: vi.fn(() => store.set({ view: "none" })),
    allowFrame: vi.fn(),
    showBanner: vi.fn(() => store.set({ view: "banner" })),
    showPreferences: vi.fn(() => store.set({ view: "preferences" })),
    hide: vi.fn(() => store.set({ view: "none" })),
  } satisfies UiActions;
}

/** What a UI is mounted with on the test document: English strings at once, spy actions that move the store. */
export function uiOptions(
  options: { config?: NormalizedConfig; state?: Partial<AssentState>; gpcDenied?: string[]; language?: string } = {},
) {
  const config = options.config || makeConfig();
  const language = options.language || "en";
  const store = createStore({ consent: null, previous: null, view: "none", ...options.state });
  return {
    document,
    config,
    language,
    withContext: (use: (context: UiContext) => void) => use(createUiContext(config, resolveUiText(config, language), language)),
    store,
    actions: spyActions(store),
    gpcDenied: options.gpcDenied || [],
  };
}

/** Mounts the UI on the test document with spy actions that move the store like the real ones do. */
export function mount(options: Parameters<typeof uiOptions>[0] = {}) {
  const mounted = uiOptions(options);
  const ui = mountUi(mounted);
  /** The shadow root of the UI, or null while nothing was rendered. */
  const root = () => document.querySelector("[data-assent-root]")?.shadowRoot || null;
  const { config, store, actions } = mounted;
  return { config, store, actions, ui, root };
}

/** Removes everything Assent and the test put into the document. */
export function cleanPage(): void {
  document.body.innerHTML = "";
  document.head.innerHTML = "";
  document.documentElement.removeAttribute("data-assent-blocking");
}
