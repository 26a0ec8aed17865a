import { h, render } from "preact";
import css from "../../styles/assent.css?raw";
import { presetChoice, type Choice } from "../core/consent-rules";
import { choiceToSave, flipSwitch, toggleId } from "../core/preference-switches";
import { textDirection } from "../core/language";
import { attempt } from "../core/report";
import type { View } from "../core/store";
import { renderBanner } from "./banner";
import { fillDeclaration } from "./declaration";
import { findFocused, keepTabInside } from "./focus-trap";
import { pickPageRules } from "./page-rules";
import { renderPreferences, type PreferencesHandlers } from "./preferences";
import { showPlaceholder } from "./placeholder";
import { renderReopenButton } from "./reopen-button";
import { adoptSheet, createSheet, createShadowHost, type Sheet } from "./shadow-host";
import type { UiContext } from "./ui-context";
import type { Ui, UiOptions } from "./ui-types";

/** Escape runs `onEscape`; Tab stays inside the first child of the element that listens (the dialog, or the blocking banner). */
function trapKeys(event: KeyboardEvent, onEscape?: () => void): void {
  if (event.key == "Escape" && onEscape) {
    event.preventDefault();
    onEscape();
  } else keepTabInside(event, (event.currentTarget as HTMLElement).firstElementChild as HTMLElement);
}

/**
 * Renders what the store's `view` asks for: the banner, the preference center,
 * or nothing (plus the reopen button with `reopenButton` once a choice exists),
 * inside one open shadow root on `<div data-assent-root>` at the end of `<body>`.
 * Lazy: until something must be shown, it only listens to the store, so a
 * returning visitor gets no UI DOM at all. Focus moves into the preference
 * center when it opens and back to whatever opened it when it closes.
 */
export function mountUi({ document: doc, config, language, withContext, store, actions, gpcDenied }: UiOptions): Ui {
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
  // Every way in to `draw` goes through this: a rendering failure is reported, never thrown into the
  // action, the event handler or the page that caused it.
  const drawSafely = () => {
    const { view, consent } = store.get();
    // Nothing to show: the strings are not asked for (a returning visitor never fetches them).
    if (container || view != "none" || (config.reopenButton && consent)) withContext((context) => attempt(() => draw(context)));
  };
  const close = () => (store.get().consent ? actions.hide() : actions.showBanner());
  const handlers: PreferencesHandlers = {
    acceptAll: () => actions.acceptAll("preferences"),
    rejectAll: () => actions.rejectAll("preferences"),
    save() {
      const { categories, services } = choiceToSave(config, choice);
      actions.accept(categories, services, "preferences");
    },
    close,
    keyDown: (event) => trapKeys(event, close),
    toggle(category, service, on) {
      choice = flipSwitch(choice, category, service && service.id, on);
      drawSafely();
    },
    toggleOpen(category) {
      open = toggleId(open, category.id, !open.includes(category.id));
      drawSafely();
    },
  };

  function draw(context: UiContext): void {
    const state = store.get();
    const { view, consent } = state;
    if (!container) {
      if (view == "none" && !(config.reopenButton && consent)) return;
      // Called from <head>: wait for <body> (the same listener is only added once).
      if (!doc.body) return doc.addEventListener("DOMContentLoaded", drawSafely);
      const shell = createShadowHost(doc, "data-assent-root", config.theme, [mainSheet()]);
      container = shell.container;
      container.lang = language;
      // Always set: a left-to-right language on a page whose <html dir="rtl"> still reads left to right.
      container.dir = textDirection(language);
      doc.body.appendChild(shell.host);
    }
    const previous = shown;
    shown = view;
    if (view != previous && view == "preferences") {
      opener = findFocused(doc);
      choice = presetChoice(config, consent || state.previous, gpcDenied);
      open = [];
    }
    const blocking = config.blocking && view == "banner";
    const banner = (view == "banner" || (view == "preferences" && !consent)) && renderBanner(context, view != "banner", actions);
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
        view == "preferences" && renderPreferences(context, choice, open, gpcDenied, handlers, consent),
        config.reopenButton &&
          consent &&
          renderReopenButton(context.text.reopen, view != "none", () => actions.showPreferences()),
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

  store.subscribe(drawSafely);
  drawSafely();

  return {
    placeholder(frame, tag) {
      adoptPageSheet();
      let remove: (() => void) | undefined;
      let removed = false;
      withContext((context) => {
        if (!removed) remove = showPlaceholder(context, frame, tag, mainSheet(), actions.allowFrame);
      });
      return () => {
        removed = true;
        if (remove) remove();
      };
    },
    fillDeclarations(root) {
      const elements = root.querySelectorAll("[data-assent-declaration]");
      if (!elements.length) return;
      adoptPageSheet();
      withContext((context) => elements.forEach((element) => fillDeclaration(context, element, filled)));
    },
  };
}
