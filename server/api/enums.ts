import { DATE_PRECISIONS, ENTITY_TYPES, RELATION_TYPES } from '../../schema/graph-model.ts';
import { builder } from './builder.ts';

export const EntityTypeEnum = builder.enumType('EntityType', { values: ENTITY_TYPES });
export const RelationTypeEnum = builder.enumType('RelationType', { values: RELATION_TYPES });
export const DatePrecisionEnum = builder.enumType('DatePrecision', { values: DATE_PRECISIONS });
export const DirectionEnum = builder.enumType('Direction', { values: ['OUT', 'IN', 'BOTH'] as const });
