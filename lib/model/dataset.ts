/**
 * Turns labelled messages into training examples for the learned scorer: one example per message,
 * whose features are every clause's features together (the verdict is about the whole message: "thanks
 * so much. oh wait." is harsh only as a whole). Spans are not needed to train; cross-validation uses
 * them to check that a finding underlines the clause the writer meant. Pure.
 */
import { type RuleReading, readWithRules } from '../engine';
import { CATEGORIES, type Category } from '../types';
import { HEAD_COUNT } from './codec';
import { bucketsOf, clauseFeatures, type RuleSignal } from './features';
import type { Example } from './train';

export interface LabelledMessage {
  text: string;
  expect: readonly Category[];
}

/** The rules' hits of each clause, as the scorer reads them. */
export function ruleSignals(reading: RuleReading): RuleSignal[][] {
  const signals: RuleSignal[][] = reading.msg.clauses.map(() => []);
  for (const f of reading.findings) signals[f.clause]?.push(f);
  return signals;
}

/** Every feature name of a message: the union of its clauses' features. */
export function messageFeatureNames(reading: RuleReading, withRules: boolean): string[] {
  const names = new Set<string>();
  for (const cf of clauseFeatures(reading.msg, reading.isQuestion, withRules ? ruleSignals(reading) : []))
    for (const n of cf.names) names.add(n);
  return [...names];
}

/** One example per message, once with the rules' hits as features (stacked) and once without. */
export function buildExamples(
  rows: readonly LabelledMessage[],
  readings: readonly RuleReading[] = rows.map((r) => readWithRules(r.text)),
): { stacked: Example[]; textOnly: Example[] } {
  const stacked: Example[] = [];
  const textOnly: Example[] = [];
  rows.forEach((row, message) => {
    const reading = readings[message] as RuleReading;
    const labels = new Uint8Array(HEAD_COUNT);
    labels[0] = row.expect.length > 0 ? 1 : 0;
    CATEGORIES.forEach((c, i) => {
      if (row.expect.includes(c)) labels[i + 1] = 1;
    });
    stacked.push({
      features: Uint32Array.from(bucketsOf(messageFeatureNames(reading, true))),
      labels,
      message,
    });
    textOnly.push({
      features: Uint32Array.from(bucketsOf(messageFeatureNames(reading, false))),
      labels,
      message,
    });
  });
  return { stacked, textOnly };
}
