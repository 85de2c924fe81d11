/**
 * The interface's language: a choice of the four, each named in itself. Choosing one hands it to `onChoose` (the app
 * reloads the page in that language, with the view kept in the link).
 */
import { LANG_NAMES, UI_LANGS, lang, tr, type UiLang } from '../i18n/index.ts';
import { el } from './dom.ts';

export class LanguageControl {
  readonly element: HTMLElement;

  constructor(onChoose: (l: UiLang) => void) {
    const select = el('select', { class: 'lang-select', 'aria-label': tr.app.language });
    for (const l of UI_LANGS) select.append(el('option', { value: l, lang: l }, LANG_NAMES[l]));
    select.value = lang;
    select.addEventListener('change', () => onChoose(select.value as UiLang));
    this.element = el('label', { class: 'lang-label' }, `${tr.app.language} `, select);
  }

  destroy(): void {
    this.element.remove();
  }
}
