import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../lib/corpus';

interface Round {
  file: string;
  sha256: string;
  lines: number;
  firstRun: Record<'rules' | 'modelOnly' | 'combined', { precision: number; recall: number; f1: number }>;
  joinedTraining: boolean;
}
const rounds = JSON.parse(readFileSync('data/blind/rounds.json', 'utf8')) as Round[];

describe('the blind rounds (data/blind/)', () => {
  it.each(rounds.map((r) => [r.file, r] as const))(
    '%s is exactly the file whose first run is recorded',
    (file, round) => {
      const source = readFileSync(file, 'utf8');
      expect(createHash('sha256').update(source).digest('hex')).toBe(round.sha256);
      expect(parseEntries(source, file)).toHaveLength(round.lines);
      // The recorded figures are a real measurement: F1 is the harmonic mean of the P and R beside it.
      for (const engine of ['rules', 'modelOnly', 'combined'] as const) {
        const { precision: p, recall: r, f1 } = round.firstRun[engine];
        expect(Math.abs(f1 - (2 * p * r) / (p + r)), `${file} ${engine}`).toBeLessThan(0.002);
      }
    },
  );
});
