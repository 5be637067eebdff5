// The one door between the API and the store: the reads (parameterised queries, each call one read
// transaction) and the writes the API may make (analysts' corrections), over one driver and one error
// map. The API is built on this interface, so its resolvers can run on another implementation.
import type { CorrectionRecord } from '../../schema/exchange.ts';
import { addCorrection, type CorrectionInput, undoCorrection } from './curate/corrections.ts';
import { createGraphReader, type GraphReader } from './queries/run-read.ts';
import type { Graph } from './tx.ts';

export interface Curation {
  correct(input: CorrectionInput): Promise<CorrectionRecord>;
  undo(id: string, analyst: string): Promise<CorrectionRecord>;
}

export interface GraphGateway {
  readonly reader: GraphReader;
  readonly curation: Curation;
}

export interface GatewayOptions {
  /** Per-query database timeout. */
  readonly timeoutMs?: number;
}

export function createGraphGateway(graph: Graph, options: GatewayOptions = {}): GraphGateway {
  return {
    reader: createGraphReader({
      driver: graph.driver,
      database: graph.database,
      timeoutMs: options.timeoutMs,
    }),
    curation: {
      correct: (input) => addCorrection(graph, input),
      undo: (id, analyst) => undoCorrection(graph, id, analyst),
    },
  };
}
