/**
 * "Cite": a dialog with a citation of the view on screen (plain text, BibTeX, CSL-JSON, each with Copy), the data
 * version, and the data itself to download, versioned, with its licence and how to cite it. A native modal `<dialog>`:
 * the browser keeps the focus inside it, Escape closes it, and the focus returns to the Cite button.
 */
import { citation, CITED_AUTHOR, type DataFile } from '../model/cite.ts';
import type { IsoDay } from '../model/calendar.ts';
import { dayText, sentence, tr } from '../i18n/index.ts';
import { el, RECORD_LANG } from './dom.ts';
import { copyText } from './share.ts';

/**
 * What the view on screen shows, in words: the day (or the two days compared), then what is selected, in its own
 * language (a place name in its convention, an event's or a point's title in the record's English).
 */
export interface ViewTitle {
  when: string;
  /** Words of the interface before the selection ("point 2 of the statement … ("). */
  lead?: string;
  what?: string;
  lang?: string;
  tail?: string;
}

/** The title as one line of text: "… on 21 November 2020: Agdam / Aghdam". */
export function titleText(t: ViewTitle): string {
  return t.what === undefined ? t.when : `${t.when}${tr.punctuation.colon}${t.lead ?? ''}${t.what}${t.tail ?? ''}`;
}

export interface CiteOptions {
  version: string;
  /** What the view on screen shows, its day and the day it compares with. */
  view: () => { title: ViewTitle; day: IsoDay; compare: IsoDay | null };
  /** The permalink of the view on screen. */
  url: () => string;
  files: readonly DataFile[];
}

const FORMATS = ['text', 'bibtex', 'csl'] as const;

export class CiteDialog {
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  private readonly _blocks = new Map<string, HTMLElement>();
  private readonly _status: HTMLElement;
  private readonly _title: HTMLElement;
  private readonly _dataNote = el('p', { class: 'cite-data-note' });

  constructor(private readonly _opts: CiteOptions) {
    this.button = el('button', { type: 'button', class: 'cite-button', 'aria-haspopup': 'dialog' }, tr.cite.button);
    this.button.addEventListener('click', () => this.open());
    this._status = el('p', { class: 'cite-status', role: 'status' });
    this._title = el('p', { class: 'cite-title' });
    const sections = FORMATS.map((key) => {
      const label = tr.cite.formats[key];
      const id = `cite-${key}`;
      // The formats' own syntax (BibTeX fields, CSL-JSON keys) is not to be translated; the plain text is words.
      const block = el('pre', {
        id,
        class: 'cite-block',
        tabindex: '0',
        'aria-labelledby': `${id}-label`,
        ...(key === 'text' ? {} : { translate: 'no' }),
      });
      this._blocks.set(key, block);
      const copy = el('button', { type: 'button', class: 'cite-copy' }, tr.cite.copy(label));
      copy.addEventListener('click', () => void this._copy(block, label));
      return el('section', { class: 'cite-format' }, el('h3', { id: `${id}-label` }, label), block, copy);
    });
    const close = el('button', { type: 'button', class: 'cite-close' }, tr.cite.close);
    close.addEventListener('click', () => this.dialog.close());
    this.dialog = el(
      'dialog',
      { class: 'cite-dialog', 'aria-labelledby': 'cite-heading' },
      el('h2', { id: 'cite-heading' }, tr.cite.heading),
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
    const { title: parts, day, compare } = this._opts.view();
    const title = titleText(parts);
    const accessed = localToday();
    const c = citation(
      { title, day, compare, url: this._opts.url(), accessed, version: this._opts.version },
      { ...tr.cite.words, stop: tr.punctuation.stop, day: dayText },
    );
    const what =
      parts.what === undefined
        ? []
        : [tr.punctuation.colon, parts.lead ?? '', el('span', { lang: parts.lang ?? RECORD_LANG }, parts.what), parts.tail ?? ''];
    this._title.replaceChildren(parts.when, ...what, `${tr.punctuation.stop} `, tr.cite.summary(this._opts.version, dayText(accessed)));
    this._dataNote.textContent = tr.cite.dataNote(CITED_AUTHOR, this._opts.version, this._opts.url().split('#')[0]!, dayText(accessed));
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
      this._status.textContent = tr.cite.copied(label);
      return;
    }
    // No clipboard: the text is selected for the reader to copy.
    const range = document.createRange();
    range.selectNodeContents(block);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    block.focus();
    this._status.textContent = tr.cite.selected(label);
  }

  private _dataSection(): HTMLElement {
    const { version, files } = this._opts;
    const list = el(
      'ul',
      { class: 'cite-files' },
      ...files.map((f) =>
        el(
          'li',
          {},
          el('a', { href: f.href, download: f.filename, translate: 'no' }, f.filename),
          ` (${f.format}): ${sentence(f.label)} ${sentence(`${tr.cite.licence} ${f.licence}`)}`,
        ),
      ),
    );
    return el('section', { class: 'cite-data' }, el('h3', {}, tr.cite.dataHeading(version)), list, this._dataNote);
  }
}

/** The reader's calendar day (in their own time zone, as they would write the access date), as YYYY-MM-DD. */
function localToday(): IsoDay {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
