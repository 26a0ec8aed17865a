import type { CookieDeclaration } from "../types";
import { RichText } from "./rich-text";
import type { UiContext } from "./ui-context";

/** One row of a cookie table: the cookie, and the title of its service when the table has a Service column. */
export interface CookieRow {
  cookie: CookieDeclaration;
  service?: string;
}

/**
 * A cookie table: the name as the row header, then (optionally) the service,
 * host with first/third party where declared, duration and description. Each
 * cell carries its column name in `data-assent-label`, which the narrow-screen
 * layout shows in front of the value.
 */
export function CookieTable({ ctx, caption, rows, withService }: { ctx: UiContext; caption: string; rows: CookieRow[]; withService?: boolean }) {
  const { text, local } = ctx;
  const columns = [text.cookieName, withService && text.cookieService, text.cookieHost, text.cookieDuration, text.cookieDescription];
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>{columns.map((name) => name && <th scope="col">{name}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map(({ cookie, service }) => {
          const party = cookie.party == "first" ? text.partyFirst : cookie.party == "third" ? text.partyThird : "";
          return (
            <tr>
              <th scope="row">{cookie.name}</th>
              {withService && <td data-assent-label={text.cookieService}>{service || null}</td>}
              <td data-assent-label={text.cookieHost}>
                {cookie.host || null}
                {party && <small>{party}</small>}
              </td>
              <td data-assent-label={text.cookieDuration}>{local(cookie.duration) || null}</td>
              <td data-assent-label={text.cookieDescription}>
                <RichText text={local(cookie.description)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
