/**
 * npm run regrade -- changed DIR ROUND...   which graded items the engine now rewrites differently
 * npm run regrade -- merge DIR ROUND...     add the readers' new grades to each round's regraded.jsonl
 * npm run regrade -- figures ROUND...       each round's latest grades, as data/reviews/README.md tables them
 * npm run regrade -- gate ROUND...          what the gate's grammar check says of each latest-graded first rewrite
 *
 * The regrade of issue 12, part 5: after a change, every graded item whose first rewrite or whole
 * rewrite is no longer the one its grade is for is graded again by a reader who did not write the
 * builders. `changed` runs `npm run review -- --items` on each round's sample and writes, in DIR, the
 * changed items for the readers (review-rN.md), the rewrites they will grade (regrade-rN.jsonl) and the
 * messages no longer flagged (unflagged-rN.jsonl). The readers write DIR/grades-rN.jsonl, one line per
 * item ({item, grammar, faithful, send, whole, note}); `merge` checks them and appends them, with the
 * unflagged items, to data/reviews/round-N/regraded.jsonl. tests/lib/rewrite-review.test.ts then holds
 * the engine to every grade.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines } from '../lib/jsonl';
import { grammarProblem } from '../lib/rewrite/gate';

interface Item {
  item: number;
  text: string;
  first: string;
  whole: string;
}
interface Grade {
  item: number;
  grammar: string;
  faithful: string;
  send: string;
  whole: string;
  note?: string;
  /** Optional: does the whole rewrite drop something the partner needed (a fact, a time, a request)? */
  lost?: string;
  first?: string;
  wholeText?: string;
  unflagged?: boolean;
}

const GRADES: Record<'grammar' | 'faithful' | 'send' | 'whole', readonly string[]> = {
  grammar: ['ok', 'minor', 'broken'],
  faithful: ['specific', 'generic', 'changes'],
  send: ['yes', 'no'],
  whole: ['clean', 'harsh-left', 'fragment', 'garbled'],
};

const read = <T>(path: string): T[] =>
  existsSync(path)
    ? jsonLines(
        readFileSync(path, 'utf8'),
        (line) => `${path}:${line} is not JSON`,
        (json) => json as T,
      )
    : [];
const roundDir = (round: string) => join('data/reviews', `round-${round}`);

/** Each item's rewrites as last graded: its sample line, or its last regraded line. */
function graded(round: string): Map<number, { first: string; whole: string; unflagged: boolean }> {
  const state = new Map(
    read<Item>(join(roundDir(round), 'sample.jsonl')).map((x) => [
      x.item,
      { first: x.first, whole: x.whole, unflagged: false },
    ]),
  );
  for (const g of read<Grade>(join(roundDir(round), 'regraded.jsonl')))
    state.set(g.item, { first: g.first ?? '', whole: g.wholeText ?? '', unflagged: g.unflagged === true });
  return state;
}

/** The engine's rewrites of a round's sample now (or of some of its items), via npm run review. */
function review(round: string, json: string, out: string, only?: readonly number[]): Item[] {
  const args = ['scripts/review.ts', '--items', join(roundDir(round), 'sample.jsonl'), '--json', json];
  args.push('--out', out);
  if (only) args.push('--only', only.join(','));
  execFileSync('node_modules/.bin/tsx', args, { stdio: 'ignore' });
  return read<Item>(json);
}

function changed(dir: string, rounds: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const round of rounds) {
    const state = graded(round);
    const now = review(round, join(dir, `now-r${round}.jsonl`), join(dir, `now-r${round}.md`));
    const unflagged = now.filter((x) => x.first === '' && !state.get(x.item)?.unflagged);
    const ids = now
      .filter((x) => {
        const was = state.get(x.item);
        return (
          x.first !== '' &&
          (was === undefined || was.unflagged || was.first !== x.first || was.whole !== x.whole)
        );
      })
      .map((x) => x.item);
    const lines = unflagged.map((x) => JSON.stringify(x)).join('\n');
    writeFileSync(join(dir, `unflagged-r${round}.jsonl`), lines ? `${lines}\n` : '');
    if (ids.length > 0)
      review(round, join(dir, `regrade-r${round}.jsonl`), join(dir, `review-r${round}.md`), ids);
    else writeFileSync(join(dir, `regrade-r${round}.jsonl`), '');
    console.log(`round ${round}: ${ids.length} to grade again, ${unflagged.length} no longer flagged`);
    total += ids.length;
  }
  console.log(`${total} items to grade again; readers write ${dir}/grades-rN.jsonl`);
}

