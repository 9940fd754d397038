/**
 * Plain phrase tables, one per category (the way retext-equality keeps data/en/*.yml): fixed
 * expressions that are harsh wherever the writer says them to the partner. Each is matched on
 * normalised words ("ur" → "you're", "dont" → "don't"), never inside quotation marks.
 * Contextual patterns (who is the subject, negation, question form) live in lib/rules/.
 */

/** Insults: name-calling aimed at the partner. `strong` ones are contempt even standing alone ("idiot."). */
export const INSULTS = {
  // biome-ignore format: a dense data table
  strong: [
    'idiot', 'moron', 'loser', 'pathetic', 'useless', 'worthless', 'stupid', 'dumb', 'dumbass', 'jerk',
    'asshole', 'arsehole', 'prick', 'dick', 'bitch', 'cow', 'pig', 'slob', 'psycho', 'freak', 'clown',
    'imbecile', 'cretin', 'muppet', 'numpty', 'idiotic', 'spineless', 'coward', 'waste of space',
    'embarrassment', 'disgrace', 'joke', 'disgusting', 'nutcase', 'lunatic', 'twat', 'tosser', 'wanker',
    'embarrassing', 'a disgrace', 'laughable', 'ridiculous', 'absurd', 'unbelievable',
  ],
  /** Mild ones that are contempt only in "you're (such) a …" or "act like a …": "my baby" is love. */
  mild: [
    'baby',
    'child',
    'kid',
    'toddler',
    'teenager',
    'brat',
    'princess',
    'drama queen',
    'martyr',
    'snowflake',
    'mess',
    'nightmare',
  ],
  /** Sarcastic epithets: contempt as a vocative ("ok genius", "whatever you say boss"). */
  sarcastic: [
    'genius',
    'einstein',
    'sherlock',
    'boss',
    'smart guy',
    'hotshot',
    'mr perfect',
    'miss perfect',
    'your majesty',
  ],
};

/** Dismissive or mocking expressions. */
// biome-ignore format: a dense data table reads better than one word per line
export const CONTEMPT_PHRASES = [
  'grow up', 'man up', 'toughen up', 'cry me a river', 'boo hoo', 'get over it', 'get over yourself',
  'get a grip', 'get a life', 'go cry to', 'go moan to', 'go whine to', 'go complain to', 'go cry',
  'whatever you say', 'slow clap', 'thanks for nothing', 'no thanks to you', 'nice of you to finally', 'congrats on finally',
  // Dismissal and sarcasm said in passing (review round 70 found each kept in a whole rewrite): "go sleep
  // in the pickup for all I care", "some of us actually work", "you're always right, what do I know"
  'for all i care', 'some of us actually work', 'some of us have to work', 'some of us work', 'what do i know',
  'congratulations on finally', 'well done on finally', 'wow you finally', 'big deal', 'who cares',
  'give me a break', "don't flatter yourself", 'funny how that works', 'never fail to disappoint',
  'imagine being', 'your drama', 'such drama', 'spare me', 'oh poor you', 'poor baby', 'cry about it',
  'shut up', 'what is wrong with you', 'are you stupid', 'are you kidding me',
  'would it kill you', 'how hard is it', 'how hard can it be', 'who do you think you are',
  'another brilliant idea', 'another genius idea', 'brilliant idea of yours', 'great idea of yours',
  'here we go again', 'typical you', 'so typical', 'yeah right', 'get off your high horse',
  // Sarcasm about the writer's place or the partner's ease: "must be nice to sleep till noon"
  'must be nice to', 'must be nice being', 'nice to know where i', 'good to know where i',
  'glad to know where i', 'nice to know i matter', 'good to know i matter',
  // Rhetorical attacks: "is it too much to ask for you to…", "remind me when you last cooked"
  'would it hurt you', 'remind me when you last', 'remind me again when you last',
  'forgot you are always right', 'forgot you are never wrong', 'you are never wrong are you',
  'talk to the hand', 'cry more', 'cry harder', 'imagine thinking', 'imagine believing', 'listen to yourself',
  'sorry i exist', 'sorry for existing', 'sorry for breathing', 'grow a spine', 'grow some balls',
  'get their feelings hurt', 'did someone get their', 'like it grows on trees', 'money grows on trees',
  'like talking to a brick wall', 'do you even hear yourself', 'do you hear yourself',
  'get a backbone', 'because that worked so well', 'that worked out so well', 'because that went so well',
  'funny how you',
];

