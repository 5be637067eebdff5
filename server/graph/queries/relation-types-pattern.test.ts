import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';

describe('relationTypesPattern', () => {
  it('names every relation type when none is asked for', () => {
    expect(relationTypesPattern(null)).toBe(RELATION_TYPES.join('|'));
    expect(relationTypesPattern([])).toBe(RELATION_TYPES.join('|'));
  });

  it("keeps the types asked for, in the model's order, once each", () => {
    expect(relationTypesPattern(['TARGETED', 'SIGNED', 'TARGETED'])).toBe('SIGNED|TARGETED');
  });

  it('lets nothing but a model type into the statement', () => {
    const injected = ['SIGNED]-() DETACH DELETE n //'] as unknown as RelationType[];
    expect(relationTypesPattern([...injected, 'MET'])).toBe('MET');
  });
});
