/** Tiny DOM helpers. Text always goes in through textContent, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/**
 * The language of the record's own texts (event and clause texts, notes, source titles): English, whatever the
 * interface's language. Elements holding them say so (`lang`), for screen readers, hyphenation and translation tools.
 */
export const RECORD_LANG = 'en';

/** A link to an outside source: opens in a new tab, sends no referrer. Only http(s) URLs become links. */
export function sourceLink(title: string, url: string): HTMLElement {
  let safe: URL | null;
  try {
    safe = new URL(url);
  } catch {
    safe = null;
  }
  if (!safe || (safe.protocol !== 'https:' && safe.protocol !== 'http:')) return el('span', { lang: RECORD_LANG }, title);
  return el('a', { href: safe.href, target: '_blank', rel: 'noopener noreferrer', lang: RECORD_LANG }, title);
}

/** How far a box must scroll along one axis to show the span [start, end] (relative to its visible part of `size`). */
function nearestOffset(start: number, end: number, size: number): number {
  if (start < 0) return start;
  if (end > size) return Math.min(end - size, start);
  return 0;
}

/**
 * Scrolls the nearest scrolling box around `target` just enough to show it, like `scrollIntoView({ block: 'nearest',
 * inline: 'nearest' })`, but leaves the page and the keyboard alone: in Chromium 150 `scrollIntoView` also moves the
 * point where the next Tab starts, so a reader's first Tab would land on the scrolled-to item instead of the skip link
 * (with `container: 'nearest'` too: checked there).
 */
export function scrollToShow(target: Element): void {
  for (let box = target.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    const y = /auto|scroll/.test(style.overflowY) && box.scrollHeight > box.clientHeight;
    const x = /auto|scroll/.test(style.overflowX) && box.scrollWidth > box.clientWidth;
    if (!x && !y) continue;
    const t = target.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (y) box.scrollTop += nearestOffset(t.top - b.top - box.clientTop, t.bottom - b.top - box.clientTop, box.clientHeight);
    if (x) box.scrollLeft += nearestOffset(t.left - b.left - box.clientLeft, t.right - b.left - box.clientLeft, box.clientWidth);
    return;
  }
}
