import type { Locale } from "../core/list-titles";
import { ar } from "./ar";
import { bg } from "./bg";
import { cs } from "./cs";
import { da } from "./da";
import { de } from "./de";
import { el } from "./el";
import { en } from "./en";
import { es } from "./es";
import { et } from "./et";
import { fi } from "./fi";
import { fr } from "./fr";
import { ga } from "./ga";
import { hr } from "./hr";
import { hu } from "./hu";
import { is } from "./is";
import { it } from "./it";
import { lt } from "./lt";
import { lv } from "./lv";
import { mt } from "./mt";
import { nb } from "./nb";
import { nl } from "./nl";
import { nn } from "./nn";
import { pl } from "./pl";
import { pt } from "./pt";
import { ro } from "./ro";
import { sk } from "./sk";
import { sl } from "./sl";
import { sv } from "./sv";
import { tr } from "./tr";
import { uk } from "./uk";

/**
 * Every built-in language's strings, for code that runs outside the page (the receipt server's text
 * registry, tests). Never imported by the drop-in or the ES module: a page fetches only its own
 * language (src/locales/text-loader.ts).
 */
export const ALL_LOCALES: { [code: string]: Locale } = {
  ar,
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  is,
  it,
  lt,
  lv,
  mt,
  nb,
  nl,
  nn,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
  tr,
  uk,
};
