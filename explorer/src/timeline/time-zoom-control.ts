// Zooming and panning the time bar: the wheel (or a trackpad pinch, which arrives as a wheel event with
// ctrlKey) zooms about the pointer, a drag on the axis or a shift-drag anywhere pans, and +, − and Fit
// buttons do the same from the keyboard. Changes are batched per frame before they reach the view.
import { h } from '../dom.ts';
import { BUTTON_FACTOR, type DayWindow, panWindow, zoomWindow } from './time-zoom.ts';

export interface TimeZoomOptions {
  /** The window drawn now and the one it may not leave; null while there are no dated edges. */
  current(): { window: DayWindow; extent: DayWindow } | null;
  /** Shows a window (null: every date). */
  set(window: DayWindow | null): void;
  /** Whether a pointer at this point is over the axis, where a drag pans instead of selecting. */
  onAxis(event: PointerEvent): boolean;
}

/** How fast a wheel zooms: e^(deltaY × this), so one notch (100 px) is about ×1.2. */
const WHEEL_RATE = 0.0018;

export function bindTimeZoom(box: HTMLElement, options: TimeZoomOptions): HTMLElement {
  let pending: DayWindow | null = null;
  const flush = () => {
    if (pending) options.set(pending);
    pending = null;
  };
  const apply = (next: (window: DayWindow, extent: DayWindow) => DayWindow) => {
    const now = options.current();
    if (!now) return;
    if (!pending) requestAnimationFrame(flush);
    pending = next(pending ?? now.window, now.extent);
  };
  const fraction = (clientX: number) => {
    const rect = box.getBoundingClientRect();
    return rect.width > 0 ? (clientX - rect.left) / rect.width : 0.5;
  };

  box.addEventListener(
    'wheel',
    (event) => {
      if (!options.current()) return;
      event.preventDefault();
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      const width = box.getBoundingClientRect().width || 1;
      apply((window, extent) =>
        sideways
          ? panWindow(window, (event.deltaX / width) * (window.end - window.start), extent)
          : zoomWindow(window, Math.exp(event.deltaY * WHEEL_RATE), fraction(event.clientX), extent),
      );
    },
    { passive: false },
  );

  // Captured on the box, which outlives the redrawn chart, so a pan survives every redraw it causes.
  let dragFrom: { x: number; window: DayWindow } | null = null;
  box.addEventListener(
    'pointerdown',
    (event) => {
      const now = options.current();
      if (!now || !(event.shiftKey || options.onAxis(event))) return;
      event.stopPropagation();
      event.preventDefault();
      dragFrom = { x: event.clientX, window: now.window };
      box.setPointerCapture(event.pointerId);
      box.classList.add('panning');
    },
    true,
  );
  box.addEventListener('pointermove', (event) => {
    if (!dragFrom) return;
    const start = dragFrom;
    const width = box.getBoundingClientRect().width || 1;
    const days = (-(event.clientX - start.x) / width) * (start.window.end - start.window.start);
    apply((_window, extent) => panWindow(start.window, days, extent));
  });
  const endDrag = () => {
    dragFrom = null;
    box.classList.remove('panning');
  };
  box.addEventListener('pointerup', endDrag);
  box.addEventListener('pointercancel', endDrag);

  const button = (label: string, text: string, onclick: () => void) =>
    h(
      'button',
      { type: 'button', class: 'btn ghost zoom', 'aria-label': label, title: label, onclick },
      text,
    );
  return h(
    'span',
    { class: 'time-zoom', role: 'group', 'aria-label': 'Time bar zoom' },
    // Named in view, so these are not taken for the canvas's own +, − and Fit.
    h('span', { class: 'time-zoom-name', 'aria-hidden': 'true' }, 'Time zoom'),
    button('Zoom the time bar in', '+', () =>
      apply((window, extent) => zoomWindow(window, 1 / BUTTON_FACTOR, 0.5, extent)),
    ),
    button('Zoom the time bar out', '−', () =>
      apply((window, extent) => zoomWindow(window, BUTTON_FACTOR, 0.5, extent)),
    ),
    button('Show every date on the time bar', 'Fit', () => {
      pending = null;
      options.set(null);
    }),
  );
}
