// Whether an article says it reprints an agency dispatch, and whose: a dateline "KYIV (Reuters) -" at
// its start, or a credit "avec AFP" / "with Reuters" / "© AP" at its end. Articles citing an agency
// ("selon l'AFP") are reports of their own and do not count.
import { AGENCIES, CREDIT_WORDS, DISPATCH_WINDOW } from '../lexicon/agencies.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DATELINE = AGENCIES.map((agency) => ({
  name: agency.name,
  pattern: new RegExp(`\\(\\s*(?:${agency.marks.map(escapeRegExp).join('|')})\\s*\\)`),
}));

const credits = [...new Set([...CREDIT_WORDS.fr, ...CREDIT_WORDS.en])].map(escapeRegExp).join('|');
const CREDIT = AGENCIES.map((agency) => ({
  name: agency.name,
  pattern: new RegExp(
    `(?:^|[\\s(—–-])(?:${credits})\\s+(?:l['’])?(?:${agency.marks.map(escapeRegExp).join('|')})\\b`,
    'im',
  ),
}));

export function findDispatch(text: string): string | null {
  const head = text.slice(0, DISPATCH_WINDOW);
  const tail = text.slice(-DISPATCH_WINDOW);
  return (
    DATELINE.find((d) => d.pattern.test(head))?.name ?? CREDIT.find((c) => c.pattern.test(tail))?.name ?? null
  );
}
