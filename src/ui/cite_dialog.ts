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
  /** What the view on screen shows, its day and the day it compares with. */
  view: () => { title: string; day: IsoDay; compare: IsoDay | null };
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
  private readonly _dataNote = el('p', { class: 'cite-data-note' });

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
    const { title, day, compare } = this._opts.view();
    const accessed = localToday();
    const c = citation({ title, day, compare, url: this._opts.url(), accessed, version: this._opts.version });
    this._title.textContent = `${title}. Data version ${this._opts.version}, accessed ${formatDay(accessed)}.`;
    this._dataNote.textContent = dataNote(this._opts.version, this._opts.url().split('#')[0]!, accessed);
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
    const { version, files } = this._opts;
    const list = el(
      'ul',
      { class: 'cite-files' },
      ...files.map((f) =>
        el('li', {}, el('a', { href: f.href, download: f.filename }, f.filename), ` (${f.format}): ${f.label}. Licence: ${f.licence}.`),
      ),
    );
    return el('section', { class: 'cite-data' }, el('h3', {}, `The data, version ${version}`), list, this._dataNote);
  }
}

/** How to cite the data rather than a view. */
function dataNote(version: string, site: string, accessed: IsoDay): string {
  return `To cite the data: ${CITED_AUTHOR}, data version ${version}, ${site} (accessed ${formatDay(accessed)}); the files are named ceasefire-atlas-${version}-…, and each keeps the licence given above. The version is a hash of the data of record (the change log, places, areas, lines, events and points of the statement in the project's repository): the same version means the same records, from which the scripts derive the cells and lines.`;
}

/** The reader's calendar day (in their own time zone, as they would write the access date), as YYYY-MM-DD. */
function localToday(): IsoDay {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
