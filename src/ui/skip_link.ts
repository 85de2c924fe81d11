/**
 * A link, first in the tab order, that moves the focus past the header and the map to a control (the date slider).
 * The URL's hash is the permalink, so following the link must not change it: the click moves the focus itself.
 */
import { el } from './dom.ts';

export function skipLink(label: string, targetId: string): HTMLAnchorElement {
  const a = el('a', { class: 'skip-link', href: `#${targetId}` }, label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById(targetId)?.focus();
  });
  return a;
}
