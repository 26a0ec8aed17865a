/**
 * `assent/vue`: the page's Assent in Vue 3 — `useConsent()`, `useAllowed()` and `<ConsentGate>`,
 * re-rendered on every change. They use the page's one Assent (the drop-in's `window.Assent` or the
 * ES module's instance) and never start one: load Assent as usual. On the server, and while
 * hydrating, they render from what `app.use(AssentPlugin, { consent, config })` gave them, so the
 * server's HTML and the first client render agree (README "React and Vue").
 */
import {
  computed,
  defineComponent,
  inject,
  onBeforeUnmount,
  onMounted,
  shallowRef,
  toValue,
  type App,
  type ComputedRef,
  type InjectionKey,
  type MaybeRefOrGetter,
  type PropType,
  type ShallowRef,
} from "vue";
import type { Consent } from "../types";
import { initialAllowed, type InitialState } from "./initial-state";
import { pageState, type LiveState } from "./page-state";

export type { InitialState } from "./initial-state";

const INITIAL: InjectionKey<InitialState> = Symbol("assent initial state");

/**
 * `app.use(AssentPlugin, { consent, config })`: the state to render before the page's Assent has
 * reported its own — `consent` from `consentFromCookies(cookieHeader, config)`, and the site's
 * config. Optional without server rendering.
 */
export const AssentPlugin = {
  install(app: App, initial: InitialState = {}): void {
    app.provide(INITIAL, initial);
  },
};

/**
 * The page's live state, kept current once mounted. On the server it stays null. With `AssentPlugin`
 * (server rendering) it is null until mounted, so hydration renders the plugin's state, as the
 * server did; without it, a client-only app renders the live state from its first render.
 */
function useLiveState(initial: InitialState | undefined): ShallowRef<LiveState | null> {
  const page = typeof window == "undefined" ? null : pageState(window);
  const live = shallowRef<LiveState | null>(page && !initial ? page.get() : null);
  let stop: (() => void) | undefined;
  // onMounted never runs on the server; on the client it runs before the browser paints.
  onMounted(() => {
    live.value = page!.get();
    stop = page!.subscribe(() => (live.value = page!.get()));
  });
  onBeforeUnmount(() => stop && stop());
  return live;
}

/** The visitor's current choice (`getConsent()`), or `null` while there is none; updates on every change. */
export function useConsent(): ComputedRef<Consent | null> {
  const initial = inject(INITIAL, undefined);
  const live = useLiveState(initial);
  return computed(() => (live.value ? live.value.consent : (initial && initial.consent) || null));
}

/** Whether this category (and service) is allowed now (`allowed()`), kept current. Refs and getters welcome. */
export function useAllowed(
  category: MaybeRefOrGetter<string>,
  service?: MaybeRefOrGetter<string | undefined>,
): ComputedRef<boolean> {
  const initial = inject(INITIAL, undefined);
  const live = useLiveState(initial);
  return computed(() => {
    const [id, serviceId] = [toValue(category), toValue(service)];
    return live.value ? live.value.allowed(id, serviceId) : initialAllowed(initial || {}, id, serviceId);
  });
}

/**
 * `<ConsentGate category="…" service="…">`: renders its default slot only while that is allowed,
 * else its `fallback` slot.
 */
export const ConsentGate = defineComponent({
  name: "ConsentGate",
  props: {
    category: { type: String, required: true },
    service: { type: String as PropType<string | undefined>, default: undefined },
  },
  setup(props, { slots }) {
    const allowed = useAllowed(
      () => props.category,
      () => props.service,
    );
    return () => (allowed.value ? slots.default && slots.default() : slots.fallback && slots.fallback());
  },
});
