// The analyst's operations: read the audit trail, confirm, reject, correct, merge and undo. Mutations carry
// the API key the analyst gave for this tab (see analyst-session.ts).
import {
  CONFIRM_MUTATION,
  CORRECT_MUTATION,
  CORRECTIONS_QUERY,
  MERGE_MUTATION,
  REJECT_MUTATION,
  UNDO_MUTATION,
} from './api-queries.ts';
import type {
  ConfirmMutation,
  ConfirmMutationVariables,
  CorrectionsQuery,
  CorrectionsQueryVariables,
  CorrectMutation,
  CorrectMutationVariables,
  MergeMutation,
  MergeMutationVariables,
  RejectMutation,
  UndoMutation,
  UndoMutationVariables,
} from './generated/operations.ts';
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
  const data = await graphqlRequest<CorrectionsQuery, CorrectionsQueryVariables>(CORRECTIONS_QUERY, {
    about,
  });
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
  // Confirm and Reject take the same variables and answer the same correction, under their own field.
  const data = await graphqlRequest<ConfirmMutation & RejectMutation, ConfirmMutationVariables>(
    query,
    { id, analyst: analyst.name, note },
    withKey(analyst.key),
  );
  return verdict === 'confirm' ? data.confirmFact : data.rejectFact;
}

export async function correctFact(
  analyst: Analyst,
  id: string,
  values: JsonObject,
  note: string,
): Promise<Correction> {
  const data = await graphqlRequest<CorrectMutation, CorrectMutationVariables>(
    CORRECT_MUTATION,
    { id, analyst: analyst.name, note, values },
    withKey(analyst.key),
  );
  return data.correctFact;
}

/** Merges `merged` into `kept`: the kept entity takes its relations, mentions and names. */
export async function mergeEntities(
  analyst: Analyst,
  merged: string,
  kept: string,
  note: string,
): Promise<Correction> {
  const data = await graphqlRequest<MergeMutation, MergeMutationVariables>(
    MERGE_MUTATION,
    { merged, into: kept, analyst: analyst.name, note },
    withKey(analyst.key),
  );
  return data.mergeEntities;
}

export async function undoCorrection(analyst: Analyst, id: string): Promise<Correction> {
  const data = await graphqlRequest<UndoMutation, UndoMutationVariables>(
    UNDO_MUTATION,
    { id, analyst: analyst.name },
    withKey(analyst.key),
  );
  return data.undoCorrection;
}
