// The analyst's operations: read the audit trail, confirm, reject, correct and undo. Mutations carry
// the API key the analyst gave for this tab (see analyst-session.ts).
import {
  CONFIRM_MUTATION,
  CORRECT_MUTATION,
  CORRECTIONS_QUERY,
  REJECT_MUTATION,
  UNDO_MUTATION,
} from './api-queries.ts';
import { type Fetcher, graphqlRequest } from './graphql-request.ts';
import type { Correction, JsonObject } from './types.ts';

export interface Analyst {
  name: string;
  key: string;
}

function withKey(key: string): Fetcher {
  return (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${key}` },
    });
}

export async function fetchCorrections(about: string): Promise<Correction[]> {
  const data = await graphqlRequest<{ corrections: Correction[] }>(CORRECTIONS_QUERY, { about });
  return data.corrections;
}

export type Verdict = 'confirm' | 'reject';

export async function judgeFact(
  analyst: Analyst,
  id: string,
  verdict: Verdict,
  note: string,
): Promise<Correction> {
  const query = verdict === 'confirm' ? CONFIRM_MUTATION : REJECT_MUTATION;
  const field = verdict === 'confirm' ? 'confirmFact' : 'rejectFact';
  const data = await graphqlRequest<Record<string, Correction>>(
    query,
    { id, analyst: analyst.name, note },
    withKey(analyst.key),
  );
  return data[field]!;
}

export async function correctFact(
  analyst: Analyst,
  id: string,
  values: JsonObject,
  note: string,
): Promise<Correction> {
  const data = await graphqlRequest<{ correctFact: Correction }>(
    CORRECT_MUTATION,
    { id, analyst: analyst.name, note, values },
    withKey(analyst.key),
  );
  return data.correctFact;
}

export async function undoCorrection(analyst: Analyst, id: string): Promise<Correction> {
  const data = await graphqlRequest<{ undoCorrection: Correction }>(
    UNDO_MUTATION,
    { id, analyst: analyst.name },
    withKey(analyst.key),
  );
  return data.undoCorrection;
}
