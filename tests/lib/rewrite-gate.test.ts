/**
 * Issue 12: the gate every rewrite passes (part 2), rewrites that keep the writer's meaning (part 1),
 * and the whole-message rewrite (part 4). Each case is a failure pattern a reader graded.
 */
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../lib/detect';
import { analyze, rewriteMessage } from '../../lib/index';
import { rewriteCandidates, wholeProblem, withRewrites } from '../../lib/rewrite';
import { fallback } from '../../lib/rewrite/frames';
import { gate, grammarProblem, nearCopy } from '../../lib/rewrite/gate';
import { findingsOf } from './found';

const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);

describe('the gate', () => {
  it.each([
    ["I'd really like you to you call your sister back.", 'finite-after-to'],
    ["I feel hurt when you don't be kind.", 'do-be'],
    ['It would mean a lot if you was kind.', 'agreement'],
    ["I feel lonely when you don't forgot the bins.", 'agreement'],
    ["I'd really rather you didn't haven't paid the gas by Friday.", 'agreement'],
    ['Bored out of my skull.', 'fragment'],
    ['i feel hurt. Can we talk?', 'capital'],
    ['I feel hurt. can we talk?', 'capital'],
    ['Can we talk about the the bins?', 'doubled'],
    ['Can we talk about the 7 45 train?', 'number-split'],
    ['I feel like you never listen.', 'judgment'],
    ['I feel upset that we. Could we talk about what happened?', 'fragment'],
    ["I'm hurt that if the cat knocks one more glass off. Can we talk it through?", 'fragment'],
    ['Can we talk about how if the van gets clamped again? I still feel hurt.', 'fragment'],
    ["I'm upset that twenty quid of steak in the bin. Can we talk?", 'fragment'],
    ["I feel lonely when I'm competing with it's the console. Could we make some time for us?", 'fragment'],
    ["I'm just hurt about your brother ain't. Can we talk?", 'fragment'],
    ["Lately I've been feeling lonely when you don't do don't call.", 'fragment'],
    // A dialect's second negative before the verb, and a deadline taken for a wish (review round 20).
    ["I'd really rather you didn't no send the school fees for the pikin by Friday.", 'fragment'],
    ["I'd really like you to have until the end of the month to find somewhere else.", 'fragment'],
    ["It would mean a lot to me if you did don't ask. I've been feeling lonely.", 'fragment'],
    ["Can we talk about my dad ain't at the weekend?", 'fragment'],
    ["I'm upset that you spending the whole weekend at the pub, and I'd like to talk.", 'agreement'],
    // Review round 13, each in a new sentence of the graded shape.
    ["I'd really like you to don't even think about skipping the recital.", 'finite-after-to'],
    [
      "I've been feeling lonely when you don't have paid the nursery, and I'd like to feel heard.",
      'agreement',
    ],
    ["Could we talk about it when we're both calm? I've been feeling hurt if he calls us.", 'fragment'],
    ["I'm stressed about the water bill went up £90. Can we talk?", 'fragment'],
    ["I'm upset about the boiler is broken again. Can we talk tonight?", 'fragment'],
    ["I'd really like you to. It matters a lot to me.", 'fragment'],
    ["I'd really like you to go to.", 'fragment'],
    // Rounds 2–15's remaining broken rewrites, each pattern in a new sentence of its shape.
    ["It's been hard for me when you don't rang the garage back.", 'agreement'],
    ["Lately I've been feeling hurt when you didn't truly meant the apology.", 'agreement'],
    ["I've been feeling lonely when you could stayed for tea.", 'agreement'],
    ['I feel hurt when you to ring before you leave work. Can we talk?', 'fragment'],
    ['I feel hurt when you it the same excuse. Can we talk?', 'fragment'],
    ["It's been hard for me when you cook it's always curry. Can we talk?", 'fragment'],
    ['I feel tired when your sister stays I end up doing the beds. Can we talk?', 'fragment'],
    ["I'm upset about the gutters overflowed in the storm. Can we talk?", 'fragment'],
    ["I'd like us to work out what went wrong with the boiler's off together.", 'fragment'],
    ['Can we talk about the card payment failed at the weekend?', 'fragment'],
    ['I need us to talk properly about appointment. When could we do that?', 'fragment'],
    ["Something needs to change for me with car, and I'd like us to work it out.", 'fragment'],
    // Review round 16's broken rewrites, each in a new sentence of its shape.
    ['Right now I feel tired when your cousins, and I could use a hand.', 'fragment'],
    ["I feel anxious when you forget the car tax now there's a fine. Can we talk?", 'fragment'],
    ["I'd really rather you didn't skip the parents' evening again you can explain it.", 'fragment'],
    ["I'd really like you to forgot the tickets.", 'no-verb'],
    ["I'd really like you to lost the tickets.", 'no-verb'],
    ["I'd really like us to need a holiday.", 'no-verb'],
    ["I'd really rather you didn't not ring your mother.", 'fragment'],
    ["It's been hard for me when you don't as always. Can we talk?", 'no-verb'],
    // The regrade of rounds 4, 5 and 9, each in a new sentence of its shape.
    ["Can we talk about how we're tonight? I'm still feeling upset.", 'fragment'],
    ["I'd really rather you didn't take the job in Hull with the kids or not. Can we talk?", 'fragment'],
    [
      "It would mean a lot to me if you didn't leave the car running out don't tell me it's fine.",
      'fragment',
    ],
    ["It hurt when you've got a gambling habit, and I'd like to understand. Can we talk?", 'agreement'],
    ["It would mean a lot to me if you didn't you who leaves the gate open.", 'no-verb'],
    ['I need us to talk properly about that weddings. When could we do that?', 'agreement'],
    ['Can we talk about that weddings tomorrow? It matters to me.', 'agreement'],
    // Review round 28: a clause in the topic's place, past an "of" and with a present "-s" verb.
    ["I'm upset about the whole of the street knows. Can we talk?", 'fragment'],
    ["I've noticed I feel hurt when you're not back me up at parents' evening.", 'agreement'],
    // Review round 29, each in a new sentence of its shape: a place or a pastime where the verb should
    // be, an adjective after "didn't", a plural in "-ys", a present verb for a time gone by.
    ["I really don't want you to bowling with Gaz. It matters a lot to me.", 'no-verb'],
    ["I'd really like you to Skegness with me at the weekend.", 'no-verb'],
    ["It would mean a lot to me if you didn't wrong. I've been feeling hurt about it.", 'no-verb'],
    ['I feel alone when you skip the partys at work. Can we talk?', 'agreement'],
    ["Can we talk about how we're skint Februarys? I'm still upset.", 'agreement'],
    ['I feel hurt when you miss it last week. Could we talk about it?', 'agreement'],
    ["It would mean a lot to me if you didn't skip it last week. I've been feeling hurt.", 'agreement'],
    ["I've been feeling hurt when you don't do, and I'd like us to find a way through this.", 'fragment'],
    ['If you really loved me, I feel hurt about the party. Can we talk?', 'judgment'],
    // A verb of saying or giving cut from its object when the writer's quote was taken out (round 48).
    ["I'd really rather you didn't say. It matters a lot to me.", 'fragment'],
    ['I feel let down when you tell, and I want to talk.', 'fragment'],
    // "you and" someone, and no verb after it (round 49).
    ["Lately I've been feeling lonely when you and those okes from work.", 'no-verb'],
  ])('rejects %s (%s)', (text, reason) => {
    expect(grammarProblem(text)).toBe(reason);
  });

  it.each([
    "I'd really like you to go to Skegness with me at the weekend.",
    "I'd really rather you didn't skip the match like last time.",
    "I'd really rather you didn't say that in front of Nan.",
    "I'm hurt, and I don't know what else to say.",
    'I feel left out when you and your mates go to the pub without me.',
    "I feel hurt when you don't call Rhys back. Can we talk about it tonight?",
    'I want you to have fun with the guys on Sundays.',
    'When you missed it last week, I felt hurt.',
    "I'm too overwhelmed to talk about this right now. Can we come back to it tonight?",
    "I don't like how I'm talking to you right now. I'm hurt; can we try again tomorrow?",
    'Can we talk about the 7:45 train tonight?',
    'Looking back at what happened with the car, I feel stressed. What could we both do differently next time?',
    'Give me a little time to calm down, and then I would like to talk about this. Would tonight work?',
    "I feel upset that we're in the overdraft. Can we talk?",
    "I'm stressed that the vet bill is £340.",
    'I feel upset that the casserole dried out.',
    'I feel lonely when you bring work home.',
    "I'm upset that you were working late.",
    "I'm worried about it, it's a lot.",
    "I'm stressed about the water bill. Can we talk?",
    "I'm upset about the way you spoke to Mum.",
    "I'm upset about what happened at the party.",
    "I'm hurt about the money you lent Dave.",
    "I'd really like you to take Tuesdays from now on.",
    "I'd feel hurt if he called us.",
    // Review round 14: "to" can end a sentence after a verb that takes it.
    "I'd really like us to find someone to talk to.",
    'I need someone to listen to.',
    // What the checks of review round 16's session must not catch.
    "I'd really like you to pick the kids up at 3 like you promised.",
    "Lately I've been feeling hurt when you forget I don't eat meat.",
    'I know you care, and I hope we can talk tonight. What do you think?',
    "I'd really rather you didn't go. I'll let you know when I'm ready.",
    'What happened with the deposit has left me upset. Can we talk about it tomorrow?',
    "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    "I'm worried about money, and I'd like us to talk with Mum about Christmas.",
    "I care about us, and I'm finding it hard to keep going the way we have been.",
    "I'd really like it if you could be home for tea on Friday.",
    "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tonight?",
    "I'm really angry right now, and I don't want to say something I'll regret. Can we talk tomorrow?",
    'It would mean a lot to me if you told me when your rota changes.',
    "I'd really rather you didn't keep playing until 2am.",
    "I'd really like you to tell your sister we're staying in for New Year.",
    // "that" after a conjunction is a subject, and "helps" its verb (compromise reads a plural noun).
    "I'm happy to talk it through if that helps.",
    'We could try the Saturday slot, if this works for you.',
    "I'm upset about the state of the kitchen. Can we talk?",
    "I'm stressed about the cost of the flights.",
  ])('lets %s through', (text) => {
    expect(grammarProblem(text)).toBeUndefined();
  });

  it('drops a candidate the analyzer flags, and a near copy of one kept', () => {
    expect(gate(["You're pathetic.", 'I feel hurt about the bins. Can we talk tonight?'], 3)).toEqual([
      'I feel hurt about the bins. Can we talk tonight?',
    ]);
    expect(
      nearCopy(
        'I feel hurt about the bins. Can we talk tonight?',
        'I feel hurt about the bins. Can we talk tomorrow?',
      ),
    ).toBe(true);
  });

  it('reads a clause after "about" as no topic (review round 30)', () => {
    for (const text of [
      "I'm upset about the kids think it's fine to shout.",
      'Can we talk about your brother insult me at dinner?',
      'Can we talk about is she?',
    ])
      expect(grammarProblem(text), text).toBe('fragment');
    for (const text of [
      "I'm upset about your mum's visit.",
      'Can we talk about the kids being late?',
      "I'm upset about the things you said.",
    ])
      expect(grammarProblem(text), text).toBeUndefined();
  });

  it('names a feeling in the fallback, never the word after "I feel" in a slot', () => {
    // Every candidate of these fails the gate (a bare "bill" or "waiting" as the topic, review round 20),
    // and the fallback once read its feeling as "than".
    for (const text of [
      "bairn's been sat at nursery an hour waiting cos you forgot it was your day",
      'I feel less than nothing to you, you forgot it was your day',
    ]) {
      const found = findingsOf(text);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found)
        for (const r of f.rewrites) expect(r).not.toMatch(/feeling (than|less|like|that|nothing)\b/);
    }
  });

  it('falls back to the feeling and a calm time when nothing passes', () => {
    const { text, frame } = fallback('absolute', 'lonely', 'x');
    expect(text).toMatch(/^I'm feeling lonely right now\. Can we talk [a-z ]+\?$/);
    expect(frame).toBe('absolute/fallback');
    expect(grammarProblem(text)).toBeUndefined();
  });
});

