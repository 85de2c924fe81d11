/**
 * The layout follows the window, not only its first size: on a narrow screen (a phone, or a desktop browser zoomed
 * to 400 %) the panels fold under their tabs, the legend folds to its button and the attribution to its (i); on a
 * wide one the legend opens. Media-query listeners, removed by `destroy()`.
 */
export const NARROW = '(max-width: 760px)';
export const WIDE = '(min-width: 1000px)';

export interface LayoutOptions {
  side: HTMLElement;
  map: HTMLElement;
  legend?: { fold(): void; unfold(): void };
}

export class Layout {
  private readonly _narrow = window.matchMedia(NARROW);
  private readonly _wide = window.matchMedia(WIDE);
  private readonly _onNarrow = () => this._applyNarrow();
  private readonly _onWide = () => (this._wide.matches ? this._opts.legend?.unfold() : this._opts.legend?.fold());

  constructor(private readonly _opts: LayoutOptions) {
    this._applyNarrow();
    this._narrow.addEventListener('change', this._onNarrow);
    this._wide.addEventListener('change', this._onWide);
  }

  /** Folds the attribution to its (i) on a narrow screen (MapLibre opens it at first). */
  foldAttribution(): void {
    if (this._narrow.matches) this._opts.map.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }

  private _applyNarrow(): void {
    this._opts.side.classList.toggle('collapsed', this._narrow.matches);
    if (this._narrow.matches) this._opts.legend?.fold();
    this.foldAttribution();
  }

  destroy(): void {
    this._narrow.removeEventListener('change', this._onNarrow);
    this._wide.removeEventListener('change', this._onWide);
  }
}
