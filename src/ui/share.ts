/**
 * "Copy link": copies the page's current URL (the permalink) and says so. Where
 * the Clipboard API is missing or refused (older browsers, insecure origins),
 * it shows the link in a selected text field to copy by hand.
 */
import { el } from './dom.ts';
import { tr } from '../i18n/index.ts';

/** Copies text to the clipboard; false where the Clipboard API is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export class ShareButton {
  readonly element: HTMLElement;
  private readonly _status: HTMLElement;
  private readonly _field: HTMLInputElement;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly _url: () => string = () => window.location.href) {
    const button = el('button', { type: 'button', class: 'share-button' }, tr.share.copy);
    button.addEventListener('click', () => void this.copy());
    this._status = el('span', { class: 'share-status', role: 'status', 'aria-live': 'polite' });
    this._field = el('input', { type: 'text', readonly: '', class: 'share-field', 'aria-label': tr.share.field, hidden: '' });
    this.element = el('div', { class: 'share' }, button, this._status, this._field);
  }

  async copy(): Promise<void> {
    const url = this._url();
    if (await copyText(url)) {
      this._field.hidden = true;
      this._say(tr.share.copied);
    } else {
      this._field.value = url;
      this._field.hidden = false;
      this._field.focus();
      this._field.select();
      this._say(tr.share.copyByHand);
    }
  }

  private _say(text: string): void {
    this._status.textContent = text;
    if (this._timer) clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      if (this._field.hidden) this._status.textContent = '';
    }, 4000);
  }
}
