/**
 * The figures the bench keeps from one Lighthouse result (lhr). Every page of
 * the bench loads nothing from its own origin but the HTML and the consent
 * tool's files, so "the tool's files" are the site origin's subresources.
 */

/** The page's own content (pages.mjs): an LCP element outside these is the consent tool's. */
const PAGE_CONTENT_PATH = /,BODY,\d+,(?:HEADER|MAIN)(?:,|$)/;

const numeric = (lhr, id) => lhr.audits[id]?.numericValue;

/**
 * `{ fcp, lcp, tbt, cls, renderBlocking, renderBlockingTool, toolBytes, thirdPartyRequests,
 * lcpElement, lcpInTool, layoutShifts, auditErrors }`: times in ms (Lighthouse's simulated ones),
 * bytes as transferred (compressed; 0 when read from cache).
 */
export function readAudits(lhr, { siteOrigin, thirdPartyOrigin }) {
  const blocking = lhr.audits["render-blocking-resources"];
  const ownFile = (url) => url.startsWith(siteOrigin) && !/\.html$|\/favicon\.ico$/.test(url);
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const lcpNode = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
  const auditErrors = Object.values(lhr.audits)
    .filter((a) => a.errorMessage)
    .map((a) => `${a.id}: ${a.errorMessage}`);
  return {
    fcp: numeric(lhr, "first-contentful-paint"),
    lcp: numeric(lhr, "largest-contentful-paint"),
    tbt: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    // Lighthouse's estimate of how much sooner the first paint would be without each render-blocking file.
    renderBlocking: blocking?.numericValue,
    renderBlockingTool: blocking?.errorMessage
      ? undefined
      : (blocking?.details?.items ?? []).filter((i) => ownFile(i.url)).reduce((sum, i) => sum + i.wastedMs, 0),
    toolBytes: requests.filter((r) => ownFile(r.url)).reduce((sum, r) => sum + (r.transferSize || 0), 0),
    thirdPartyRequests: requests.filter((r) => r.url.startsWith(thirdPartyOrigin)).length,
    lcpElement: lcpNode?.selector ?? null,
    lcpInTool: lcpNode ? !PAGE_CONTENT_PATH.test(lcpNode.path) : null,
    layoutShifts: lhr.audits["layout-shifts"]?.details?.items?.length,
    auditErrors,
  };
}