function merge(dir: string, rounds: readonly string[]): void {
  for (const round of rounds) {
    const items = read<Item>(join(dir, `regrade-r${round}.jsonl`));
    const grades = new Map(read<Grade>(join(dir, `grades-r${round}.jsonl`)).map((g) => [g.item, g]));
    const out = items.map((x) => {
      const g = grades.get(x.item);
      if (!g) throw new Error(`round ${round}: item ${x.item} has no grade in ${dir}/grades-r${round}.jsonl`);
      for (const [field, allowed] of Object.entries(GRADES))
        if (!allowed.includes(g[field as keyof typeof GRADES]))
          throw new Error(
            `round ${round}, item ${x.item}: ${field} "${g[field as keyof typeof GRADES]}" is none of ${allowed.join(', ')}`,
          );
      if (g.lost !== undefined && g.lost !== 'yes' && g.lost !== 'no')
        throw new Error(`round ${round}, item ${x.item}: lost "${g.lost}" is neither yes nor no`);
      const { grammar, faithful, send, whole, note = '', lost } = g;
      const line = { item: x.item, first: x.first, wholeText: x.whole, grammar, faithful, send, whole, note };
      return lost === undefined ? line : { ...line, lost };
    });
    for (const x of read<Item>(join(dir, `unflagged-r${round}.jsonl`)))
      out.push({
        item: x.item,
        first: '',
        wholeText: x.text,
        unflagged: true,
        grammar: 'n/a',
        faithful: 'n/a',
        send: 'n/a',
        whole: 'n/a',
        note: 'no longer flagged',
      } as (typeof out)[number]);
    if (out.length > 0)
      appendFileSync(
        join(roundDir(round), 'regraded.jsonl'),
        `${out.map((l) => JSON.stringify(l)).join('\n')}\n`,
      );
    console.log(`round ${round}: ${out.length} lines added to ${roundDir(round)}/regraded.jsonl`);
  }
}

/** Each item's latest grade: its line in grades.jsonl, or its last line in regraded.jsonl. */
function latestGrades(round: string): Map<number, Grade> {
  const latest = new Map(read<Grade>(join(roundDir(round), 'grades.jsonl')).map((g) => [g.item, g]));
  for (const g of read<Grade>(join(roundDir(round), 'regraded.jsonl'))) latest.set(g.item, g);
  return latest;
}

function figures(rounds: readonly string[]): void {
  console.log(
    '| round | broken | faithful specific | would send | whole clean | good | whole loses something |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const round of rounds) {
    const flagged = [...latestGrades(round).values()].filter((g) => !g.unflagged);
    const count = (test: (g: Grade) => boolean) => flagged.filter(test).length;
    const good = count((g) => g.grammar === 'ok' && g.faithful === 'specific' && g.send === 'yes');
    // "lost" is graded only since round 42 and by some regrades: say how many of the grades asked it.
    const asked = count((g) => g.lost !== undefined);
    const lost = asked === 0 ? 'not graded' : `${count((g) => g.lost === 'yes')} of ${asked}`;
    console.log(
      `| ${round} | ${count((g) => g.grammar === 'broken')} of ${flagged.length} | ${count((g) => g.faithful === 'specific')} | ${count((g) => g.send === 'yes')} | ${count((g) => g.whole === 'clean')} | ${good} | ${lost} |`,
    );
  }
}

/**
 * Before a gate check is sent to readers: over the latest graded first rewrites, how many of those graded
 * broken it rejects (with each), and which graded otherwise it would reject, good ones first.
 */
function gateCheck(rounds: readonly string[]): void {
  let caught = 0;
  let broken = 0;
  const lost: string[] = [];
  for (const round of rounds) {
    const state = graded(round);
    for (const [item, g] of latestGrades(round)) {
      const first = state.get(item)?.first ?? '';
      if (g.unflagged || first === '') continue;
      const problem = grammarProblem(first);
      if (g.grammar === 'broken') {
        broken++;
        if (problem) {
          caught++;
          console.log(`caught (${problem}) r${round}#${item}: ${first}`);
        }
      } else if (problem) {
        const good = g.grammar === 'ok' && g.faithful === 'specific' && g.send === 'yes';
        lost.push(`${good ? 'GOOD ' : ''}(${problem}) r${round}#${item} [${g.grammar}]: ${first}`);
      }
    }
  }
  for (const line of lost.sort()) console.log(`would drop ${line}`);
  console.log(`${caught} of ${broken} graded broken rejected; ${lost.length} graded otherwise rejected`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'changed' && rest.length > 1) changed(rest[0] as string, rest.slice(1));
else if (command === 'merge' && rest.length > 1) merge(rest[0] as string, rest.slice(1));
else if (command === 'figures' && rest.length > 0) figures(rest);
else if (command === 'gate' && rest.length > 0) gateCheck(rest);
else {
  console.error(
    'usage: npm run regrade -- changed DIR ROUND... | merge DIR ROUND... | figures ROUND... | gate ROUND...',
  );
  process.exit(2);
}
