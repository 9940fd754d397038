/**
 * The verb forms the rewrites are built from (lib/nlp/adapter.ts): a wish says "if you paid", a
 * request "I'd really like you to pay", whatever form the writer used.
 */
import { describe, expect, it } from 'vitest';
import { verbBase, verbPast } from '../../../lib/nlp/adapter';
import { pastOf } from '../../../lib/rewrite/parts';

describe('verb forms', () => {
  it.each([
    ['listens', 'listen'],
    ['ruined', 'ruin'],
    // Irregular pasts and participles: left as they were, the wish said "if you paided" (review rounds 2–9).
    ['paid', 'pay'],
    ['sent', 'send'],
    ['stood', 'stand'],
    ['meant', 'mean'],
    ['rang', 'ring'],
    ['forgiven', 'forgive'],
    ['understood', 'understand'],
    // Base forms stay as they are, and a past that does not conjugate back is no past ("need").
    ['need', 'need'],
    ['put', 'put'],
    ['read', 'read'],
    // "-ing" forms compromise gives back unread: the past was "textung" (review round 18).
    ['texting', 'text'],
    ['ringing', 'ring'],
    ['making', 'make'],
    ['running', 'run'],
  ])('reads %s as %s', (form, base) => {
    expect(verbBase(form)).toBe(base);
  });

  it('gives each past once, and keeps a modal as it is', () => {
    expect(pastOf('paid')).toBe('paid');
    expect(pastOf('sends')).toBe('sent');
    expect(verbPast('stand')).toBe('stood');
    expect(pastOf('could')).toBe('could');
    expect(pastOf('can')).toBe('could');
    expect(pastOf('texting')).toBe('texted');
  });
});
