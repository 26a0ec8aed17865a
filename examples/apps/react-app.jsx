// The React demo page (/en/react): the drop-in runs in <head> as on every page, and these components
// follow it through assent/react. Bundled by examples/apps/build.mjs.
import { createRoot } from "react-dom/client";
import { ConsentGate, useAllowed, useConsent } from "assent/react";

const mount = document.getElementById("app");
const thirdParty = mount.dataset.thirdParty;

function VideoPlaceholder() {
  return (
    <div className="video-placeholder">
      <p>The fitting video is hosted by YouTube, which sets marketing cookies.</p>
      <button type="button" className="button" data-assent-preferences>
        Cookie settings
      </button>
    </div>
  );
}

function FittingVideo() {
  return (
    <section aria-labelledby="video">
      <h2 id="video">Fitting video: change a chain in five minutes</h2>
      <div className="video">
        <ConsentGate category="marketing" service="youtube" fallback={<VideoPlaceholder />}>
          <iframe src={`${thirdParty}/embed.html?v=kv11-en`} title="Fitting video: change a chain" allow="fullscreen" />
        </ConsentGate>
      </div>
    </section>
  );
}

function WhatTheComponentsSee() {
  const consent = useConsent();
  const statistics = useAllowed("functional", "google-analytics");
  const marketing = useAllowed("marketing");
  return (
    <aside className="demo" aria-labelledby="demo">
      <h2 id="demo">What the components see</h2>
      <dl>
        <dt>useConsent()</dt>
        <dd data-demo-consent>{consent ? consent.categories.join(", ") : "null: no choice yet"}</dd>
        <dt>useAllowed("functional", "google-analytics")</dt>
        <dd>{String(statistics)}</dd>
        <dt>useAllowed("marketing")</dt>
        <dd>{String(marketing)}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button" data-assent-preferences>
          Cookie settings
        </button>
        <button type="button" className="button secondary" onClick={() => window.Assent.reset()}>
          Withdraw consent
        </button>
      </div>
    </aside>
  );
}

createRoot(mount).render(
  <>
    <FittingVideo />
    <WhatTheComponentsSee />
  </>,
);
