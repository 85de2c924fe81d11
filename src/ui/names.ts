/** Names in the chosen convention, and the control that chooses it. */
import type { Store } from '../model/store.ts';
import { NAME_KEYS, type NameKey } from '../model/vocabulary.ts';
import { tr } from '../i18n/index.ts';
import { el } from './dom.ts';

/** A name in the convention `conv`, with English (which carries both usages) as the fallback. */
export function nameIn(props: Record<string, unknown> | null | undefined, conv: NameKey, prefix = ''): string {
  const v = props?.[`${prefix}${conv}`] ?? props?.[`${prefix}en`];
  return typeof v === 'string' ? v : '';
}

/** BCP 47 tags of the conventions' names ("hy" names are Latin transliterations; English carries both usages). */
const LANGS: Record<NameKey, string> = { en: 'en', hy: 'hy-Latn', az: 'az', ru: 'ru' };

/**
 * The language of a name in convention `conv`: the convention's, or English where the name falls back to the English
 * one. Always given, since the interface around it may be in another language.
 */
export function langOf(conv: NameKey, props?: Record<string, unknown> | null, prefix = ''): string {
  if (!props) return LANGS[conv];
  const v = props[`${prefix}${conv}`];
  return typeof v === 'string' && v !== '' && v !== props[`${prefix}en`] ? LANGS[conv] : 'en';
}

/** The "Names" switch in the header: follows the store and writes the convention to it. */
export class NamesControl {
  readonly element: HTMLElement;
  private readonly _unsubscribe: () => void;

  constructor(store: Store) {
    // Named by its visible label's words alone (WCAG 2.5.3: the name a voice user says is the one on screen; a wrapping
    // label would add the chosen option to the name).
    const select = el('select', { class: 'names-select', 'aria-labelledby': 'names-label-text' });
    for (const n of NAME_KEYS) select.append(el('option', { value: n }, tr.names.conventions[n]));
    select.value = store.state.names;
    select.addEventListener('change', () => store.set({ names: select.value as NameKey }, 'names'));
    this._unsubscribe = store.subscribe((state) => {
      if (select.value !== state.names) select.value = state.names;
    });
    this.element = el('label', { class: 'names-label' }, el('span', { id: 'names-label-text' }, tr.names.label), ' ', select);
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }
}
