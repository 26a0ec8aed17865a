import { render } from "preact";
import css from "../../styles/assent.css?raw";
import type { NormalizedConfig } from "../core/config-defaults";
import { presetChoice, type Choice } from "../core/consent-rules";
import { attempt } from "../core/report";
import type { Store, View } from "../core/store";
import type { CategoryConfig, UiText } from "../types";
import { renderBanner } from "./banner";
import { fillDeclaration } from "./declaration";
import { findFocused, keepTabInside } from "./focus-trap";
import { pickPageRules } from "./page-rules";
import { renderPreferences, type PreferencesHandlers } from "./preferences";
import { showPlaceholder } from "./placeholder";
import { renderReopenButton } from "./reopen-button";
import { adoptSheet, createSheet, createShadowHost, type Sheet } from "./shadow-host";
import { createUiContext } from "./ui-context";

/** What the UI asks the rest of Assent to do; the UI itself never records anything. */
export interface UiActions {
  acceptAll(source: "banner" | "preferences"): void;
  rejectAll(source: "banner" | "preferences"): void;
  /** "Save choices" in the preference center. */
  accept(categories: string[], services: string[], source: "preferences"): void;
  /** A placeholder's "Allow and load": grants this category (and service), records source "placeholder". */
  allow(category: string, service?: string): void;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
}

/** What `mountUi` works with; everything is handed in, so tests pass jsdom objects and spies. */
export interface UiOptions {
  document: Document;
  config: NormalizedConfig;
  store: Store;
  actions: UiActions;
  text: UiText;
  /** Categories Global Privacy Control keeps off; [] when the browser sends no signal. */
  gpcDenied: string[];
}

/** What the rest of Assent asks of the UI besides the store's `view`. */
export interface Ui {
  /** Puts a placeholder in place of a blocked iframe; returns the function that removes it. */
  placeholder(frame: HTMLIFrameElement, tag: { category: string; service?: string }): () => void;
  /** Fills every [data-assent-declaration] element under root. */
  fillDeclarations(root: ParentNode): void;
}

/** Escape runs `onEscape`; Tab stays inside the first child of the element that listens (the dialog, or the blocking banner). */
function trapKeys(event: KeyboardEvent, onEscape?: () => void): void {
  if (event.key == "Escape" && onEscape) {
    event.preventDefault();
    onEscape();
  } else keepTabInside(event, (event.currentTarget as HTMLElement).firstElementChild as HTMLElement);
}

/** `list` with `id` in it (at the end) or out of it. */
const withId = (list: string[], id: string, on: boolean) => list.filter((item) => item != id).concat(on ? [id] : []);

/** The ids of a category's services. */
const servicesOf = (category: CategoryConfig) => (category.services || []).map((service) => service.id);

/**
 * Renders what the store's `view` asks for: the banner, the preference center,
 * or nothing (plus the reopen button with `reopenButton` once a choice exists),
 * inside one open shadow root on `<div data-assent-root>` at the end of `<body>`.
 * Lazy: until something must be shown, it only listens to the store, so a
 * returning visitor gets no UI DOM at all. Focus moves into the preference
 * center when it opens and back to whatever opened it when it closes.
 */
