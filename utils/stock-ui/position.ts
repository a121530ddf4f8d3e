// Where the stock panel goes next to its trigger: pure arithmetic over viewport rects, so every edge case
// (flip above/below, left/right, clamp, a 360px phone) is a line in a table-driven test, not a browser run.

/** A rectangle in viewport coordinates (what getBoundingClientRect returns). */
export type Rect = { top: number; left: number; right: number; bottom: number };

export type Viewport = { width: number; height: number };

export type PlacementOptions = {
  /** Distance kept between the panel and the viewport's edges. */
  margin?: number;
  /** Distance between the trigger and the panel. */
  gap?: number;
  /** The panel's width when the viewport is wide enough. */
  width?: number;
  /** Below this the panel is squeezed rather than placed on the smaller side. */
  minHeight?: number;
};

export type Placement = {
  top: number;
  left: number;
  width: number;
  /** The height the panel may take; it scrolls inside beyond that. */
  maxHeight: number;
  side: 'below' | 'above';
  /** 'start': left edges aligned; 'end': right edges aligned; 'clamped': pushed inside the viewport. */
  align: 'start' | 'end' | 'clamped';
};

export const PANEL_DEFAULTS = { margin: 8, gap: 6, width: 360, minHeight: 120 } as const;

/**
 * Places a panel of natural height `panelHeight` next to `anchor`: below it when it fits, above it when
 * only that fits, else on the roomier side with a reduced maxHeight; left-aligned with the anchor, flipped
 * to right-aligned at the right edge, clamped into the viewport when neither fits. On a narrow viewport the
 * panel takes the full width minus the margins.
 */
export function placePanel(anchor: Rect, panelHeight: number, viewport: Viewport, options: PlacementOptions = {}): Placement {
  const { margin, gap, minHeight } = { ...PANEL_DEFAULTS, ...options };
  const width = Math.max(0, Math.min(options.width ?? PANEL_DEFAULTS.width, viewport.width - 2 * margin));
  const usable = Math.max(0, viewport.height - 2 * margin);

  const spaceBelow = viewport.height - margin - (anchor.bottom + gap);
  const spaceAbove = anchor.top - gap - margin;
  let side: Placement['side'];
  if (panelHeight <= spaceBelow) side = 'below';
  else if (panelHeight <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';

  const room = side === 'below' ? spaceBelow : spaceAbove;
  const maxHeight = Math.min(usable, Math.max(room, Math.min(minHeight, usable)));
  const height = Math.min(panelHeight, maxHeight);
  const wanted = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const top = clamp(wanted, margin, viewport.height - margin - height);

  const maxLeft = viewport.width - margin - width;
  let left: number;
  let align: Placement['align'];
  if (anchor.left >= margin && anchor.left <= maxLeft) {
    left = anchor.left;
    align = 'start';
  } else if (anchor.right - width >= margin && anchor.right <= viewport.width - margin) {
    left = anchor.right - width;
    align = 'end';
  } else {
    left = clamp(anchor.left, margin, maxLeft);
    align = 'clamped';
  }
  return { top: round(top), left: round(left), width: round(width), maxHeight: round(maxHeight), side, align };
}

function clamp(value: number, lo: number, hi: number): number {
  return hi < lo ? lo : Math.min(Math.max(value, lo), hi);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
