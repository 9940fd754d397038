/**
 * Softer's own words must read clean to its own analyzer. The gate drops a candidate the analyzer
 * flags, so a frame the model reads as harsh vanishes silently. The thirty-sixth session's retraining
 * candidate (375a7e4) read the calm boundary "…I want to be straight with you: if nothing changes, I'm
 * going to move out." as an ultimatum (0.91) and "…I'm saying it plainly because I care about us…" as
 * stonewall (0.71): 13 of the 41 request-and-plan pairs below had no wording left, the rewrites lost the
 * writer's consequence, and the graded rewrites got worse (data/reviews/candidate-375a7e4). Here every
 * frame of every category, and the ultimatum builder's boundary wordings, are filled with plain slots
 * and read by the analyzer.
 */
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../lib/detect';
import { BOUNDARY_US, withPlan, withStakes } from '../../lib/rewrite/builders';
import { feelingFor } from '../../lib/rewrite/feelings';
import { FRAMES, fallback, framed, type Slots } from '../../lib/rewrite/frames';
import { CATEGORIES } from '../../lib/types';

/** What the analyzer finds in `text`, as "category@confidence", or [] when it reads clean. */
function flags(text: string): string[] {
  return findFindings(text).map((f) => `${f.category}@${(f.confidence ?? 1).toFixed(2)}`);
}

function harshOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) => {
    const found = flags(t);
    return found.length > 0 ? [`${t}  [${found.join(', ')}]`] : [];
  });
}

const feeling = (words: string) => feelingFor(words.split(' '));

/** Plain fills: each a different set of the optional slots, so that every frame renders at least once. */
const FILLS: Slots[] = [
  {
    feeling: feeling('late home again'),
    topic: 'lateness',
    thing: 'dinner',
    act: "when you're late home without a text",
    wish: 'you sent me a text when you are running late',
  },
  {
    feeling: feeling('the dishes'),
    topic: 'chores',
    thing: 'the dishes',
    act: 'when the dishes are left in the sink',
  },
  {
    feeling: feeling('the credit card'),
    topic: 'money',
    thing: 'the credit card bill',
    happened: 'you paid for the holiday without asking me',
  },
  {
    feeling: feeling('your phone'),
    topic: 'phones',
    thing: '',
    happened: 'you were on your phone all through dinner',
    sarcastic: true,
  },
  {
    feeling: feeling('your mum'),
    topic: 'family',
    thing: "your mum's birthday",
    outcome: 'we missed the start of the party',
    felt: 'stressed',
  },
  {
    feeling: feeling('you never listen'),
    topic: 'listening',
    thing: '',
    outcome: 'the plan fell through',
    felt: 'upset',
  },
  {
    feeling: feeling('counselling'),
    topic: 'therapy',
    thing: '',
    subject: 'this',
    help: { phrase: 'try counselling', thing: 'counselling' },
  },
  {
    feeling: feeling('the money'),
    topic: 'money',
    thing: 'the money',
    subject: 'the money',
    help: { phrase: 'see the counsellor on Thursday', thing: "Thursday's session", booked: true },
  },
  {
    feeling: feeling('the pastor'),
    topic: 'general',
    thing: '',
    help: { phrase: 'talk to the pastor', thing: 'the pastor', person: true },
    matters: 'we matter to me',
  },
  {
    feeling: feeling('therapy'),
    topic: 'therapy',
    thing: '',
    help: { phrase: 'try couples therapy', thing: 'couples therapy' },
    matters: 'our marriage matters to me',
    named: 'our marriage',
    urgent: true,
  },
  {
    feeling: feeling('come to counselling'),
    topic: 'therapy',
    thing: '',
    request: "I'd really like you to come to counselling with me.",
    boundary: BOUNDARY_US,
  },
  {
    feeling: feeling('your brother'),
    topic: 'family',
    thing: 'your brother',
    request: "I'd really like you to call your brother back tonight.",
    boundary: BOUNDARY_US.replace('about us', 'about our marriage'),
    named: 'our marriage',
  },
  {
    feeling: feeling('late home'),
    topic: 'lateness',
    thing: '',
    request: "I'd really like you to be home by 7 tonight.",
    boundary: BOUNDARY_US,
  },
  {
    feeling: feeling('the xbox'),
    topic: 'phones',
    thing: '',
    request: "I'd really like more of your time in the evenings.",
    rival: 'the Xbox',
  },
  {
    feeling: feeling('the phone'),
    topic: 'phones',
    thing: '',
    request: "I'd really like you to put your phone away at dinner.",
    minor: true,
  },
  { feeling: feeling('nothing'), topic: 'general', thing: '' },
];

