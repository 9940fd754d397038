/**
 * Review round 55 (the forty-fifth session): each kind of failure the readers graded, in new words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';
import { complaintTail, remnant } from '../../lib/rewrite/whole';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);
const first = (text: string) => rewrites(text)[0] ?? '';
const whole = (text: string) => rewriteMessage(text, analyze(text));

describe('a feeling the label says the partner has toward someone is said as a perception (items 1, 38, 87, 117, 240, 250)', () => {
  it.each([
    ["You're so jealous of my cousin, honestly", 'jealous of my cousin'],
    ['ur just bitter about my new car', 'bitter about my new car'],
    ["you're obsessed with what your ex thinks of you", 'obsessed with what your ex thinks of you'],
    ["You're just angry at your boss, that's all this is", 'angry at your boss'],
    ['ur being weird about the christening', 'weird about the christening'],
  ])('%j names %j, as it seems to the writer', (said, toward) => {
    const out = first(said);
    expect(out).toContain(`you might be ${toward}`);
    expect(out).not.toMatch(/hurt about (my|your|the)\b/);
  });

  it('and the writer is not hurt "about" the person the feeling is toward', () => {
    expect(first("You're jealous of my sister. Everyone can see it.")).not.toMatch(/about my sister/);
  });

  it('passes the gate as it is worded: no verdict, no "you\'re jealous"', () => {
    const out = first("you're so jealous of my work friends");
    expect(out).toMatch(/^Sometimes it feels like you might be jealous of my work friends/);
    expect(analyze(out)).toEqual([]);
  });

  it.each([["you're so jealous, it's exhausting"], ["you're a narcissist"], ["you're rude"]])(
    '%j names nothing the feeling is toward, and keeps the frames',
    (said) => {
      expect(first(said)).not.toMatch(/might be/);
    },
  );

  it('with the need the feeling leaves: trust beside jealousy, closeness beside coldness', () => {
    expect(first("you're so jealous of my netball friends")).toContain("I'd love to feel trusted");
    expect(first("you're so cold with me these days")).toContain('I miss feeling close to you');
    expect(first("you're so cold with my mum these days")).not.toContain('close to you');
  });

  it('trust only beside jealousy of a possible rival, not envy of a sister or a job', () => {
    expect(first("you're jealous of every lad at the gym")).toContain("I'd love to feel trusted");
    expect(first("you're so jealous of my sister's wedding")).not.toContain('trusted');
    expect(first("you're just jealous of Sam's promotion")).not.toContain('trusted');
  });

  it('not where the feeling is only the reason for something else', () => {
    expect(first("I'm not leaving the band because you're jealous of the drummer")).not.toMatch(/might be/);
  });

  it('the reason said after it is no part of what the feeling is toward', () => {
    const out = first('ur jealous of my mates thats why ur sulking about the stag do');
    expect(out).toContain('jealous of my mates,');
    expect(out).not.toMatch(/that is why|thats why|sulking/);
  });
});

describe('a bare choice between the family and a thing asks for the family first (items 28, 152)', () => {
  it.each([
    ['the kids or the casino. your call.', 'the kids come before the casino'],
    ['Your darts or this family. Last time I ask.', 'this family comes before your darts'],
    ['our marriage or your fishing trips, pick one', 'our marriage comes before your fishing trips'],
  ])('%j → %j', (said, wanted) => {
    expect(first(said)).toContain(`I need to know that ${wanted}.`);
  });

  it.each([
    ["it's me or the golf, make your mind up"],
    ['your mates or me'],
    ['counselling or the kids go with me'],
  ])('%j is no choice of that shape', (said) => {
    expect(first(said)).not.toMatch(/come before|comes before/);
  });
});

describe('"can\'t be bothered to" asks for the act, not the bother (item 64)', () => {
  it('keeps what to do and when', () => {
    const out = first(
      "if you can't be bothered to come to Mia's recital on Friday don't bother coming to her birthday",
    );
    expect(out).toContain("I'd really like you to come to Mia's recital on Friday.");
    expect(out).not.toMatch(/bothered|bother to/);
  });
});

describe('"if we don\'t…" asks for what the couple would do (item 282)', () => {
  it.each([
    ["if we don't get proper help we're finished, I mean it", 'get proper help'],
    ["honestly if we don't see someone by spring we are done", 'see someone by spring'],
  ])('%j asks "%s"', (said, act) => {
    expect(rewrites(said).join(' ')).toContain(`I'd really like us to ${act}.`);
  });

  it('an idiom of last chances names no topic (item 97)', () => {
    for (const r of rewrites("that's the last straw, if you lie again we're done"))
      expect(r).not.toMatch(/straw/);
    for (const r of rewrites('no more chances. the wedding or we are through'))
      expect(r).not.toMatch(/chances/);
  });
});

describe('help the couple already has on its day is asked for as it is (item 241)', () => {
  it('a session on a day is one to be at, not an idea to try', () => {
    const all = rewrites(
      "i can't do another winter like this. the counselling on Thursday is all we have left",
    );
    expect(all.join(' ')).toMatch(/counselling on Thursday/);
    for (const r of all) expect(r).not.toMatch(/could make a real difference|How would you feel/);
  });
});

describe('blame led by "thanks to you" says what happened after it (item 294)', () => {
  it.each([
    ['Thanks to you my brother thinks I lied to him.', 'my brother thinks I lied to him'],
    ['thanks to you the twins missed their swimming lesson', 'the twins missed their swimming lesson'],
  ])('%j → %j', (said, happened) => {
    expect(rewrites(said).join(' ')).toContain(happened);
  });
});

describe('sarcastic congratulations on a deed say the deed (item 114)', () => {
  it('names what was done', () => {
    expect(first('congrats on booking the wrong hotel for my sister, genius')).toMatch(
      /you booked the wrong hotel for my sister/,
    );
  });
});

describe('the whole message (items 32, 38, 92, 110, 137, 140, 148)', () => {
  it.each([
    ['Not at Easter, not at the christening, not at my graduation.'],
    ['Like every time your cousins come round.'],
    ['Same as always.'],
    ['Even Bongani, who has known me since school.'],
    ['Or tomorrow.'],
  ])('%j is the tail of the complaint before it', (said) => {
    expect(complaintTail(said)).toMatch(/^(sweep|even)$/);
  });

  it.each([
    ["Even Bongani thinks you're right."],
    ['Not sure, maybe next week.'],
    ['Like I said, dinner at 7.'],
  ])('%j is not', (said) => {
    expect(complaintTail(said)).toBeUndefined();
  });

  it('a purpose read into the act goes with it, an obligation stays', () => {
    expect(remnant(', so you look like the good son')).toBe('');
    expect(remnant(', so you need to ring her tonight')).toMatch(/ring her tonight/);
  });

  it('an order with its day stays as the plan; an order to choose by then does not', () => {
    expect(whole("the tank's empty because of you. I had to get a taxi to work. Fill it tonight.")).toMatch(
      /Fill it tonight\./,
    );
    expect(
      whole("it's her or me. i am not sharing you with your ex every weekend. choose by friday."),
    ).not.toMatch(/choose by friday/i);
  });

  it('a tag question opened by "or", "im done" and "see if I care" go beside a calm rewrite', () => {
    expect(whole('Why is it always me who books the vet? You own the dog too. Or do you?')).not.toMatch(
      /Or do you/,
    );
    expect(whole('stop messaging me about the boiler. im done')).not.toMatch(/im done/i);
  });
});

describe('a no for a time says when the talk can come (items 20, 125)', () => {
  it.each([
    ['not discussing the gas bill tonight. leave it.', /tonight\. Can we talk about it tomorrow\?/],
    ["I'm not talking about the wedding list till friday", /until Friday\. Can we talk about it then\?/],
  ])('%j', (said, when) => {
    expect(first(said)).toMatch(when);
  });

  it('not beside tomorrow said anywhere in the message', () => {
    expect(first("not discussing the loan tonight. I'm on a double shift tomorrow.")).not.toMatch(
      /tomorrow\?/,
    );
  });

  it('not where every time is refused', () => {
    expect(first("don't start. not tonight, not tomorrow, not ever")).not.toMatch(/tomorrow\?/);
  });
});
