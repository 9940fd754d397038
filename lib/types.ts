/** The seven kinds of harsh phrasing Softer knows (ids fixed since the first dev corpus; see data/README.md). */
export const CATEGORIES = [
  'absolute',
  'diagnosis',
  'blame',
  'contempt',
  'ultimatum',
  'stonewall',
  'crisis',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Sensitivity = 'gentle' | 'balanced' | 'strict';

/** One flagged phrase: offsets are UTF-16 indices into the analysed string, `text === input.slice(start, end)`. */
export interface Finding {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  text: string;
  /** A short label a person understands: "Sweeping 'you never'". */
  message: string;
  /** One sentence from the article on why this hurts. */
  why: string;
  /** The article principle this finding applies, and a one-line explanation for the card. */
  principle: { title: string; explanation: string };
  /** How sure the rule is, 0..1. Low-confidence findings drop at "gentle" sensitivity. */
  confidence: number;
  /**
   * What a rewrite replaces (offsets into the input): the flagged clause, or the whole sentence when
   * the harshness spans clauses (an ultimatum). Friendly clauses around it are never touched.
   */
  sentence: { start: number; end: number };
  /** The words that weighed most in the learned scorer's verdict, as typed, strongest first. */
  cues?: string[];
  /** Gentler ways to say the whole flagged sentence, best first. */
  rewrites: string[];
}

export interface AnalyzeOptions {
  /** Categories the person switched off. */
  disabledCategories?: readonly Category[];
  /** gentle: only confident findings; strict: everything. Default balanced. */
  sensitivity?: Sensitivity;
  /** Phrases the person chose to ignore (compared case- and space-insensitively). */
  ignoredPhrases?: readonly string[];
}