describe("Softer's own words read clean to its analyzer", () => {
  it('every frame of every category, filled with plain slots', { timeout: 120_000 }, () => {
    const texts = new Set<string>();
    const rendered = new Set<string>();
    for (const category of CATEGORIES)
      for (const slots of FILLS)
        for (const c of framed(category, slots, `${category} ${slots.topic} ${slots.thing}`)) {
          texts.add(c.text);
          rendered.add(c.frame);
        }
    // The fills reach every frame: a frame no fill renders would go unread here.
    const frames = CATEGORIES.flatMap((c) => FRAMES[c].map((f) => `${c}/${f.name}`));
    expect(frames.filter((f) => !rendered.has(f))).toEqual([]);
    expect(harshOf([...texts])).toEqual([]);
  });

  it('the fallback of every category', () => {
    const texts = CATEGORIES.flatMap((c) =>
      ['hurt', 'lonely', 'frustrated'].map((f) => fallback(c, f, `${c} ${f}`).text),
    );
    expect(harshOf(texts)).toEqual([]);
  });

  // A plan said calmly is still a consequence, and the analyzer may read one wording as the threat it
  // replaces; that is why there are three. Each request and plan in proportion to it must keep one
  // wording the gate lets through, or the rewrite loses the writer's boundary. Moving out over a stag
  // do is left out: said however calmly, it is the ultimatum, and the gate is right to drop it.
  it("an ultimatum's plan said as a boundary: one wording of each reads clean", { timeout: 60_000 }, () => {
    const requests = [
      "I'd really like you to stop gambling.",
      "I'd really like you to come to counselling with me.",
      "I'd really like you to be home by 7.",
      "I'd really like you to stop drinking on weeknights.",
      "I'd really like you to tell your mum about the baby.",
      "I'd really like you to put the phone down at dinner.",
      "I'd rather you didn't go to the stag do.",
    ];
    const plans = [
      { plan: 'move out', not: false },
      { plan: "take the kids to my mum's for a while", not: false },
      { plan: 'stop cooking for two', not: false },
      { plan: "sleep at my sister's for a few nights", not: false },
      { plan: 'come to the wedding', not: true },
      { plan: 'come to Christmas at your parents', not: true },
    ];
    const lost: string[] = [];
    for (const request of requests)
      for (const own of plans) {
        if (/stag do/.test(request) && own.plan === 'move out') continue;
        const { texts } = withPlan(request, own, `${request} ${own.plan}`);
        expect(texts).toHaveLength(3);
        if (texts.every((t) => flags(t).length > 0))
          lost.push(`${request} / ${own.not ? 'not ' : ''}${own.plan}`);
      }
    expect(lost).toEqual([]);
  });

  it("an ultimatum's stakes said as a boundary, every wording", () => {
    const texts = [
      "I'd really like us to try counselling.",
      "I'd really like you to put the phone down at dinner.",
    ].flatMap((request) =>
      [undefined, 'our marriage', 'our engagement'].flatMap(
        (named) => withStakes(request, named, request).texts,
      ),
    );
    expect(harshOf(texts)).toEqual([]);
  });
});
