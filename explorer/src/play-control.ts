// Play steps the range end through the histogram's bins, so the graph grows as time passes.
import { h } from './dom.ts';
import type { Bin } from './timeline-bins.ts';

const PLAY_STEP_MS = 700;

export interface PlayControl {
  button: HTMLButtonElement;
  stop(): void;
}

export function createPlayControl(
  bins: () => Bin[],
  setRange: (from: string | null, to: string | null) => void,
): PlayControl {
  const button = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false' }, '▶ Play');
  let timer: ReturnType<typeof setInterval> | undefined;
  const show = (playing: boolean) => {
    button.textContent = playing ? '❚❚ Pause' : '▶ Play';
    button.setAttribute('aria-pressed', String(playing));
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    show(false);
  };
  const start = () => {
    const steps = bins();
    if (steps.length === 0) return;
    let index = 0;
    show(true);
    setRange(null, steps[0]!.key);
    timer = setInterval(() => {
      index++;
      if (index >= steps.length) return stop();
      setRange(null, steps[index]!.key);
    }, PLAY_STEP_MS);
  };
  button.addEventListener('click', () => (timer ? stop() : start()));
  return { button, stop };
}
