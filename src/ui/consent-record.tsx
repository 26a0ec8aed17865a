import { h } from "preact";
import type { Consent } from "../types";
import { fillTokens } from "./text-tokens";
import type { UiContext } from "./ui-context";

/**
 * The visitor's consent id and the date of the choice, so they can quote them (a data-subject request, a question to
 * the site): the same id as in the receipts. Nothing before a choice exists.
 */
export function renderConsentRecord(ctx: UiContext, consent: Consent | null) {
  if (!consent) return null;
  const { text } = ctx;
  return (
    <p class="rec">
      <span>{fillTokens(text.consentId, { id: consent.id })}</span>
      <span>{fillTokens(text.consentDate, { date: formatDate(consent.updatedAt, ctx.language) })}</span>
    </p>
  );
}

/** The date in the UI language's own format ("2 December 2026", "2 december 2026"); ISO 8601 where Intl can't. */
function formatDate(iso: string, language: string): string {
  try {
    return new Date(iso).toLocaleDateString(language, { year: "numeric", month: "long", day: "numeric" });
  } catch {
    // An invalid language tag (RangeError): the date is still readable.
    return iso.slice(0, 10);
  }
}
