import { h } from "preact";

/** A decorative 24×24 line icon (the stylesheet strokes it in the text colour); screen readers skip it. */
export function renderIcon(path: string) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}
