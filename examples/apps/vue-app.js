// The Vue demo page (/en/vue): no drop-in here; the ES module starts Assent with init(), and these
// components follow it through assent/vue. Render functions rather than templates: Vue's runtime-only
// build needs no template compiler (and no eval). Bundled by examples/apps/build.mjs.
import { createApp, defineComponent, h } from "vue";
import { init, reset } from "assent";
import { ConsentGate, useAllowed, useConsent } from "assent/vue";
import config from "../consent.json";

init(config);

const mount = document.getElementById("app");
const thirdParty = mount.dataset.thirdParty;

const settingsButton = () => h("button", { type: "button", class: "button", "data-assent-preferences": "" }, "Cookie settings");

const FittingVideo = () =>
  h("section", { "aria-labelledby": "video" }, [
    h("h2", { id: "video" }, "Fitting video: change a chain in five minutes"),
    h(
      "div",
      { class: "video" },
      h(
        ConsentGate,
        { category: "marketing", service: "youtube" },
        {
          default: () =>
            h("iframe", {
              src: `${thirdParty}/embed.html?v=kv11-en`,
              title: "Fitting video: change a chain",
              allow: "fullscreen",
            }),
          fallback: () =>
            h("div", { class: "video-placeholder" }, [
              h("p", "The fitting video is hosted by YouTube, which sets marketing cookies."),
              settingsButton(),
            ]),
        },
      ),
    ),
  ]);

const WhatTheComponentsSee = defineComponent({
  setup() {
    const consent = useConsent();
    const statistics = useAllowed("functional", "google-analytics");
    const marketing = useAllowed("marketing");
    return () =>
      h("aside", { class: "demo", "aria-labelledby": "demo" }, [
        h("h2", { id: "demo" }, "What the components see"),
        h("dl", [
          h("dt", "useConsent()"),
          h("dd", { "data-demo-consent": "" }, consent.value ? consent.value.categories.join(", ") : "null: no choice yet"),
          h("dt", 'useAllowed("functional", "google-analytics")'),
          h("dd", String(statistics.value)),
          h("dt", 'useAllowed("marketing")'),
          h("dd", String(marketing.value)),
        ]),
        h("div", { class: "actions" }, [
          settingsButton(),
          h("button", { type: "button", class: "button secondary", onClick: () => reset() }, "Withdraw consent"),
        ]),
      ]);
  },
});

createApp({ render: () => [h(FittingVideo), h(WhatTheComponentsSee)] }).mount(mount);
