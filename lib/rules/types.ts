import type { Category } from '../types';

/** A compromise pattern, with the example it is for written above it in the rule file. */
export interface RulePattern {
  match: string;
  /** Overrides the rule's confidence for this pattern. */
  confidence?: number;
}

/** What a rule's `accept` sees of one candidate match: the words around it, already normalised. */
export interface Match {
  /** The matched words. */
  words: readonly string[];
  /** Words of the same clause before and after the match. */
  before: readonly string[];
  after: readonly string[];
  /** Words after the match to the end of its sentence, across commas (at most 40). */
  sentenceAfter: readonly string[];
  /** The words of the sentence (at most 40 on each side of the match). */
  sentence: readonly string[];
  /** The whole message's words joined by single spaces, with a space at each end, for phrase checks. */
  messageText: string;
  /** Every word of the message. */
  messageWords: ReadonlySet<string>;
  /** The clause ends in "?" or the sentence opens like a question (do you…, why do you…). */
  isQuestion: boolean;
  /** The raw text of the sentence, for marks that are not words (🙄). */
  sentenceText: string;
  /** Which pattern or phrase matched: an index into `patterns` or into `phrases`, as `kind` says. */
  patternIndex: number;
  kind: 'pattern' | 'phrase';
  /** The match contains a word typed in capitals. */
  shouted: boolean;
}

export interface Rule {
  /** The file name, without .ts. */
  id: string;
  category: Category;
  /** One line: what this rule flags. */
  description: string;
  /** Short label for the card: "Sweeping 'you never'". */
  message: string;
  /**
   * What a rewrite replaces: the clause the match is in (default; "hope work's ok, you're so
   * self-centred, anyway dinner at 7?" keeps its friendly clauses), or the whole sentence, for rules
   * whose meaning spans clauses ("if you don't come, I'm leaving").
   */
  scope?: 'clause' | 'sentence';
  /** How sure a match of this rule is, 0..1, before `accept` adjusts it. */
  confidence: number;
  /** compromise patterns over the normalised clause. */
  patterns?: readonly RulePattern[];
  /** Fixed phrases, matched word for word on normalised text (contractions expanded). */
  phrases?: readonly string[];
  /**
   * The grammar check: false to drop the match, true to keep it, a number to keep it with that
   * confidence.
   */
  accept?(match: Match): boolean | number;
  /** The words an editor should underline, when narrower than the match: [from, to) within `words`. */
  span?(match: Match): [number, number];
  /**
   * Its own examples. In `flag`, [[double brackets]] mark the span the rule must underline.
   * Every `pass` example must not be flagged by this rule.
   */
  examples: { flag: readonly string[]; pass: readonly string[] };
}
