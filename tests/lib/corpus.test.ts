import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusEntry, nearDuplicates, parseEntries } from '../../lib/corpus';
import { parseCorpus } from '../../lib/eval';
import { CATEGORIES } from '../../lib/types';
import { corpusFiles, PLAIN_JOINED, readCorpus } from '../../scripts/train';

const files = corpusFiles();
// The plain sets that joined training are {text, expect} lines, read into the corpus shape by the trainer.
const entries = files
  .filter((file) => !file.startsWith('data/plain/'))
  .flatMap((file) => parseEntries(readFileSync(file, 'utf8'), file).map((e) => ({ ...e, file })));
const corpus = entries.filter((e) => e.file.startsWith('data/corpus/'));

describe('the labelled corpus (data/)', { timeout: 120_000 }, () => {
  it('has at least 8,000 lines, every one of the corpus shape (zod)', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8000);
  });

  it('is at least 45% clean lines', () => {
    const clean = entries.filter((e) => e.expect.length === 0).length;
    expect(clean / entries.length).toBeGreaterThanOrEqual(0.45);
  });

  it('has every category at least 300 times', () => {
    for (const c of CATEGORIES)
      expect(entries.filter((e) => e.expect.includes(c)).length, c).toBeGreaterThanOrEqual(300);
  });

  it('keeps the lines waiting in data/pending in the corpus shape, and out of training', () => {
    const pending = readdirSync('data/pending', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => `data/pending/${f}`);
    expect(pending.length).toBeGreaterThan(0);
    for (const file of pending) {
      // parseEntries throws, naming the file and line, on a line that is not of the corpus shape.
      expect(parseEntries(readFileSync(file, 'utf8'), file).length).toBeGreaterThan(0);
      expect(files).not.toContain(file);
    }
  });

  const plainSets = readdirSync('data/plain')
    .filter((f) => /^plain-\d+\.jsonl$/.test(f))
    .map((f) => `data/plain/${f}`);

  it.each(plainSets)('keeps the plain set %s all clean, in the shape the eval reads', (file) => {
    const plain = parseCorpus(readFileSync(file, 'utf8'));
    expect(plain.length).toBeGreaterThanOrEqual(295);
    expect(plain.filter((row) => row.expect.length > 0)).toEqual([]);
  });

  it('trains on plain sets 1-12 only: the later ones measure false alarms on messages it never saw', () => {
    expect(PLAIN_JOINED.every((file) => files.includes(file))).toBe(true);
    const held = plainSets.filter((file) => !PLAIN_JOINED.includes(file));
    expect(held.length).toBeGreaterThanOrEqual(13);
    for (const file of held) expect(files).not.toContain(file);
  });

  it('holds no near-duplicates in data/corpus: the same words, or one word changed, with the same labels', () => {
    const pairs = nearDuplicates(corpus).map(
      ([i, j]) => `${corpus[i]?.file}: "${corpus[i]?.text}" ~ ${corpus[j]?.file}: "${corpus[j]?.text}"`,
    );
    expect(pairs).toEqual([]);
  });

  it('trains on a blind round only after its first run is recorded, and skips its lines the corpus already has', () => {
    const rounds = JSON.parse(readFileSync('data/blind/rounds.json', 'utf8')) as Array<{
      file: string;
      joinedTraining: boolean;
      firstRun?: unknown;
    }>;
    for (const r of rounds.filter((x) => x.joinedTraining)) expect(r.firstRun, r.file).toBeDefined();
    const { rows } = readCorpus();
    expect(nearDuplicates(rows)).toEqual([]);
    const plainLines = PLAIN_JOINED.reduce(
      (n, file) => n + parseCorpus(readFileSync(file, 'utf8')).length,
      0,
    );
    expect(rows.length).toBeLessThanOrEqual(entries.length + plainLines);
  });
});

describe('CorpusEntry', () => {
  const line = {
    text: 'you never listen to me',
    expect: ['absolute'],
    spans: [{ text: 'you never listen', category: 'absolute' }],
    family: 'x-0001',
    kind: 'harsh',
    style: ['chat', 'short'],
    brief: 'x',
  };

  it('accepts a well-formed line', () => {
    expect(CorpusEntry.safeParse(line).success).toBe(true);
  });

  it.each([
    ['a span that is not in the text', { spans: [{ text: 'you always', category: 'absolute' }] }],
    ['a category without a span', { expect: ['absolute', 'blame'] }],
    ['a span of an unlisted category', { spans: [...line.spans, { text: 'listen', category: 'blame' }] }],
    ['a clean line called harsh', { expect: [], spans: [] }],
    ['three categories', { expect: ['absolute', 'blame', 'contempt'] }],
    ['an unknown style tag', { style: ['shouty'] }],
    ['an unknown category', { expect: ['rude'] }],
  ])('rejects %s', (_, change) => {
    expect(CorpusEntry.safeParse({ ...line, ...change }).success).toBe(false);
  });

  it('names the file and line of a bad entry', () => {
    expect(() => parseEntries(`${JSON.stringify(line)}\n{"text":"x"}`, 'data/x.jsonl')).toThrow(
      /^data\/x.jsonl:2: /,
    );
    expect(() => parseEntries('nope', 'data/x.jsonl')).toThrow('data/x.jsonl:1 is not JSON');
  });
});

describe('nearDuplicates', () => {
  const row = (text: string, expect: string[] = []) => ({ text, expect });

  it('finds the same words with other punctuation or case', () => {
    expect(nearDuplicates([row('You never listen!'), row('you never listen')])).toEqual([[1, 0]]);
  });

  it('finds one word changed, added or dropped in a longer line', () => {
    const base = row('you never help with the dishes after dinner', ['absolute']);
    expect(nearDuplicates([base, row('you never help with the pans after dinner', ['absolute'])])).toEqual([
      [1, 0],
    ]);
    expect(
      nearDuplicates([base, row('you never help with the dishes after dinner lol', ['absolute'])]),
    ).toEqual([[1, 0]]);
  });

  it('keeps a look-alike whose one changed word flips the label', () => {
    const harsh = row('you never help with the dishes after dinner', ['absolute']);
    expect(nearDuplicates([harsh, row('you never help with the dishes after dinner lol')])).toEqual([]);
  });

  it('keeps short lines that share all but one word', () => {
    expect(
      nearDuplicates([row('you never call', ['absolute']), row('you never text', ['absolute'])]),
    ).toEqual([]);
  });
});
