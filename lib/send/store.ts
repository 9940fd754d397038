/**
 * Where the moment of sending keeps things (issue 14), through @wxt-dev/storage like the settings:
 * - the weekly reflection's counts, in storage.local (dates and numbers only, never text);
 * - drafts kept for later, in storage.session: memory only, gone when the browser closes, never on
 *   disk, and (Chrome's default access level) readable by the extension's own pages and worker only,
 *   not by content scripts, which ask the background for them.
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import type { Category } from '../types';
import {
  emptyReflection,
  parseReflection,
  type Reflection,
  type ReflectionEvent,
  recordEvent,
} from './reflection';

export const reflectionItem = storage.defineItem<unknown>('local:reflection', {
  fallback: emptyReflection(),
  version: 1,
});

export async function readReflection(): Promise<Reflection> {
  try {
    return parseReflection(await reflectionItem.getValue());
  } catch {
    return emptyReflection();
  }
}

/**
 * One change at a time: every write here reads what is stored and writes it back, so two tabs counting,
 * or a count and the options page's "Clear", must not interleave and lose or revive a count. They all
 * run in the background, which is the only context that changes this storage.
 */
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change);
  queue = next.catch(() => undefined);
  return next;
}

export function countMoment(
  event: ReflectionEvent,
  categories: readonly Category[],
  at = new Date(),
): Promise<void> {
  return serially(async () => {
    await reflectionItem.setValue(recordEvent(await readReflection(), event, categories, at));
  });
}

export function clearReflection(): Promise<void> {
  return serially(() => reflectionItem.setValue(emptyReflection()));
}

export function watchReflection(callback: (reflection: Reflection) => void): () => void {
  return reflectionItem.watch((value) => callback(parseReflection(value)));
}

const KeptDrafts = z.record(z.string(), z.object({ text: z.string(), at: z.number() }));
type KeptDrafts = z.infer<typeof KeptDrafts>;

export const keptDraftsItem = storage.defineItem<unknown>('session:keptDrafts', { fallback: {} });

async function readKept(): Promise<KeptDrafts> {
  const parsed = KeptDrafts.safeParse(await keptDraftsItem.getValue().catch(() => ({})));
  return parsed.success ? parsed.data : {};
}

/** Keeps one draft per site, for this browser session. */
export function keepDraft(host: string, text: string, at = Date.now()): Promise<void> {
  return serially(async () => {
    await keptDraftsItem.setValue({ ...(await readKept()), [host]: { text, at } });
  });
}

export async function keptDraft(host: string): Promise<string | null> {
  return (await readKept())[host]?.text ?? null;
}

export function forgetDraft(host: string): Promise<void> {
  return serially(async () => {
    const kept = await readKept();
    delete kept[host];
    await keptDraftsItem.setValue(kept);
  });
}
