import { builder } from './builder.ts';
import './agreement.ts';
import './article.ts';
import './attack.ts';
import './claim.ts';
import './country.ts';
import './edge.ts';
import './entity.ts';
import './entity-lists.ts';
import './ingest.ts';
import './neighborhood.ts';
import './official.ts';
import './organization.ts';
import './overview.ts';
import './paths.ts';
import './place.ts';
import './search.ts';
import './stats.ts';
import './timeline.ts';

// Type files register themselves on the builder when imported; the schema is built once they all have.
export const schema = builder.toSchema({ sortSchema: true });
