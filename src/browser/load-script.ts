import { scriptValues } from "./trusted-script";

/**
 * Loads a classic script by URL, without blocking the parser or the first
 * paint (a script element inserted by script is async:
 * https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model).
 * `nonce` is the drop-in's own (read from the `nonce` property: browsers hide
 * the attribute under a CSP header), so a page whose policy allows scripts by
 * nonce allows this one too. Resolves once it ran; rejects, naming the URL,
 * when it fails to load.
 */
export function loadScript(doc: Document, url: string, nonce: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    // Under Trusted Types the URL goes through the same `assent` policy as revived scripts (trusted-script.ts).
    script.src = scriptValues(doc.defaultView).url(url);
    if (nonce) script.nonce = nonce;
    script.onload = () => resolve();
    script.onerror = () => reject(Error(`could not load ${url}`));
    doc.head.appendChild(script);
  });
}
