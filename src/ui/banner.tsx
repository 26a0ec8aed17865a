import { ChoiceButtons } from "./choice-buttons";
import { RichText, safeHref } from "./rich-text";
import { fillTokens, listTitles } from "./text-tokens";
import type { UiContext } from "./ui-context";

/** The banner's three answers: all equal in look and in clicks. */
export interface BannerHandlers {
  acceptAll(): void;
  rejectAll(): void;
  customize(): void;
}

/**
 * The first layer: a labelled region (`role="region"`) at the bottom of the
 * page (`layout: "bar"`) or in a corner (`"box"`), with title, text naming the
 * optional categories (`{categories}` in `bannerBody`), the policy link and
 * the three buttons. It stays mounted (hidden) while the preference center is
 * open, so focus can come back to its Customize button.
 */
export function Banner({ ctx, hidden, on }: { ctx: UiContext; hidden: boolean; on: BannerHandlers }) {
  const { config, text, local, language } = ctx;
  const optional = config.categories.filter((category) => !category.required).map((category) => local(category.title));
  const policy = safeHref(local(config.policyUrl));
  return (
    <div class={`bn ${config.layout}`} role="region" aria-label={text.bannerLabel} tabIndex={-1} hidden={hidden}>
      <div>
        <div>
          <h2 class="tt">{text.bannerTitle}</h2>
          <p>
            <RichText text={fillTokens(text.bannerBody, { categories: listTitles(optional, language) })} />
            {policy && " "}
            {policy && <a href={policy}>{text.policyLink}</a>}
          </p>
        </div>
        <ChoiceButtons
          buttons={[
            [text.acceptAll, on.acceptAll],
            [text.rejectAll, on.rejectAll],
            [text.customize, on.customize],
          ]}
        />
      </div>
    </div>
  );
}
