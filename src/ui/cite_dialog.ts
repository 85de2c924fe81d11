/**
 * "Cite": a dialog with a citation of the view on screen (plain text, BibTeX, CSL-JSON, each with Copy), the data
 * version, and the data itself to download, versioned, with its licence and how to cite it. A native modal `<dialog>`:
 * the browser keeps the focus inside it, Escape closes it, and the focus returns to the Cite button.
 */
import { citation, CITED_AUTHOR, type DataFile } from '../model/cite.ts';
import { formatDay, type IsoDay } from '../model/calendar.ts';
import { el } from './dom.ts';
import { copyText } from './share.ts';

export interface CiteOptions {
  version: string;
  /** The day the reader is looking (the access date). */
  today: IsoDay;
  /** What the view on screen shows, and its day. */
  view: () => { title: string; day: IsoDay };
  /** The permalink of the view on screen. */
  url: () => string;
  files: readonly DataFile[];
}

const FORMATS = [
  { key: 'text', label: 'Plain text' },
  { key: 'bibtex', label: 'BibTeX' },
  { key: 'csl', label: 'CSL-JSON' },
] as const;

export class CiteDialog {
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  private readonly _blocks = new Map<string, HTMLElement>();
  private readonly _status: HTMLElement;
  private readonly _title: HTMLElement;

  constructor(private readonly _opts: CiteOptions) {
    this.button = el('button', { type: 'button', class: 'cite-button', 'aria-haspopup': 'dialog' }, 'Cite');
    this.button.addEventListener('click', () => this.open());
    this._status = el('p', { class: 'cite-status', role: 'status' });
    this._title = el('p', { class: 'cite-title' });
    const sections = FORMATS.map(({ key, label }) => {
      const id = `cite-${key}`;
      const block = el('pre', { id, class: 'cite-block', tabindex: '0', 'aria-labelledby': `${id}-label` });
      this._blocks.set(key, block);
      const copy = el('button', { type: 'button', class: 'cite-copy' }, `Copy ${label}`);
      copy.addEventListener('click', () => void this._copy(block, label));
      return el('section', { class: 'cite-format' }, el('h3', { id: `${id}-label` }, label), block, copy);
    });
    const close = el('button', { type: 'button', class: 'cite-close' }, 'Close');
    close.addEventListener('click', () => this.dialog.close());
    this.dialog = el(
      'dialog',
      { class: 'cite-dialog', 'aria-labelledby': 'cite-heading' },
      el('h2', { id: 'cite-heading' }, 'Cite this view'),
      this._title,
      ...sections,
      this._status,
      this._dataSection(),
      close,
    );
    // A click on the backdrop (outside the dialog's box) closes it too.
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) {
        const r = this.dialog.getBoundingClientRect();
        if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.dialog.close();
      }
    });
    document.body.append(this.dialog);
  }

  /** Fills the citation of the view on screen and shows the dialog. */
  open(): void {
    const { title, day } = this._opts.view();
    const c = citation({ title, day, url: this._opts.url(), accessed: this._opts.today, version: this._opts.version });
    this._title.textContent = `${title}. Data version ${this._opts.version}, accessed ${formatDay(this._opts.today)}.`;
    this._blocks.get('text')!.textContent = c.text;
    this._blocks.get('bibtex')!.textContent = c.bibtex;
    this._blocks.get('csl')!.textContent = c.csl;
    this._status.textContent = '';
    if (!this.dialog.open) this.dialog.showModal();
  }

  destroy(): void {
    if (this.dialog.open) this.dialog.close();
    this.dialog.remove();
    this.button.remove();
  }

  private async _copy(block: HTMLElement, label: string): Promise<void> {
    if (await copyText(block.textContent ?? '')) {
      this._status.textContent = `${label} copied.`;
      return;
    }
    // No clipboard: the text is selected for the reader to copy.
    const range = document.createRange();
    range.selectNodeContents(block);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    block.focus();
    this._status.textContent = `The ${label} text is selected: copy it with your keyboard or menu.`;
  }

  private _dataSection(): HTMLElement {
    const { version, files, today } = this._opts;
    const site = this._opts.url().split('#')[0];
    const list = el(
      'ul',
      { class: 'cite-files' },
      ...files.map((f) =>
        el('li', {}, el('a', { href: f.href, download: f.filename }, f.filename), ` (${f.format}): ${f.label}. Licence: ${f.licence}.`),
      ),
    );
    return el(
      'section',
      { class: 'cite-data' },
      el('h3', {}, `The data, version ${version}`),
      list,
      el(
        'p',
        {},
        `To cite the data: ${CITED_AUTHOR}, data version ${version}, ${site} (accessed ${formatDay(today)}); the files are named ceasefire-atlas-${version}-…, and each keeps the licence given above. The version is a hash of the data of record: the same version means the same data.`,
      ),
    );
  }
}
