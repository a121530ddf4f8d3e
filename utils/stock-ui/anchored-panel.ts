// Keeps the panel host next to its trigger while the reader scrolls or resizes: measures, asks placePanel
// where to go, writes the host's inline position. At most once per animation frame.
import { PANEL_DEFAULTS, placePanel, type Viewport } from './position';

export class AnchoredPanel {
  private anchor: Element | null = null;
  private frame = 0;
  private readonly win: Window;

  constructor(private readonly host: HTMLElement) {
    const win = host.ownerDocument.defaultView;
    if (!win) throw new Error('AnchoredPanel needs a document with a window');
    this.win = win;
  }

  /** Places the host next to `anchor` now, then again on every scroll (of any scroller) and resize. */
  follow(anchor: Element): void {
    if (!this.anchor) {
      this.win.addEventListener('scroll', this.schedule, { capture: true, passive: true });
      this.win.addEventListener('resize', this.schedule, { passive: true });
    }
    this.anchor = anchor;
    this.place();
  }

  stop(): void {
    if (this.anchor) {
      this.win.removeEventListener('scroll', this.schedule, { capture: true });
      this.win.removeEventListener('resize', this.schedule);
    }
    this.anchor = null;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  readonly schedule = (): void => {
    if (this.frame || !this.anchor) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  /** Measures the panel at its natural height, then writes top/left/width and its max height. */
  place(): void {
    if (!this.anchor) return;
    const viewport = this.viewport();
    const style = this.host.style;
    style.width = `${Math.max(0, Math.min(PANEL_DEFAULTS.width, viewport.width - 2 * PANEL_DEFAULTS.margin))}px`;
    style.setProperty('--fl-panel-max-height', 'none');
    const panel = this.host.shadowRoot?.querySelector('.fl-panel');
    const height = panel ? panel.getBoundingClientRect().height : 0;
    const at = placePanel(this.anchor.getBoundingClientRect(), height, viewport);
    style.top = `${at.top}px`;
    style.left = `${at.left}px`;
    style.width = `${at.width}px`;
    style.setProperty('--fl-panel-max-height', `${at.maxHeight}px`);
    this.host.dataset.side = at.side;
  }

  /** The layout viewport without scrollbars (clientWidth/Height; innerWidth/Height in quirks mode). */
  private viewport(): Viewport {
    const root = this.host.ownerDocument.documentElement;
    const { innerWidth, innerHeight } = this.win;
    return {
      width: Math.min(innerWidth, root.clientWidth || innerWidth),
      height: Math.min(innerHeight, root.clientHeight || innerHeight),
    };
  }
}
