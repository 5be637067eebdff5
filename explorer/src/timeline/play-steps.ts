// The steps of Play: a sliding window over the non-empty bins inside the chosen range, so empty spans
// are skipped and the range the person chose is kept.
import { type Bin, binInRange } from './timeline-bins.ts';

export interface PlayStep {
  /** The window shown at this step. */
  from: string;
  to: string;
  /** The bin that is new at this step: its edges are highlighted. */
  fresh: string;
}

/** Window width in bins: about a tenth of the span, at least one. */
export function windowSize(binCount: number): number {
  return Math.max(1, Math.round(binCount / 10));
}

export function playSteps(bins: Bin[], from: string | null, to: string | null): PlayStep[] {
  const inside = bins.map((bin, index) => ({ bin, index })).filter(({ bin }) => binInRange(bin, from, to));
  if (inside.length === 0) return [];
  const size = windowSize(inside.length);
  const first = inside[0]!.index;
  return inside
    .filter(({ bin }) => bin.count > 0)
    .map(({ bin, index }) => ({
      from: bins[Math.max(first, index - size + 1)]!.key,
      to: bin.key,
      fresh: bin.key,
    }));
}
