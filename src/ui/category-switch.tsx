import { h } from "preact";
import { servicesAlone, type Choice } from "../core/consent-rules";
import type { CategoryConfig, ServiceConfig } from "../types";
import { renderCookieTable } from "./cookie-table";
import { renderIcon } from "./icon";
import { renderParagraph } from "./rich-text";
import { listTitles } from "../core/list-titles";
import { fillTokens } from "./text-tokens";
import type { UiContext } from "./ui-context";

/** What the preference center does when the visitor flips a switch (a category's, or a service's) or opens a category. */
export interface SwitchHandlers {
  toggle(category: CategoryConfig, service: ServiceConfig | null, on: boolean): void;
  toggleOpen(category: CategoryConfig): void;
}

/** A switch: a real checkbox with `role="switch"`, named by `label` (the category's or service's title). */
function renderSwitch(label: string, checked: boolean, onChange: (on: boolean) => void, disabled?: boolean) {
  return (
    <input
      class="sw"
      type="checkbox"
      role="switch"
      aria-label={label}
      checked={checked}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}

/**
 * One category in the preference center: title, switch (a required one is on,
 * disabled and marked "Always on"), description, and a button that opens its
 * services, each with its cookie table (and its own switch with `toggleServices`).
 */
export function renderCategory(ctx: UiContext, category: CategoryConfig, choice: Choice, open: boolean, on: SwitchHandlers) {
  const { text, local } = ctx;
  const title = local(category.title);
  const services = category.services || [];
  const { required } = category;
  // Services a placeholder's button granted alone: the category is off but partly on (README, "Placeholders").
  const alone = required ? [] : servicesAlone(category, choice);
  const aloneTitles = services.filter((s) => alone.includes(s.id)).map((s) => local(s.title));
  return (
    <div class="cat">
      <div class="ch">
        <h3>{title}</h3>
        {required && <span class="on">{text.alwaysOn}</span>}
        {renderSwitch(
          title,
          !!required || choice.categories.includes(category.id),
          (isOn) => on.toggle(category, null, isOn),
          required,
        )}
      </div>
      {aloneTitles.length > 0 && (
        <p class="on">{fillTokens(text.partlyOn, { services: listTitles(aloneTitles, ctx.language, text.and, ctx.grammar) })}</p>
      )}
      {renderParagraph(ctx, local(category.description))}
      {services.length > 0 && (
        <button type="button" class="more" aria-expanded={open} onClick={() => on.toggleOpen(category)}>
          {text.services}
          {renderIcon("M6 9l6 6 6-6")}
        </button>
      )}
      {open &&
        services.map((service) => {
          const name = local(service.title);
          const cookies = service.cookies || [];
          return (
            <div class="svc">
              <div class="ch">
                <h4>{name}</h4>
                {category.toggleServices &&
                  !required &&
                  renderSwitch(name, choice.services.includes(service.id), (isOn) => on.toggle(category, service, isOn))}
              </div>
              {renderParagraph(ctx, local(service.description), service.policyUrl)}
              {cookies.length ? (
                renderCookieTable(
                  ctx,
                  fillTokens(text.cookies, { name }),
                  cookies.map((cookie) => ({ cookie })),
                )
              ) : (
                <p>{text.declarationEmpty}</p>
              )}
            </div>
          );
        })}
    </div>
  );
}
