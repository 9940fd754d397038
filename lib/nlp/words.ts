/**
 * The message as a list of normalised words with contractions expanded ("you're" → you, are), each
 * pointing back at the token it came from. Rules, phrase tables and compromise all see this one form.
 */
import { expandContraction, type Token, tokenize } from '../text/normalize';

export interface Word {
  w: string;
  /** Index of the token this word came from. */
  tok: number;
}

export interface Clause {
  /** Index into Message.words of the first word, and one past the last. */
  start: number;
  end: number;
  sentence: number;
}

export interface Message {
  text: string;
  tokens: Token[];
  words: Word[];
  clauses: Clause[];
  /** Word ranges of each sentence. */
  sentences: Array<{ start: number; end: number }>;
}

export function toWords(norm: string): string[] {
  return norm.split(' ').flatMap(expandContraction);
}

export function readMessage(text: string): Message {
  const tokens = tokenize(text);
  const words: Word[] = [];
  const clauses: Clause[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  tokens.forEach((token, tok) => {
    const lastClause = clauses[clauses.length - 1];
    const prev = tok > 0 ? tokens[tok - 1] : undefined;
    if (!prev || prev.clause !== token.clause) {
      if (lastClause) lastClause.end = words.length;
      clauses.push({ start: words.length, end: words.length, sentence: token.sentence });
    }
    if (!prev || prev.sentence !== token.sentence) {
      const lastSentence = sentences[sentences.length - 1];
      if (lastSentence) lastSentence.end = words.length;
      sentences.push({ start: words.length, end: words.length });
    }
    for (const w of toWords(token.norm)) words.push({ w, tok });
  });
  const lastClause = clauses[clauses.length - 1];
  if (lastClause) lastClause.end = words.length;
  const lastSentence = sentences[sentences.length - 1];
  if (lastSentence) lastSentence.end = words.length;
  return { text, tokens, words, clauses, sentences };
}
