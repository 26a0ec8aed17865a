import { h } from "preact";
import type { UiActions } from "./ui-types";
import { renderChoiceButtons } from "./choice-buttons";
import { renderParagraph } from "./rich-text";
import { fillTokens, listCategories } from "./text-tokens";
import type { UiContext } from "./ui-context";

/**
 * The first layer: a labelled region (`role="region"`) at the bottom of the
 * page (`layout: "bar"`) or in a corner (`"box"`), with title, text naming the
 * optional categories (`{categories}` in `bannerBody`), the policy link and
 * three buttons of equal weight. It stays mounted (hidden) while the
 * preference center is open, so focus can come back to its Customize button.
 */
export function renderBanner(ctx: UiContext, hidden: boolean, actions: UiActions) {
  const { config, text } = ctx;
  return (
    <div class={`bn ${config.layout}`} role="region" aria-label={text.bannerLabel} tabIndex={-1} hidden={hidden}>
      <div>
        <h2>{text.bannerTitle}</h2>
        {renderParagraph(
          ctx,
          fillTokens(text.bannerBody, { categories: listCategories(ctx, (category) => !category.required) }),
          config.policyUrl,
        )}
      </div>
      {renderChoiceButtons([
        [text.acceptAll, () => actions.acceptAll("banner")],
        [text.rejectAll, () => actions.rejectAll("banner")],
        [text.customize, () => actions.showPreferences()],
      ])}
    </div>
  );
}
