/**
 * The rewrites of the message's findings, asked for only when the card or the popup shows them (issue
 * 12): typing asks the background for findings alone, which costs a third of what rewriting them does.
 * Known rewrites are kept for one text only; an answer about an older text is never kept (it is still
 * handed to whoever asked, who compares the text themselves). How to ask is handed in, so a happy-dom
 * test can run it with a fake.
 */
import type { Finding } from '../types';

/** One finding, as the background finds it again: its rule and where it starts. */
export interface FindingAt {
  ruleId: string;
  start: number;
}

export interface RewritesOptions {
  /** Asks for the rewrites of these findings of `text`, one list per finding, in order. */
  ask: (text: string, at: FindingAt[]) => Promise<string[][]>;
  /** Rewrites for the current text arrived. */
  onChange: () => void;
  /** Most findings in one question (a huge paste asks in several). */
  batch?: number;
}

const keyOf = (f: FindingAt) => `${f.ruleId}\u0000${f.start}`;

export class RewriteStore {
  private text: string | null = null;
  private known = new Map<string, string[]>();
  private asked = new Map<string, Promise<string[]>>();

  constructor(private readonly options: RewritesOptions) {}

  /** The rewrites of this finding of `text` when known, or undefined (not asked, or on its way). */
  get(text: string, finding: FindingAt): string[] | undefined {
    return this.text === text ? this.known.get(keyOf(finding)) : undefined;
  }

  /** Whether every one of these findings of `text` has its rewrites here. */
  has(text: string, findings: readonly FindingAt[]): boolean {
    return findings.every((f) => this.get(text, f) !== undefined);
  }

  /**
   * The rewrites of each of these findings of `text`, in order, asking only about those not known or on
   * their way. A failed question answers [] for its findings.
   */
  load(text: string, findings: readonly Finding[] | readonly FindingAt[]): Promise<string[][]> {
    if (this.text !== text) {
      this.text = text;
      this.known = new Map();
      this.asked = new Map();
    }
    const missing: FindingAt[] = [];
    for (const f of findings) {
      const key = keyOf(f);
      if (!this.known.has(key) && !this.asked.has(key) && !missing.some((m) => keyOf(m) === key))
        missing.push({ ruleId: f.ruleId, start: f.start });
    }
    const size = Math.max(1, this.options.batch ?? 500);
    for (let i = 0; i < missing.length; i += size) {
      const part = missing.slice(i, i + size);
      const answer = this.options
        .ask(text, part)
        .then((lists) => part.map((_, k) => validList(lists?.[k])))
        .catch(() => part.map(() => [] as string[]));
      const asked = this.asked;
      part.forEach((f, k) => {
        const one = answer.then((lists) => lists[k] as string[]);
        asked.set(keyOf(f), one);
      });
      void answer.then((lists) => {
        // The text changed meanwhile: this answer is about a message no longer in the box.
        if (this.text !== text || this.asked !== asked) return;
        part.forEach((f, k) => {
          this.known.set(keyOf(f), lists[k] as string[]);
          asked.delete(keyOf(f));
        });
        this.options.onChange();
      });
    }
    return Promise.all(
      findings.map((f) => {
        const key = keyOf(f);
        const known = this.known.get(key);
        return known ? Promise.resolve(known) : (this.asked.get(key) ?? Promise.resolve([]));
      }),
    );
  }

  /** Forgets everything known (the settings changed: the same text may have other findings). */
  clear(): void {
    this.text = null;
    this.known = new Map();
    this.asked = new Map();
  }
}

/** Only strings, however the answer came back. */
function validList(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string' && r !== '') : [];
}
