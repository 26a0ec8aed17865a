import type { Choice } from "../core/consent-rules";
import type { CategoryConfig, ServiceConfig } from "../types";
import { CookieTable } from "./cookie-table";
import { RichText, safeHref } from "./rich-text";
import { fillTokens } from "./text-tokens";
import type { UiContext } from "./ui-context";

/** What the preference center does when the visitor flips a switch or opens a category. */
export interface SwitchHandlers {
  toggleCategory(category: CategoryConfig, on: boolean): void;
  toggleService(category: CategoryConfig, service: ServiceConfig, on: boolean): void;
  toggleOpen(category: CategoryConfig): void;
}

/** A switch: a real checkbox with `role="switch"`, named by `label` (the category's or service's title). */
export function Switch({ label, checked, disabled, onChange }: { label: string; checked: boolean; disabled?: boolean; onChange(on: boolean): void }) {
  return (
    <span class="sw">
      <input
        type="checkbox"
        role="switch"
        aria-label={label}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span />
    </span>
  );
}

/**
 * One category in the preference center: title, switch (a required one is on,
 * disabled and marked "Always on"), description, and a button that opens its
 * services, each with its cookie table (and its own switch with `toggleServices`).
 */
export function CategorySwitch(props: { ctx: UiContext; category: CategoryConfig; choice: Choice; open: boolean; on: SwitchHandlers }) {
  const { ctx, category, choice, open, on } = props;
  const { text, local } = ctx;
  const title = local(category.title);
  const description = local(category.description);
  const services = category.services || [];
  const required = !!category.required;
  const perService = !!category.toggleServices && !required;
  return (
    <div class="cat">
      <div class="ch">
        <h3>{title}</h3>
        {required && <span class="on">{text.alwaysOn}</span>}
        <Switch
          label={title}
          checked={required || choice.categories.includes(category.id)}
          disabled={required}
          onChange={(isOn) => on.toggleCategory(category, isOn)}
        />
      </div>
      {description && (
        <p>
          <RichText text={description} />
        </p>
      )}
      {services.length > 0 && (
        <button type="button" class="more" aria-expanded={open} onClick={() => on.toggleOpen(category)}>
          {text.services}
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 9l6 6 6-6" />
          </svg>
        </button>
      )}
      {open &&
        services.map((service) => {
          const name = local(service.title);
          const about = local(service.description);
          const policy = safeHref(local(service.policyUrl));
          const cookies = service.cookies || [];
          return (
            <div class="svc">
              <div class="ch">
                <h4>{name}</h4>
                {perService && (
                  <Switch
                    label={name}
                    checked={choice.services.includes(service.id)}
                    onChange={(isOn) => on.toggleService(category, service, isOn)}
                  />
                )}
              </div>
              {about && (
                <p>
                  <RichText text={about} />
                </p>
              )}
              {policy && (
                <p>
                  <a href={policy}>{text.policyLink}</a>
                </p>
              )}
              {cookies.length ? (
                <CookieTable ctx={ctx} caption={fillTokens(text.cookies, { name })} rows={cookies.map((cookie) => ({ cookie }))} />
              ) : (
                <p>{text.declarationEmpty}</p>
              )}
            </div>
          );
        })}
    </div>
  );
}
