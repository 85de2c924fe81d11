/**
 * Small, dismissible notices for problems a reader should know about
 * (missing WebGL, a data file that did not load, an ignored link parameter).
 * Text only: nothing here is ever inserted as HTML.
 */
import { tr } from '../i18n/index.ts';

export type NoticeKind = 'error' | 'warning' | 'info';

export function showNotice(container: HTMLElement, kind: NoticeKind, title: string, detail?: string): HTMLElement {
  const box = document.createElement('div');
  box.className = `notice notice-${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const strong = document.createElement('strong');
  strong.textContent = title;
  box.append(strong);
  if (detail) {
    const p = document.createElement('p');
    p.textContent = detail;
    box.append(p);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', tr.notice.dismiss);
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.append(close);
  container.append(box);
  return box;
}