export function mountUi({ document: doc, config, store, actions, text, gpcDenied }: UiOptions): Ui {
  const filled = new WeakSet<Element>();
  let sheet: Sheet | undefined;
  let pageSheet: Sheet | undefined;
  let container: HTMLElement | undefined;
  let shown: View = "none";
  let opener: HTMLElement | null = null;
  let choice: Choice;
  let open: string[] = [];

  const mainSheet = () => (sheet ||= createSheet(doc, css));
  const adoptPageSheet = () => {
    if (!pageSheet) adoptSheet(doc, (pageSheet = createSheet(doc, pickPageRules(css))));
  };
  const context = () => createUiContext(config, text, store.get().language);
  const close = () => (store.get().consent ? actions.hide() : actions.showBanner());
  const update = (categories: string[], services: string[]) => {
    choice = { categories, services };
    draw();
  };
  const handlers: PreferencesHandlers = {
    acceptAll: () => actions.acceptAll("preferences"),
    rejectAll: () => actions.rejectAll("preferences"),
    save() {
      // What is switched on (the core puts it in config order), with only the services that have their own switch.
      const perService = config.categories.filter((c) => c.toggleServices && !c.required).flatMap(servicesOf);
      actions.accept(
        choice.categories,
        choice.services.filter((id) => perService.includes(id)),
        "preferences",
      );
    },
    close,
    keyDown: (event) => trapKeys(event, close),
    toggle(category, service, on) {
      const { categories } = choice;
      let { services } = choice;
      if (service) {
        // A service switch: its category is on while any of its services is.
        services = withId(services, service.id, on);
        on = servicesOf(category).some((id) => services.includes(id));
      } else if (category.toggleServices) {
        // With per-service switches, the category switch turns all of its services on or off.
        const ids = servicesOf(category);
        services = services.filter((id) => !ids.includes(id)).concat(on ? ids : []);
      }
      update(withId(categories, category.id, on), services);
    },
    toggleOpen(category) {
      open = withId(open, category.id, !open.includes(category.id));
      draw();
    },
  };

  function draw(): void {
    const state = store.get();
    const { view, consent } = state;
    if (!container) {
      if (view == "none" && !(config.reopenButton && consent)) return;
      // Called from <head>: wait for <body> (the same listener is only added once).
      if (!doc.body) return doc.addEventListener("DOMContentLoaded", draw);
      const shell = createShadowHost(doc, "data-assent-root", config.theme, [mainSheet()]);
      container = shell.container;
      container.lang = state.language;
      doc.body.appendChild(shell.host);
    }
    const previous = shown;
    shown = view;
    if (view != previous && view == "preferences") {
      opener = findFocused(doc);
      choice = presetChoice(config, consent || state.previous, gpcDenied);
      open = [];
    }
    const ctx = createUiContext(config, text, state.language);
    const blocking = config.blocking && view == "banner";
    const banner = (view == "banner" || (view == "preferences" && !consent)) && renderBanner(ctx, view != "banner", actions);
    render(
      [
        config.blocking ? (
          // A modal banner: a backdrop that keeps Tab inside (the wrapper stays while the banner is hidden, so it isn't rebuilt).
          <div class={blocking ? "scrim" : undefined} tabIndex={-1} onKeyDown={trapKeys}>
            {banner}
          </div>
        ) : (
          banner
        ),
        view == "preferences" && renderPreferences(ctx, choice, open, gpcDenied, handlers),
        config.reopenButton && consent && renderReopenButton(text.reopen, view != "none", () => actions.showPreferences()),
      ],
      container,
    );
    if (config.blocking) {
      adoptPageSheet();
      doc.documentElement.toggleAttribute("data-assent-blocking", blocking);
    }
    if (view == previous) return;
    if (view == "preferences") container.querySelector<HTMLElement>(".dlg")!.focus();
    else if (previous == "preferences" && opener && opener.isConnected) opener.focus();
    else if (blocking) container.querySelector<HTMLElement>(".bn")!.focus();
  }

  // A rendering failure is reported, never thrown into the action (or the page) that changed the store.
  const drawSafely = () => attempt(draw);
  store.subscribe(drawSafely);
  drawSafely();

  return {
    placeholder(frame, tag) {
      adoptPageSheet();
      return showPlaceholder(context(), frame, tag, mainSheet(), actions.allow);
    },
    fillDeclarations(root) {
      const elements = root.querySelectorAll("[data-assent-declaration]");
      if (!elements.length) return;
      adoptPageSheet();
      const ctx = context();
      elements.forEach((element) => fillDeclaration(ctx, element, filled));
    },
  };
}
