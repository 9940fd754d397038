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

/** One change at a time: two tabs counting at once must not lose a count. */
let queue: Promise<unknown> = Promise.resolve();

export function countMoment(
  event: ReflectionEvent,
  categories: readonly Category[],
  at = new Date(),
): Promise<void> {
  const next = queue.then(async () => {
    await reflectionItem.setValue(recordEvent(await readReflection(), event, categories, at));
  });
  queue = next.catch(() => undefined);
  return next;
}

export async function clearReflection(): Promise<void> {
  await reflectionItem.setValue(emptyReflection());
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
export async function keepDraft(host: string, text: string, at = Date.now()): Promise<void> {
  await keptDraftsItem.setValue({ ...(await readKept()), [host]: { text, at } });
}

export async function keptDraft(host: string): Promise<string | null> {
  return (await readKept())[host]?.text ?? null;
}

export async function forgetDraft(host: string): Promise<void> {
  const kept = await readKept();
  delete kept[host];
  await keptDraftsItem.setValue(kept);
}
