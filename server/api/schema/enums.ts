import { CORRECTION_ACTIONS } from '../../../schema/exchange.ts';
import { DATE_PRECISIONS, ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../../schema/graph-model.ts';
import { builder } from './builder.ts';

export const EntityTypeEnum = builder.enumType('EntityType', { values: ENTITY_TYPES });
export const RelationTypeEnum = builder.enumType('RelationType', { values: RELATION_TYPES });
export const DatePrecisionEnum = builder.enumType('DatePrecision', { values: DATE_PRECISIONS });
export const TimelineOrderEnum = builder.enumType('TimelineOrder', {
  values: ['OLDEST_FIRST', 'LATEST_FIRST'] as const,
});
export const DirectionEnum = builder.enumType('Direction', { values: ['OUT', 'IN', 'BOTH'] as const });
export const ModalityEnum = builder.enumType('Modality', {
  description: 'How a source states a fact: asserted, claimed by a party, denied, hypothetical or planned.',
  values: Object.fromEntries(MODALITIES.map((m) => [m.toUpperCase(), { value: m }])) as Record<
    Uppercase<(typeof MODALITIES)[number]>,
    { value: (typeof MODALITIES)[number] }
  >,
});
export const CorrectionActionEnum = builder.enumType('CorrectionAction', {
  values: Object.fromEntries(CORRECTION_ACTIONS.map((a) => [a.toUpperCase(), { value: a }])) as Record<
    Uppercase<(typeof CORRECTION_ACTIONS)[number]>,
    { value: (typeof CORRECTION_ACTIONS)[number] }
  >,
});