/**
 * Sarcastic rewards for doing the least ("you did the dishes, want a medal?"). Mockery only after
 * something the partner did, and with no other subject: "the kids want a medal" is just news.
 */
// biome-ignore format: a dense data table reads better than one word per line
export const SARCASTIC_REWARDS = [
  'want a medal', 'want a cookie', 'want a gold star', 'want a trophy', 'want a prize',
  'want a round of applause', 'want an award', 'give you a medal', 'alert the media', 'stop the press',
];

/** Closing the conversation down or dismissing the request. */
// biome-ignore format: a dense data table reads better than one word per line
export const STONEWALL_PHRASES = [
  'leave me alone', 'drop it', 'let it go', 'forget it', 'leave it', 'end of story', 'end of discussion', 'end of',
  'conversation over', 'this conversation is over', 'nothing to discuss', 'nothing to talk about',
  'nothing more to say', 'nothing more to discuss', 'nothing to fix', 'there is no problem',
  "there's no problem", 'said all i', "i've said all", 'said what i had to say', 'stop texting me',
  'stop messaging me', 'stop calling me', 'stop bringing it up', 'stop bringing this up',
  "don't bother", 'not happening', "it's not happening", 'muting this', 'muting you', 'mute this chat',
  'not reading all that', 'not reading this', 'not reading that', 'done talking', 'done discussing',
  'done listening', 'done with this conversation', 'done with this discussion', "i don't care anymore",
  "i don't care any more", 'do what you want', 'do whatever you want', 'talk to the hand',
  "i don't want to hear it", "i don't want to hear about it", "i don't want to talk about it",
  "i don't wanna hear it", "i don't want to discuss it", "i'm not having this conversation",
  "we're not having this conversation", 'not having this conversation', "i can't be bothered",
  'not this again', 'not now, not ever', 'over my dead body', 'nothing left to say', 'go away',
  'wasting my breath', 'waste my breath', 'i have nothing to say', "i've got nothing to say",
  'stop trying to make me talk', 'stop making me talk', "i don't do the whole", "i don't do feelings",
  "i don't do therapy", "i don't do talking", 'none of your business', 'not your business',
  'mind your own business', 'none of your concern', 'not your concern',
];

/**
 * Verbs that report someone's words: "the foreman said end of discussion", "mum says grow up", "he
 * texted 'busy'". What follows is their speech, not the writer's verdict (`reportedSpeech` in the rules,
 * the quote lead-in feature of the model).
 */
// biome-ignore format: a dense data table reads better than one word per line
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'tells', 'told', 'goes', 'went', 'reckons', 'reckoned', 'announced', 'replied',
  'shouted', 'yelled', 'texted', 'wrote', 'writes',
]);

/** The consequence side of a threat: "… or I'm leaving", "one more lie and we're finished". */
// biome-ignore format: a dense data table reads better than one word per line
export const THREAT_WORDS = [
  'leave', 'leaving', 'gone', 'done', 'over', 'finished', 'through', 'divorce', 'divorcing',
  'lawyer', 'solicitor', 'move out', 'moving out', 'pack', 'packing', 'break up', 'breaking up', 'end it',
  'ending it', 'walk out', 'walking out', 'kick you out', 'kicking you out', 'throw you out',
  'taking the kids', 'block', 'blocking', 'never see', 'sell', 'selling', 'not paying', 'stop paying',
  'cut you off', 'do not come home', 'do not bother coming', 'find someone else', 'the end of us',
  'separate', 'separating', 'call the police', 'calling a lawyer', 'see a lawyer', 'call a lawyer',
  'get out', 'i am out', 'that is it', 'see what happens', 'pack your bags', 'walking out', 'walk out',
  'i am going to my', 'i am staying at my', 'i will stay at my', 'i will go to my', 'do not expect me to be here', 'will not be here when',
  'sleeping on the sofa', 'sleep on the sofa', 'sleeping on the couch', 'sleep on the couch',
  'regret it', 'regret this',
  // "you either book the counselling or you start looking for a flat" (blind round 87): being sent to find
  // a home of their own.
  'looking for a flat', 'look for a flat', 'find a flat', 'looking for somewhere else', 'find somewhere else',
  'find your own place', 'get your own place', 'looking for a new place',
];

