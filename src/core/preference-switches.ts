import type { CategoryConfig } from "../types";
import type { NormalizedConfig } from "./config-defaults";
import { serviceIds, type Choice } from "./consent-rules";

/** `list` with `id` in it (at the end) or out of it. */
export const toggleId = (list: string[], id: string, on: boolean) => list.filter((item) => item != id).concat(on ? [id] : []);

/**
 * What is switched on in the preference center after the visitor flips one
 * switch: a category's (`service` null) or, with `toggleServices`, one of its
 * services'. A service switch turns its category on while any of its services
 * is; with per-service switches, the category switch turns all of them on or off.
 */
export function flipSwitch(choice: Choice, category: CategoryConfig, service: string | null, on: boolean): Choice {
  const ids = serviceIds(category);
  let { services } = choice;
  if (service) {
    services = toggleId(services, service, on);
    on = ids.some((id) => services.includes(id));
  } else if (category.toggleServices) services = services.filter((id) => !ids.includes(id)).concat(on ? ids : []);
  return { categories: toggleId(choice.categories, category.id, on), services };
}

/**
 * What "Save choices" records: the categories switched on (the core puts them
 * in config order), with only the services that have a switch of their own
 * (`toggleServices`); every other category brings all of its services anyway.
 */
export function choiceToSave(config: NormalizedConfig, choice: Choice): Choice {
  const switched = config.categories.filter((c) => c.toggleServices && !c.required).flatMap(serviceIds);
  return { categories: choice.categories, services: choice.services.filter((id) => switched.includes(id)) };
}
