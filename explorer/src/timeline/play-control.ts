// Play slides a window through the non-empty bins inside the chosen range, marks what is new at each
// step, and gives the chosen range back when it stops.
import { h } from '../dom.ts';
import { type PlayStep, playSteps } from './play-steps.ts';
import type { Bin } from './timeline-bins.ts';

const PLAY_STEP_MS = 900;

export interface PlayControl {
  button: HTMLButtonElement;
  stop(): void;
  playing(): boolean;
}

export interface PlayTarget {
  bins(): Bin[];
  range(): { from: string | null; to: string | null };
  show(step: PlayStep | null, range: { from: string | null; to: string | null }): void;
}

export function createPlayControl(target: PlayTarget): PlayControl {
  const button = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false' }, '▶ Play');
  let timer: ReturnType<typeof setInterval> | undefined;
  let chosen = { from: null as string | null, to: null as string | null };
  const label = (playing: boolean) => {
    button.textContent = playing ? '❚❚ Pause' : '▶ Play';
    button.setAttribute('aria-pressed', String(playing));
  };
  const stop = () => {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    label(false);
    target.show(null, chosen);
  };
  const start = () => {
    chosen = target.range();
    const steps = playSteps(target.bins(), chosen.from, chosen.to);
    if (steps.length === 0) return;
    let index = 0;
    label(true);
    target.show(steps[0]!, chosen);
    timer = setInterval(() => {
      index++;
      if (index >= steps.length) return stop();
      target.show(steps[index]!, chosen);
    }, PLAY_STEP_MS);
  };
  button.addEventListener('click', () => (timer ? stop() : start()));
  return { button, stop, playing: () => timer !== undefined };
}
