// One colour per relation type for the time bar's stacked bars: distinct hues, readable on white.
import type { RelationType } from '../api/types.ts';

export const RELATION_COLORS: Record<RelationType, string> = {
  OFFICIAL_OF: '#64748b',
  SIGNED: '#0891b2',
  PARTY_TO: '#06b6d4',
  NEGOTIATED: '#14b8a6',
  LAUNCHED: '#dc2626',
  TARGETED: '#f97316',
  MET: '#a855f7',
  SUPPORTS: '#22c55e',
  LOCATED_IN: '#059669',
  MEMBER_OF: '#7c3aed',
};
