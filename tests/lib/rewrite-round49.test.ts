/** Review round 49 (the thirty-ninth session): each kind of failure its readers graded, in new words. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';
import { readSentence, topicPhrases } from '../../lib/rewrite/sentence';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);
const topics = (text: string) => topicPhrases(readSentence(text, []));

describe('a jab that says what "you" do goes on about the same "you" after "and" (item 212)', () => {
  it.each([
    ['every time I bring up the car loan you sulk and slam the door', /like you to slam/],
    ['whenever I mention your brother you go quiet and leave the room, every time', /like you to leave/],
  ])('%j is no order to do it', (text, order) => {
    expect(rewrites(text).join(' ')).not.toMatch(order);
  });

  it('an order after a put-down with no "you" in it is still asked for', () => {
    expect(rewrites('grow up and ring your nan back about Sunday').join(' ')).toMatch(
      /like you to ring your nan back/,
    );
  });
});

describe('a sarcastic leave to do it ("sure", "go ahead") is no order (item 282)', () => {
  it.each([
    'Oh sure, spend another weekend on the golf course, the kids will raise themselves',
    'Oh sure, go out with Jess again tonight, who needs a husband',
  ])('%j is not asked for', (text) => {
    expect(rewrites(text).join(' ')).not.toMatch(/like you to (spend|go out)/);
  });
});

describe('a refusal to hear is not "I\'ve said what I can" (items 56 and 72)', () => {
  it.each([
    "save it, I don't want to hear about the car",
    "I'm not interested in your explanation about the missing money",
    "I don't want to hear another excuse about the boiler",
  ])('%j never says the writer has said it', (text) => {
    const all = rewrites(text);
    expect(all.length).toBeGreaterThan(0);
    expect(all.join(' ')).not.toMatch(/I've said what I can/);
  });
});

describe("a stonewall that hands the matter back, or keeps what is the writer's own (items 172, 258, 285)", () => {
  it.each(['Sounds like your problem, not mine.', 'not my problem, sort it yourself'])(
    "%j is said as the writer's view, not a pause",
    (text) => {
      const first = rewrites(text)[0] ?? '';
      expect(first).toMatch(/mine to (sort out|fix)/);
    },
  );

  it('"not discussing my wages" keeps them private, not a pause to come back from', () => {
    const first = rewrites("I'm not discussing my wages with you, end of.")[0] ?? '';
    expect(first).toMatch(/keep my wages private/);
  });
});

describe('"goodnight" limits a no to tonight (item 164)', () => {
  it('"done talking, night night" is a pause, not a no for good', () => {
    const first = rewrites("I'm done talking. Night night.")[0] ?? '';
    expect(first).not.toMatch(/rather not go over|leave it there, please|not going back/);
  });
});

describe('a topic is the noun phrase, and only that (items 83, 103, 233, 287)', () => {
  it('a name with a verb after it starts the next clause', () => {
    const text = "because of your temper Leo won't bring his girlfriend round";
    expect(topics(text)).toContain('your temper');
    expect(topics(text)).not.toContain('your temper Leo');
  });

  it('a "do" after the kind of party is the party', () => {
    expect(topics('you got smashed at the office do on Saturday')).toContain('the office do');
  });

  it('"every little thing" is "little things", "every family thing" is "family things"', () => {
    const all = rewrites('you moan about every little thing I cook').join(' ');
    expect(all).not.toMatch(/littles/);
    const family = rewrites('you were on your phone again, like you are at every family thing').join(' ');
    expect(family).not.toMatch(/families thing/);
    // A month or a day after "every" says when ("every January"), and is no plural.
    expect(rewrites("every February we're broke because you splurge on the ski trip").join(' ')).not.toMatch(
      /Februar(ie|y)s/,
    );
  });
});

describe("an email's header is no finding (item 289)", () => {
  it('the model places its finding in the body, not on "Subject:" or the greeting', () => {
    const text =
      'Subject: Our savings\n\nAndrew,\n\nI have reviewed the statements for January. There are three transfers I did not authorise, totalling £1,200. This is the second month running. I expect an explanation in writing by Friday or I will close the account.\n\nKaren';
    expect(analyze(text).length).toBeGreaterThan(0);
    for (const f of analyze(text)) {
      const line = text.slice(text.lastIndexOf('\n', f.start) + 1, f.end);
      expect(line).not.toMatch(/^(Subject|Daniel,)/);
    }
  });
});

describe('the gate drops a clause cut from its verb or its object (items 18 and 205)', () => {
  it('"when you and your mates." and "rather you didn\'t say." never reach the card', () => {
    const all = [
      ...rewrites('Every Friday the same story with you and your mates from the depot.'),
      ...rewrites("if you say 'I'll do it later' about the gutters one more time I'm hiring someone"),
    ].join(' ');
    expect(all).not.toMatch(/when you and [^.?!]*\.|didn't say\./);
  });

  it('the whole message keeps a rewrite for each', () => {
    const text = "if you say 'I'll do it later' about the gutters one more time I'm hiring someone";
    expect(rewriteMessage(text)).not.toMatch(/didn't say\./);
  });
});

describe('the writer refusing "calm down" is not told to talk calmly (item 269)', () => {
  it.each(["don't calm down me, you're the one who lied", 'stop saying calm down, you never listen'])(
    '%j gets no "calm" in any rewrite',
    (text) => {
      const all = rewrites(text);
      expect(all.length).toBeGreaterThan(0);
      expect(all.join(' ')).not.toMatch(/\bcalm/i);
    },
  );
});

describe('a sarcastic aside is no act and no wish (item 147)', () => {
  it('"not like you have a car" is not asked for', () => {
    const all = rewrites(
      "fine, I'll do the big shop AGAIN on my own then, not like you have a car or anything",
    ).join(' ');
    expect(all).not.toMatch(/you had a car|don't have a car/);
  });
});
