import { describe, expect, it } from 'vitest';
import { findDispatch } from './find-dispatch.ts';

describe('findDispatch', () => {
  it('reads an agency dateline and a closing credit, in French and English', () => {
    expect(findDispatch('KYIV (Reuters) - Russia launched drones overnight, officials said.')).toBe(
      'Reuters',
    );
    expect(findDispatch('Les frappes ont visé Kharkiv dans la nuit.\n\navec AFP')).toBe('AFP');
    expect(findDispatch('Drones hit Odesa.\n© AP')).toBe('AP');
  });

  it('does not take a citation of an agency for a dispatch', () => {
    expect(findDispatch("Selon l'AFP, trois drones ont été abattus au-dessus de Kiev.")).toBeNull();
    expect(findDispatch('The front moved, a map seen by AP reporters showed.')).toBeNull();
  });
});
