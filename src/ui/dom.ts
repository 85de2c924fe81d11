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

/** A link to an outside source: opens in a new tab, sends no referrer. Only http(s) URLs become links. */
export function sourceLink(title: string, url: string): HTMLElement {
  let safe: URL | null;
  try {
    safe = new URL(url);
  } catch {
    safe = null;
  }
  if (!safe || (safe.protocol !== 'https:' && safe.protocol !== 'http:')) return el('span', {}, title);
  return el('a', { href: safe.href, target: '_blank', rel: 'noopener noreferrer' }, title);
}
