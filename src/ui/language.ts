/**
 * The interface's language: a disclosure (the language shown; opened, the four, each named in itself) whose links
 * reload the page in the one chosen, with the view kept in the link. Links, not a select: a select changes its value
 * as the arrow keys move through it, and a change here reloads the page (WCAG 3.2.2, On Input).
 */
import { LANG_NAMES, UI_LANGS, lang, tr, type UiLang } from '../i18n/index.ts';
import { el } from './dom.ts';

export class LanguageControl {
  readonly element: HTMLDetailsElement;
  private readonly _onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.element.open) {
      this.element.open = false;
      this.element.querySelector('summary')?.focus();
    }
  };
  private readonly _onOutside = (e: MouseEvent) => {
    if (this.element.open && !this.element.contains(e.target as Node)) this.element.open = false;
  };

  /** `href(l)` is the link of the view now in language `l`; `onChoose` reloads the page in it. */
  constructor(href: (l: UiLang) => string, onChoose: (l: UiLang) => void) {
    const links = UI_LANGS.map((l) => {
      const a = el('a', { href: href(l), lang: l, hreflang: l }, LANG_NAMES[l]);
      if (l === lang) a.setAttribute('aria-current', 'true');
      // The link follows the view: completed when it is used (a middle click opens the view in a new tab).
      const refresh = () => (a.href = href(l));
      a.addEventListener('focus', refresh);
      a.addEventListener('pointerdown', refresh);
      a.addEventListener('click', (e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        onChoose(l);
      });
      return el('li', {}, a);
    });
    this.element = el(
      'details',
      { class: 'lang-menu' },
      el('summary', {}, el('span', { class: 'lang-word' }, `${tr.app.language}: `), el('span', { lang }, LANG_NAMES[lang])),
      el('ul', { class: 'lang-list' }, ...links),
    );
    this.element.addEventListener('keydown', this._onKey);
    document.addEventListener('click', this._onOutside);
  }

  destroy(): void {
    document.removeEventListener('click', this._onOutside);
    this.element.remove();
  }
}
