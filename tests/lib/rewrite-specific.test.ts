/**
 * Rewrites that keep what the message is about where a stock "I'm hurt, can we talk" line had taken its
 * place (review round 69's readers graded 96 first rewrites generic, the largest kind): a request the
 * partner left undone, a count of nothing done, sourness at the writer's good news, an occasion the
 * partner spoiled (or let someone else spoil), what "that phone" takes time from when chat typed "ur", the
 * occasion a blame's reason names when "this is all" stands before it; and from review round 70, an
 * occasion the writer will stay away from with someone there, a pastime set against the writer ("you can
 * have X or you can have a wife") read as a wish for less of it, and the act asked by "why can't you…"; and
 * from review round 71, what came of a harm ("…and now it won't start"), thanks for an act with a short
 * gerund ("using", "going"), and the amount in a statement after a sarcastic tag. Each in new words, not the
 * rounds' own.
 */
import { describe, expect, it } from 'vitest';
import {
  askedUndone,
  causeSaid,
  haveThisOrUs,
  leastMissed,
  notOneDone,
  soreAtNews,
} from '../../lib/rewrite/builders';
import { gateProblem } from '../../lib/rewrite/gate';
import { builderFailures } from '../../lib/rewrite/index';
import { readWords } from '../../lib/rewrite/sentence';
import { findingsOf, rewritesIn, wholeRewrite } from './found';