/**
 * What a writer can hold over the partner, said as the writer's own act: "…I'm taking the children to my
 * mother's", "…I will tell your mum everything", "…I'm changing the locks". Plain plans use the same
 * words ("If you're tired, I'll take the kids to Lola's."), so the rules read them as a threat only
 * against a demand or a repeated wrong.
 */
// biome-ignore format: a dense data table reads better than one word per line
export const LEVERAGE_ACTS = [
  'take the kids', 'take the children', 'take the baby', 'take the boys', 'take the girls',
  'tell your mum', 'tell your mom', 'tell your mother', 'tell your dad', 'tell your father',
  'tell your family', 'tell your parents', 'tell everyone', 'change the locks', 'lock the door',
  'lock you out', 'take my name off the account', 'take my name off the joint account',
  'take my name off the lease', 'take my name off the mortgage', 'take my name off everything',
];

/** Help-seeking words: with a crisis frame or an urgent demand, the request becomes pressure. */
// biome-ignore format: a dense data table reads better than one word per line
export const HELP_WORDS = [
  'therapy', 'therapist', 'counseling', 'counselor', 'counselors', 'couples therapy', 'marriage counseling',
  'professional help', 'see someone', 'talk to someone', 'someone to help us', 'need help', 'get help',
  'a professional', 'the session', 'a session', 'sessions',
];

/** Framing the relationship or help as an emergency or last resort. */
// biome-ignore format: a dense data table reads better than one word per line
export const CRISIS_PHRASES = [
  'or divorce', 'or we split', 'or we break up', 'or it is over', 'or we are over',
  'will not survive', 'not going to survive', 'can not survive', 'never survive',
  'last resort', 'last shot', 'last hope', 'final option', 'final chance', 'last chance', 'only thing left',
  'only option left', 'only way', 'only thing that', 'only hope', 'only option', 'beyond repair',
  'or nothing', 'over unless', 'rock bottom', 'will not be an us', 'there will not be an us', 'do or die',
  'past saving', 'past repair', 'too far gone', 'destroys us', 'destroy us', 'tear us apart', 'tears us apart',
  'ruins us', 'ruin us', 'or get out', 'or i am out',
  'beyond saving', 'beyond help', 'point of no return', "before it's too late", 'before it is too late',
  'too late for us', 'emergency', 'crisis', 'life support', 'hanging by a thread', 'drowning', 'imploding',
  'collapsing', 'falling apart', 'the end of us', 'destroying everything', 'dying', 'a disaster',
  'on the rocks', 'sinking', 'in ruins', 'in tatters', 'broken beyond', 'one argument away',
  'one fight away', 'going under', 'on the brink', 'doomed', 'a lost cause', 'completely broken',
];

/** Urgency that turns a request for help into pressure: "we need a counsellor TODAY". */
export const URGENCY_WORDS = [
  'now',
  'today',
  'tonight',
  'asap',
  'immediately',
  'urgent',
  'urgently',
  'yesterday',
  'right now',
  'this minute',
];

/**
 * A tag question's words, normalised: the auxiliary ("…, didn't you", "…, have you") and who it asks
 * about ("…, isn't it"). Read by the scorer's features (a tag clause), the rewrites' sentence reader (a tag
 * closing what was done) and the builders' plain statement of what happened.
 */
export const TAG_AUXILIARIES = 'do|does|did|are|is|was|were|have|has|had|will|would|can|could|should';
export const TAG_PRONOUNS = 'you|u|ya|ye|it|he|she|they';

/**
 * An ultimatum's warning, said apart from its threat ("Last chance.", "ja no, last warning.") and a threat
 * that points back at the demand before it ("If not, …", "Otherwise …"), as regular-expression sources.
 * Read by the scorer's findings (lib/model/decide.ts), which take in the sentence beside them, and by the
 * rewrite, which reads the threat without the warning and the demand and threat as one either-or.
 */
export const WARNING = '(?:last|final) (?:chance|warning)';
export const POINTS_BACK = '(?:if not|if no|otherwise|or else)';
/** A sentence that opens on a threat pointing back: "If not, I'm telling your aunty everything." */
export const POINTS_BACK_OPENING = new RegExp(`^\\W*${POINTS_BACK}\\b`, 'i');