describe('rewrites keep what the writer wants (part 1)', () => {
  // Review rounds 10, 13 and 14: "see the counsellor's", "if you coulded be", "when the engineer arrives
  // rather than wherever it is you disappear" (the "to" dropped). Each in a new sentence of that shape.
  it("reads a help word's 's as the word itself", () => {
    const all = rewrites("The therapist's our only hope now. Last time you walked out after ten minutes.");
    expect(all.some((r) => /the therapist\b/.test(r))).toBe(true);
    expect(all.filter((r) => /therapist['’]s/.test(r))).toEqual([]);
  });

  it('keeps a modal in the wish, and the particle that ends its clause', () => {
    const all = rewrites(
      'I would appreciate it if, for once, you could be at the station when my train gets in.',
    );
    expect(all).toContain(
      "It would mean a lot to me if you could be at the station when my train gets in. I've been feeling hurt about it.",
    );
  });

  it('"if you don\'t…" becomes the need, with no finite clause after "to"', () => {
    const all = rewrites("if you don't call your sister back I'm leaving");
    expect(all.some((r) => r.includes("I'd really like you to call your sister back"))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/to you call|sister back (tonight|this|at|tomorrow)/);
  });

  it('"always X" asks for less of X, never for X', () => {
    for (const r of rewrites('you always leave the lights on'))
      expect(r).not.toMatch(/don't leave the lights on/);
    expect(rewrites('you always leave the lights on').join(' ')).toMatch(/leave the lights on/);
  });

  it('"never X" wishes for X', () => {
    const all = rewrites('you never call me back');
    expect(all.join(' ')).toMatch(/don't call me back|you called me back/);
  });

  it('"be" takes no "don\'t"', () => {
    for (const r of rewrites('could you just be kind for once')) {
      expect(r).not.toMatch(/don't be|kind for\b/);
    }
  });

  it.each([
    ['should I throw a parade 🙄', /parade/],
    ["I'm bored out of my skull waiting", /skull/],
    ['you missed the train mate', /mate/],
    ['would it kill you to say thank you', /about thank/],
    ["you're a joke, you know that? yeah righto", /righto/],
  ])('takes no topic from an aside, an idiom or an address word: %s', (text, bad) => {
    for (const r of rewrites(text)) expect(r).not.toMatch(bad);
  });

  it('keeps a time whole', () => {
    for (const r of rewrites("the train is at 7:45 and you're always late for it"))
      expect(r).not.toMatch(/7 45/);
  });

  it('answers a complaint about being controlled with room, not reassurance', () => {
    const all = rewrites("you're so controlling");
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(/reassurance/);
  });

  it('names the frame of every candidate', () => {
    const text = 'you never help with the dishes';
    const [finding] = analyze(text);
    expect(finding).toBeDefined();
    for (const c of rewriteCandidates(text, finding as never)) expect(c.frame).toMatch(/^absolute\/[a-z-]+$/);
  });
});

describe('the whole-message rewrite (part 4)', () => {
  // Review round 16: "I am serious.", "Don't test me.", "I'm not asking twice." were kept beside the
  // rewritten threat they close.
  // Review round 16: "Shocking." kept because the dropped "late again." stood between it and the
  // rewrite; "Real nice, Dave." kept as no tag Softer knew.
  it('drops a sarcastic tag past a sentence already dropped, and two-word praise said the other way', () => {
    // Flagged at the strict setting: the twenty-first session's weights put the balanced verdict just
    // under its threshold (0.604 against 0.615), and what is held here is the whole rewrite's joining.
    const text = "You're home at midnight? wow. out again. Classic.";
    const late = rewriteMessage(text, withRewrites(text, findFindings(text, { sensitivity: 'strict' })));
    expect(late).toMatch(/^You're home at midnight\? /);
    expect(late).not.toMatch(/Classic|out again/i);
    const guitar = rewriteMessage(
      "You gave my old guitar to your cousin. Without asking. Oh that's just great. Very generous, Paul.",
    );
    expect(guitar).toMatch(/^You gave my old guitar to your cousin\./);
    expect(guitar).not.toMatch(/generous/i);
  });

  it('drops a bare "Just don\'t." after the shut-down it closes (review round 26)', () => {
    const whole = rewriteMessage("Stop. Just don't.");
    expect(whole).not.toBe("Stop. Just don't.");
    expect(whole).not.toMatch(/don't\.?$/i);
  });

  it("drops a threat's closer with the threat", () => {
    const sold = rewriteMessage(
      "Either you sell the motorbike this month or I'm moving to my sister's. I am serious.",
    );
    expect(sold).toContain("I'd really like you to sell the motorbike this month.");
    expect(sold).not.toMatch(/serious/i);
    const vegas = rewriteMessage("If you go to Vegas with the lads, don't come back. Don't test me.");
    expect(vegas).toContain('Vegas');
    expect(vegas).not.toMatch(/test me/i);
  });

  it.each([
    'wow great job 👏 you forgot the bins again',
    'ha. ha. so funny. 🙄',
    'you never help. EVER. thanks a lot',
    'what an idiot. seriously.',
    'you stop drinking or this is over. ur choice',
    'therapy? lol no',
  ])('leaves no contempt emoji, curt jab or lowercase start: %s', (text) => {
    const out = rewriteMessage(text);
    expect(out).not.toMatch(/👏|🙄|🤡/u);
    expect(out).not.toMatch(/\b(EVER|seriously|ur choice|thanks a lot|so funny|lol)\b/i);
    expect(out).toMatch(/^[A-Z]/);
    expect(out).not.toMatch(/[.?!]\s+[a-z]/);
    expect(wholeProblem(text)).toBeUndefined();
  });

  it('keeps the friendly sentences around a rewrite, each starting with a capital', () => {
    // (The b16 weights read "you left the car on empty AGAIN btw" after friendly news as plain; the
    // sentence here is a sweep the rules name.)
    const out = rewriteMessage("good morning! coffee's in the pot. you ALWAYS leave the car on empty btw");
    expect(out.startsWith("Good morning! Coffee's in the pot. ")).toBe(true);
    expect(out).not.toMatch(/ALWAYS|btw/);
  });

  it('drops a remnant after a comma that is no sentence of its own', () => {
    const out = rewriteMessage("you're so defensive, got it??");
    expect(out).not.toMatch(/got it/i);
    expect(wholeProblem("you're so defensive, got it??")).toBeUndefined();
  });

  it("reads a word the writer doubled as theirs, not as the rewrite's slip", () => {
    // Review round 15: "Eh eh, so you reach home…" failed the whole gate as "doubled". ("No no no." was
    // the example until review round 18: beside a rewrite it leans on the sentence replaced, and goes.)
    const text = "We had had enough of the noise by then. You always have an excuse, don't you.";
    const found = findingsOf(text);
    expect(found.length).toBeGreaterThan(0);
    expect(rewriteMessage(text, found)).toMatch(/^We had had enough of the noise by then\./);
    expect(wholeProblem(text, found)).not.toBe('doubled');
  });

  it('returns a clean message unchanged', () => {
    for (const text of ['', 'love you, sleep well', 'you always make me laugh 😂'])
      expect(rewriteMessage(text)).toBe(text);
  });
});