describe('a request the partner left undone', () => {
  it('says what was asked, and that it did not happen', () => {
    const out = rewritesIn(
      "i asked you to renew the car insurance on monday and you didnt, now there's a late fee",
      'blame',
    );
    expect(out[0]).toMatch(/^I'd asked you to renew the car insurance on Monday, and I felt let down/);
  });

  it('says it is still waiting when the writer asked more than once', () => {
    const out = rewritesIn(
      'I asked you four times to take the recycling down and you still haven’t',
      'blame',
    );
    expect(out.join('\n')).toMatch(
      /I've asked you four times to take the recycling down, and .*still isn't done/,
    );
  });

  it('reads only a plain act the writer asked for, never a harsh one or another person', () => {
    expect(askedUndone(readWords('I told you to stop yelling at me and you didnt'))).toBeUndefined();
    expect(askedUndone(readWords('I asked you if Sam called and you never said'))).toBeUndefined();
    expect(askedUndone(readWords('she asked you to book the table and you did'))).toBeUndefined();
    expect(askedUndone(readWords('I asked you to book the table and you did, thank you'))).toBeUndefined();
    expect(askedUndone(readWords('I asked you twice to fix the gate but you forgot'))).toEqual({
      act: 'fix the gate',
      times: 'twice',
      waiting: true,
    });
  });
});

describe('a count of nothing done', () => {
  it('wishes for the next one', () => {
    const out = rewritesIn('9 years married and not one weekend away booked by you', 'absolute').join('\n');
    expect(out).toMatch(/I'd really love for you to book our next weekend away/);
  });

  it('reads only a thing done for the writer, not a thing that went wrong', () => {
    expect(notOneDone(readWords('moved house and not one plate broken, amazing packing'))).toBeUndefined();
    expect(notOneDone(readWords('not one cake made by my sister'))).toBeUndefined();
    expect(notOneDone(readWords('four years and not a single birthday remembered'))).toEqual({
      verb: 'remember',
      thing: 'my next birthday',
    });
  });
});

describe("sourness at the writer's good news", () => {
  it('says the writer hoped the partner would be glad, with what they achieved', () => {
    const out = rewritesIn("you're only sulking because I won the cook-off", 'diagnosis').join('\n');
    expect(out).toMatch(/glad for me that I won the cook-off/);
  });

  it('is no reading of jealousy over another person', () => {
    expect(soreAtNews(readWords("you're jealous I got a message from Priya"))).toBeUndefined();
    expect(soreAtNews(readWords("you're jealous I got flowers from work"))).toBeUndefined();
    expect(soreAtNews(readWords("you're bitter I finished the course"))).toBe('I finished the course');
  });
});

describe('an occasion the partner spoiled', () => {
  it('says the writer looked forward to it', () => {
    const out = rewritesIn('you wrecked my one lie-in this week', 'blame').join('\n');
    expect(out).toMatch(/I was really looking forward to my one lie-in, and I'm hurt about how it went/);
  });

  it('keeps a life out of it', () => {
    const out = rewritesIn('you ruined my life', 'blame').join('\n');
    expect(out).not.toMatch(/looking forward/);
    expect(out).toMatch(/upset|hurt/);
  });
});

describe('what a habit takes time from, after chat\'s "ur"', () => {
  it('reads "ur glued to" as the partner\'s', () => {
    const out = rewritesIn('ur glued to that tablet and u know it', 'diagnosis').join('\n');
    expect(out).toMatch(/how much time goes on that tablet|away from that tablet/);
  });
});

describe('the occasion a blame names after "this is all"', () => {
  it('is the topic, and "this is all" is no outcome', () => {
    const out = rewritesIn(
      "this is all because you couldn't stay sober at my cousin's engagement",
      'blame',
    ).join('\n');
    expect(out).not.toMatch(/how this is all|this is all,/i);
    expect(out).toMatch(/my cousin's engagement/);
  });
});

describe('an occasion the writer stays away from with someone there', () => {
  it('says how hard it would be, with the person and the occasion', () => {
    const out = rewritesIn("If Gavin's at the barbecue, I'm not.", 'ultimatum').join('\n');
    expect(out).toMatch(/I'd find it really hard to be at the barbecue with Gavin there/);
    expect(
      rewritesIn('if your cousin comes to our housewarming then I am not coming', 'ultimatum').join('\n'),
    ).toMatch(/be at our housewarming with your cousin there/);
  });

  it('is not read where the writer only has somewhere else to be', () => {
    const out = rewritesIn("if your dad is at the clinic on friday I'm not going to the gym", 'ultimatum');
    expect(out.join('\n')).not.toMatch(/really hard to be at/);
  });
});

describe('a pastime set against the writer', () => {
  it('asks for less of it, never for it', () => {
    const out = rewritesIn('you can have your golf Sundays or you can have a husband. pick one', 'ultimatum');
    expect(out[0]).toMatch(/^I miss you when your golf Sundays take so much of your time/);
    expect(out.join('\n')).not.toMatch(/like you to have your golf/);
  });
});

describe('the act asked by "why can\'t you…"', () => {
  it('asks for it plainly, without the sweep or the jab after "like"', () => {
    const out = rewritesIn(
      "why can't you just for once rinse the blender after your shake like a normal adult",
      'absolute',
    );
    expect(out[0]).toBe('Could you rinse the blender after your shake? It would really help me.');
  });

  it('asks nothing of "why can\'t you be…"', () => {
    expect(rewritesIn("why can't you be nice for once", 'absolute').join('\n')).not.toMatch(
      /Could you be nice/,
    );
  });
});

describe('an occasion someone else spoiled while the partner let them', () => {
  it('names the occasion and that the partner did not step in', () => {
    const out = rewritesIn('your brother wrecked our housewarming and you let him', 'blame').join('\n');
    expect(out).toMatch(/looking forward to our housewarming, and I was hurt that you didn't step in/);
  });
});

describe('a no that says what was decided', () => {
  it('keeps "my answer is no" instead of a bare "my mind is made up"', () => {
    const out = rewritesIn("the answer is no. I'm not discussing the caravan again, ever.", 'stonewall');
    expect(out[0]).toMatch(
      /^My answer (on the caravan )?is no, and I'd like us to leave it there, please\.$/,
    );
  });
});

describe("the partner's least response, missing", () => {
  it('says what the writer did and what was missed', () => {
    const out = findingsOf(
      'I drove two hours to fetch your mum from the airport and you didnt even say thanks. typical',
    ).flatMap((f) => f.rewrites);
    expect(out[0]).toMatch(
      /^I drove two hours to fetch your mum from the airport, and it really hurt that you didn't say thanks\./,
    );
  });

  it('reads nothing of a question, a threat or an insult', () => {
    expect(leastMissed(readWords("why did you go and you didn't even tell me"))).toBeUndefined();
    expect(leastMissed(readWords("you're a pig and you didn't even clear up"))).toBeUndefined();
    expect(leastMissed(readWords('I waited at the gate and you did not even text'))).toEqual({
      happened: 'I waited at the gate',
      missed: 'text',
    });
  });
});

describe('a kindness thanked for that came at the last minute', () => {
  it('says it came, only then, not that it never came', () => {
    const out = rewritesIn('oh wow thanks for wishing me happy birthday at 11:48pm 👏', 'contempt').join(
      '\n',
    );
    expect(out).toMatch(/you only wished me happy birthday at 11:48 ?pm/i);
    expect(out).not.toMatch(/you didn't wish/);
  });
});

/**
 * What a read-only review of the first version found (each ran through the engine): readings that threw
 * at a sentence's end, read the wrong thing as the request, praise as a complaint, a future occasion as
 * past, or kept the writer's sneer. Each guard here fails on that version.
 */
describe('the review of these readings', () => {
  it('throws on no sentence that ends on the achievement or on the sweep', () => {
    const before = builderFailures.count;
    for (const text of [
      "you're jealous I qualified",
      'ur just bitter cos i graduated',
      "why can't you just for once",
      'why cant u just for a change',
    ])
      rewritesIn(text, text.startsWith('why') ? 'absolute' : 'diagnosis');
    expect(builderFailures.count - before, builderFailures.last).toBe(0);
    expect(soreAtNews(readWords("you're jealous I qualified"))).toBe('I qualified');
  });

  it('reads "I got" as news only of something won, and keeps no jab', () => {
    expect(soreAtNews(readWords("you're angry I got back at 2am"))).toBeUndefined();
    expect(soreAtNews(readWords("you're jealous I got the place you wanted"))).toBeUndefined();
    expect(soreAtNews(readWords("you're jealous I got the place on the nursing course"))).toBe(
      'I got the place on the nursing course',
    );
  });

  it('reads no other missed act as the request left undone', () => {
    expect(
      askedUndone(readWords('I asked you to come to the scan and you didnt reply for two days')),
    ).toBeUndefined();
    expect(askedUndone(readWords('I asked you to grab bread and you didnt even text back'))).toBeUndefined();
    expect(
      askedUndone(readWords('I told you to lock the shed and you didnt and now the bikes are gone')),
    ).toEqual({
      act: 'lock the shed',
      times: undefined,
      waiting: false,
      cameOf: 'the bikes are gone',
    });
  });

  it('reads praise after "not one … by you" as praise', () => {
    expect(notOneDone(readWords('not one trip planned by you has ever gone wrong'))).toBeUndefined();
    expect(notOneDone(readWords('ten years and not one single surprise organised'))).toEqual({
      verb: 'organise',
      thing: 'the next surprise',
    });
  });

  it('says no occasion went badly before it came, nor that the spoiler failed to step in', () => {
    expect(rewritesIn("you've wrecked our holiday before it's even started", 'blame').join('\n')).not.toMatch(
      /how it went/,
    );
    expect(
      rewritesIn('you ruined my birthday and then you let him drive home drunk', 'blame').join('\n'),
    ).not.toMatch(/step in/);
  });

  it('reads chat\'s "ur" in "you can have ur X or you can have me"', () => {
    expect(haveThisOrUs(readWords('u can have ur darts nights or u can have ur kids'))).toEqual({
      thing: 'your darts nights',
      plural: true,
    });
  });

  it('keeps "your" before a state that qualifies someone, and no "\'s" after a person', () => {
    expect(rewritesIn('you always take the side of your addicted cousin', 'absolute').join('\n')).not.toMatch(
      /you're addicted/,
    );
    expect(rewritesIn("If your uncle's at the mehndi, I'm not.", 'ultimatum').join('\n')).toMatch(
      /with your uncle there/,
    );
  });

  it('carries no sneer at help into the no', () => {
    const out = rewritesIn(
      "nah I'm not seeing some shrink so she can blame me for everything",
      'stonewall',
    ).join('\n');
    expect(out).not.toMatch(/some shrink/);
    expect(out).toMatch(/therapist|therapy/);
  });

  it('answers "don\'t you dare tell me…" with the wish, not a withdrawal', () => {
    const out = rewritesIn("don't you dare tell me I'm being dramatic", 'stonewall');
    expect(out[0]).toBe(
      "I'd really rather you didn't tell me I'm being dramatic. This matters to me, and I need you to hear me out.",
    );
  });
});

/**
 * What the regrade's readers found in these readings (rounds 2–70): "looking forward to the weekend" lost
 * what spoiled it ("with your sulking", "by being on your phone all night"), and two sentences of one
 * refusal read the same "My answer is no" and the whole kept one, losing what was refused.
 */
describe('the regrade of these readings', () => {
  it('keeps what spoiled the occasion, where the writer says', () => {
    expect(rewritesIn('you wrecked our anniversary weekend with your moping', 'blame')[0]).toBe(
      'I was really looking forward to our anniversary weekend, and it hurt that your moping got in the way. Can we talk about it?',
    );
    expect(
      rewritesIn('you ruined my graduation lunch by being on your laptop the whole time', 'blame')[0],
    ).toMatch(/it hurt that you were on your laptop the whole time/);
  });

  it('falls back where anything else follows the occasion', () => {
    expect(
      rewritesIn('you ruined my birthday and everyone at the table saw it', 'blame').join('\n'),
    ).not.toMatch(/looking forward/);
  });

  it('names what the no is about', () => {
    const whole = wholeRewrite(
      "The caravan isn't happening. My answer is no, and I'm not discussing it again.",
    );
    expect(whole).toMatch(/the caravan/i);
  });
});

describe('what came of the harm (review round 71)', () => {
  it('keeps "and now …" with the act it came of', () => {
    const out = rewritesIn(
      'you left the hose running all night and now the veggie patch is a swamp. brilliant',
      'contempt',
    );
    expect(out[0]).toMatch(/you left the hose running all night and now the veggie patch is a swamp/);
    expect(
      rewritesIn(
        'You gave my charger to your cousin and now my phone is flat. Cheers for that.',
        'contempt',
      )[0],
    ).toMatch(/charger to your cousin and now my phone is flat/);
  });

  it('is no fragment to the gate when "and now" opens a clause with its own subject', () => {
    expect(
      gateProblem('It really hurt that you took the car and now I have to get the bus.'),
    ).toBeUndefined();
    // (A time word closing one clause before the next with no "and" is still a run-on.)
    expect(gateProblem("I paid the water bill now there's a fee")).toBe('fragment');
  });

  it('leaves out what came of it where it is a sweep or a threat', () => {
    expect(
      rewritesIn(
        'you forgot the flea drops and now the cat never stops scratching. well done',
        'contempt',
      ).join('\n'),
    ).not.toMatch(/cat stops scratching/);
    expect(
      rewritesIn('you forgot to ring the boiler man and now we’re finished. thanks a lot', 'contempt').join(
        '\n',
      ),
    ).not.toMatch(/finished/);
  });

  it('leaves out what came of it where it is a second jab or is long', () => {
    expect(
      rewritesIn('you spent the rent on a jet ski and now you want pizza money. well done.', 'contempt')[0],
    ).not.toMatch(/pizza/);
    expect(
      rewritesIn(
        'you forgot the dog food and now the dog has been howling at the back door since six and the neighbours have complained twice. amazing',
        'contempt',
      )[0],
    ).not.toMatch(/neighbours/);
  });
});

describe('thanks for an act whose gerund is short (review round 71, item 232)', () => {
  it('says the act plainly', () => {
    expect(rewritesIn('cheers for using up all the milk again 👏', 'contempt')[0]).toMatch(
      /you used up all the milk/,
    );
    expect(rewritesIn('thanks for going to the pub without telling me', 'contempt')[0]).toMatch(
      /you went to the pub without telling me/,
    );
  });

  it('reads no act from "being", "dying" or a word that is no gerund', () => {
    const said = rewritesIn('thanks for being so late, the food is cold', 'contempt').join('\n');
    expect(said).not.toMatch(/you (was|were|been|be)\b/);
    expect(rewritesIn('cheers for dying my white shirts pink 🙄', 'contempt').join('\n')).not.toMatch(
      /you died/,
    );
  });

  it('says a second short gerund in the past too', () => {
    expect(
      rewritesIn('thanks for finishing the wine and going straight to bed 🙄', 'contempt').join('\n'),
    ).not.toMatch(/and going/);
  });
});

describe('a statement after a sarcastic tag keeps its numbers (review round 71, item 136)', () => {
  it('says the amount as typed', () => {
    expect(
      rewritesIn(
        'very grown up, blocking my number because I asked about the 450 from the joint account',
        'contempt',
      ).join('\n'),
    ).toMatch(/the 450 from the joint account/);
  });
});

describe('what went wrong because of the partner (review round 71, items 18 and 80)', () => {
  it('says the act first, then what went wrong', () => {
    expect(causeSaid(readWords('The freezer defrosted because you unplugged it for the kettle'))).toBe(
      'you unplugged it for the kettle, and the freezer defrosted',
    );
  });

  it('reads it behind a closing "I hope you\'re happy"', () => {
    expect(
      rewritesIn(
        'The baby woke up because you slammed the back door. I hope you’re pleased with yourself.',
        'contempt',
      )[0],
    ).toMatch(/you slammed the back door, and the baby woke up/);
  });

  it('reads no cause that is not done, a verdict, a second blame or a sneer', () => {
    expect(causeSaid(readWords('The bins smell because you never take them out'))).toBeUndefined();
    expect(causeSaid(readWords('The tomatoes died because you never watered them'))).toBeUndefined();
    expect(causeSaid(readWords('The car failed its MOT because you only checked the tyres'))).toBeUndefined();
    expect(causeSaid(readWords('Nothing worked because you were useless'))).toBeUndefined();
    expect(causeSaid(readWords('You are late because you missed the bus'))).toBeUndefined();
    expect(causeSaid(readWords("Funny how the dog's sick because you fed him chocolate"))).toBeUndefined();
    // (A name at the start cannot keep its capital in the plain reading: no cause is read.)
    expect(causeSaid(readWords("Jay's crying because you told him no"))).toBeUndefined();
  });

  it('ends the act before "and now"', () => {
    expect(
      causeSaid(readWords('The pipes froze because you switched the heating off and now the floor is wet')),
    ).toBe('you switched the heating off, and the pipes froze');
  });

  it('closes no deed of the writer\'s with "hope you\'re happy"', () => {
    expect(rewritesIn("I've sold the caravan. Hope you're happy now.", 'contempt').join('\n')).not.toMatch(
      /hurt that I sold/,
    );
  });
});

describe('thanks for a second act not done (the helper review of the sixty-first session)', () => {
  it('never tells the act not done as done', () => {
    const said = rewritesIn('cheers for borrowing my drill and never bringing it back 🙄', 'contempt').join(
      '\n',
    );
    expect(said).not.toMatch(/brought it back/);
    expect(
      rewritesIn('thanks for taking the van and not filling it up 🙄', 'contempt').join('\n'),
    ).not.toMatch(/and not filling/);
  });
});
