import { h, type ComponentChildren } from "preact";
import type { CookieDeclaration } from "../types";
import { renderRichText } from "./rich-text";
import type { UiContext } from "./ui-context";

/** One row of a cookie table: the cookie, and the title of its service when the table has a Service column. */
export interface CookieRow {
  cookie: CookieDeclaration;
  service?: string;
}

/**
 * A cookie table (`data-assent-cookies`, styled alike in the dialog and the
 * page): the name as the row header, then (optionally) the service, host with
 * first/third party where declared, duration and description. Each cell
 * carries its column name in `data-assent-label`, which the narrow-screen
 * layout shows in front of the value.
 */
export function renderCookieTable(ctx: UiContext, caption: string, rows: CookieRow[], withService?: boolean) {
  const { text, local } = ctx;
  const labels = [text.cookieHost, text.cookieDuration, text.cookieDescription];
  if (withService) labels.unshift(text.cookieService);
  return (
    <table data-assent-cookies>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {[text.cookieName, ...labels].map((label) => (
            <th scope="col">{label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ cookie, service }) => {
          const party = cookie.party == "first" ? text.partyFirst : cookie.party == "third" && text.partyThird;
          const values: ComponentChildren[] = [
            [cookie.host, party && <small>{party}</small>],
            local(cookie.duration),
            renderRichText(local(cookie.description)),
          ];
          if (withService) values.unshift(service);
          return (
            <tr>
              <th scope="row">{cookie.name}</th>
              {values.map((value, column) => (
                // `|| null`: an empty cell stays empty (no text node), so the narrow layout can hide it.
                <td data-assent-label={labels[column]}>{value || null}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
