/**
 * Rewrites: the exact first rewrite for every rule's flag examples (ESLint asserts each suggestion's
 * output), and properties over the whole dev corpus: a rewrite exists, is clean, keeps the topic.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRuleFindings } from '../../lib/engine';
import { evaluate, keepsNouns, parseCorpus } from '../../lib/eval';
import { analyze, rewriteMessage } from '../../lib/index';
import { rewritesFor, topicNouns } from '../../lib/rewrite';
import { RULES } from '../../lib/rules';
import { expectOutsideKept } from './kept';

/** The first rewrite of each rule's flag examples (brackets removed), read and approved by a person. */
const FIRST_REWRITE: Record<string, Record<string, string>> = {
  'you-always-never': {
    'you always help your brother before me':
      "I've noticed a pattern around your brother that leaves me feeling unimportant. Can we talk about it later when we are both calm?",
    'you always bring his kids treats instead of us':
      "I'd really like to feel my needs count too. Lately I've been feeling hurt about treats.",
    'you never help. no worries, I’ll do it all myself as usual':
      "I'd really like some help. Lately I've been feeling overwhelmed when you don't help.",
    'you always leave the wet towels on the bed 💔':
      "I've been feeling hurt when you leave the wet towels on the bed, and I'd really like us to find a way through this together.",
    'thanks for the lift ❤️ but you always leave the seat soaked':
      "I've noticed I feel unimportant when you leave the seat soaked. Can we talk about it later when we are both calm?",
    'you make everything about you':
      "I've been feeling hurt when you make everything about you, and I'd really like us to find a way through this together.",
    'you can never just say sorry':
      "I'd really like to feel heard. Lately I've been feeling lonely when you don't say sorry.",
    'you won’t ever change':
      "I've been feeling hurt when you don't change, and I'd really like us to find a way through this together.",
    'it’s always about you':
      "I've noticed a pattern that leaves me feeling hurt. Can we talk about it this evening?",
    'you never listen to me when I talk about work':
      "I feel lonely when you don't listen to me while I talk about work. Could we make a bit of time to really talk?",
    'honestly u nvr help with anything':
      "I've been feeling overwhelmed when you don't help with anything, and I'd really like some help.",
    'You ALWAYS forget the things that matter to me.':
      "I've been feeling hurt when you forget the things that matter to me, and I'd really like to feel that I matter to you.",
    'thanks for dinner. you never ask how my day was though':
      "I'd really like to feel heard. Lately I've been feeling lonely when you don't ask how my day was.",
    'youre always late for everything':
      "Could we agree to send each other a quick heads-up when we're running late? I've been feeling anxious when you're late for everything.",
  },
  'every-time': {
    'you’ve been late home every Friday for weeks':
      "I'd really like to be able to count on plans. Lately I've been feeling anxious when you're late home.",
    'why do you have to read my texts every time I leave the room?':
      "I've noticed a pattern around my texts that leaves me feeling hurt. Can we talk about it later when we are both calm?",
    'harvest break and you’re off fishing with your cousin every single weekend':
      "Could we talk about how we handle things with family, as a team? I've been feeling hurt when you're off fishing with your cousin.",
    'you ruin everything':
      "It would mean a lot to me if you didn't ruin everything. I've been feeling hurt about it.",
    'you forget everything I tell you':
      "It would mean a lot to me if you didn't forget everything I tell you. I've been feeling sad about it.",
    'every time I bring up money you change the subject':
      "I'd really like to be able to count on plans. Lately I've been feeling anxious when I bring up money and you change the subject.",
    'Every single time we make plans you cancel last minute':
      "I've been feeling anxious when we make plans and you cancel last minute, and I'd really like to be able to count on plans.",
    // "It's been hard for me when you forget things I tell you." reads harsh by itself to the scorer (a
    // sentence is judged alone too), so the gate passes the next frame.
    'i swear you forget every single thing i tell u':
      "It's been hard for me when you forget things I tell you. It would mean a lot if we could talk about what matters to each of us.",
    'whenever I need you you’re busy':
      "I've noticed I feel lonely when I need you and you're busy. Can we talk about it this evening?",
    'each time I open up you make a joke of it':
      "It's been hard for me when you make a joke of it. It would mean a lot if we could plan some time that is just ours.",
    'you get weird every time my ex comes up':
      "I've been feeling hurt when you get weird whenever my ex comes up, and I'd really like us to find a way through this together.",
    // The thirty-seventh session's weights read "I've noticed I feel overwhelmed when I ask for help and
    // you sigh." as harsh, and the gate drops it; the next frame says the same act.
    'every time I ask for help, you sigh':
      "It's been hard for me when I ask for help and you sigh. It would mean a lot if we could work out a way to share it.",
    'every single weekend you disappear to your brother’s':
      "I've been feeling alone when you disappear to your brother's, and I'd really like to feel you are on my side.",
    'whenever you drink, you get mean':
      "I've been feeling hurt when you drink and you get mean, and I'd really like to feel respected.",
  },
  'not-once': {
    'not one date night organised, my sister gets taken out every week':
      "I'd really love for you to organise our next date night. It would mean a lot to me.",
    'Not once have you failed to make it about yourself':
      "Lately I've been feeling unimportant, and I'd really like to feel my needs count too.",
    'not once have you let me pick the film':
      "When you don't let me pick the film, I end up feeling unimportant. I'd really like to feel my needs count too.",
    'Not once have you said thank you for the dinners':
      "It's been hard for me when you don't say thank you for the dinners. It would mean a lot if we could make room for what we both need.",
    'not once have you cooked on a Sunday, not once in four years':
      "It's been hard for me when you don't cook on a Sunday. It would mean a lot if we could talk about it when we are both calm.",
    'six months and not one night out planned, the kids are asleep by eight and still nothing':
      "I'd really love for you to plan our next night out. It would mean a lot to me.",
    'not a single dinner cooked by you since March':
      "I'd really love for you to cook our next dinner. It would mean a lot to me.",
    'three years and not one weekend away booked':
      "I'd really love for you to book our next weekend away. It would mean a lot to me.",
    'never have you asked how my shift went':
      "It's been hard for me when you don't ask how my shift went. It would mean a lot if we could make a bit of time to really talk.",
    'Never once have you picked the twins up from nursery without a reminder':
      "It's been hard for me when you don't pick the twins up from nursery without a reminder. It would mean a lot if we could talk about it when we are both calm.",
    'every single bill, I pay it':
      "It's been hard for me when things feel one-sided between us. It would mean a lot if we could talk about it when we are both calm.",
    'not once this year have you planned a date':
      "I've noticed I feel hurt when you don't plan a date. Can we talk about it this evening?",
    'we never do anything I want to do':
      "I've noticed I feel hurt when things feel one-sided between us. Can we talk about it this evening?",
    'we always end up doing what you want':
      "I've been feeling hurt when things feel one-sided between us, and I'd really like us to find a way through this together.",
    'why is it always me who has to apologise':
      "I've noticed I feel hurt when things feel one-sided between us. Can we talk about it this evening?",
    'I’m always the one cleaning up after you':
      "I've noticed I feel overwhelmed when things feel one-sided between us. Can we talk about it tomorrow?",
    'you keep doing this':
      "It's been hard for me when you keep doing this. It would mean a lot if we could talk about it when we are both calm.",
    'nothing I do is ever good enough for you':
      "What would help me is if we could talk about it when we are both calm. I've been feeling hurt.",
    'how many more times':
      "Can we talk about how things have been tonight? I've been feeling hurt, and I'd like us to find a way through this together.",
    'not once have you asked how my day was':
      "I've been feeling lonely when you don't ask how my day was, and I'd really like to feel heard.",
    'Not one time did you call me back':
      "I've noticed I feel lonely when you don't call me back. Can we talk about it later when we are both calm?",
    'you have not once said thank you':
      "Could we make a bit of time to really listen to each other? I've been feeling unimportant when you don't say thank you.",
    'not one single time have you said sorry first':
      "I'd really like to feel heard. Lately I've been feeling lonely when you don't say sorry first.",
    'how many times do I have to ask you to lock the door':
      "It would mean a lot to me if you locked the door. I've been feeling hurt about it.",
    '3rd time this week you’ve forgotten to pick up the kids':
      "I'd love it if we could make room for what we both need. When you forget to pick up the kids, I feel unimportant.",
    'when was the last time you actually asked about my day':
      "It would mean a lot to me if you asked about my day. I've been feeling sad about it.",
    "the kids were great today. you'd know that if you ever came home before nine":
      "I'd really like more time together. Lately I've been feeling lonely when you don't come home before nine.",
  },
  'as-usual': {
    'yet again I left work early to collect YOUR kids':
      "I'd really like more time together. Lately I've been feeling sad about work.",
    'Called you six times as usual, straight to voicemail':
      "Lately I've been feeling hurt, and I'd really like us to find a way through this together.",
    'picked up your dry cleaning as usual, since you never do':
      "What would help me is if we could sit down and share out the jobs around the house so it feels fair to both of us. I've been feeling overwhelmed about your dry cleaning.",
    'as usual I have to ring your mum because you forgot':
      "It's been hard for me when you forget. It would mean a lot if we could talk about what matters to each of us.",
    'missed the bus yet again, so the kids waited an hour':
      "Can we talk about the bus tonight? I've been feeling hurt, and I'd like us to find a way through this together.",
    'home at midnight as usual, not a single text':
      "I've noticed a pattern that leaves me feeling lonely. Can we talk about it this evening?",
    'as usual I’m the one ringing the plumber':
      "Can we talk about the plumber at the weekend? I've been feeling hurt, and I'd like us to find a way through this together.",
    'it’s the same thing every single time with you':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like us to find a way through this together.",
    'same old story with you':
      "Lately I've been feeling hurt, and I'd really like us to find a way through this together.",
    'can you for once just take my side':
      "It's been hard for me when you take my side. It would mean a lot if we could talk about how we back each other up.",
    'for once I asked you for one thing and you forgot it':
      "It would mean a lot to me if you didn't forget it. I've been feeling hurt about it.",
    'late as usual, thanks':
      "Lately I've been feeling unimportant, and I'd really like to feel my needs count too.",
    'maybe you could help for a change':
      "What would help me is if we could work out a way to share it. I've been feeling overwhelmed.",
    'you forgot the bins yet again':
      "Could we sit down and share out the jobs around the house so it feels fair to both of us? I've been feeling overwhelmed when you forget the bins.",
    'and you forgot to call, like every week':
      "It would mean a lot to me if you didn't forget to call. I've been feeling sad about it.",
    'typical you, late again': 'It really hurt that you were late. Can we talk about it?',
    'you left the car on empty AGAIN btw':
      "I've noticed I feel anxious when you leave the car on empty. Can we talk about it this evening?",
    'would it hurt you to text back once in a while':
      "I've noticed I feel lonely when I have to ask more than once for you to text back. Can we talk about it later when we are both calm?",
    'k. thanks for nothing as per':
      "I'd like to understand what's going on for you. From my side, I feel unimportant, and I'd like to feel my needs count too.",
    "I'm at the station. typical, you're late and I'm standing in the rain":
      "It really hurt that you were late and I'm standing in the rain. Can we talk about it?",
    'every bloody weekend it’s the same, you on the xbox and me doing everything':
      "When you're on the xbox, I end up feeling lonely. I'd really like more time together.",
  },
  'you-are-label': {
    'honestly you are such a mummy’s boy about sunday dinners':
      "I want to understand you better. Right now I feel hurt about Sunday dinners, and I'd like us to understand each other.",
    'ur such a snob about the caravan':
      "I feel hurt about the caravan, and I'd like us to understand each other. Could we talk about it when we are both calm?",
    'you’re not capable of being honest':
      "Can I be honest about how this lands for me? I feel hurt, and I'd like to talk this evening.",
    'ur so defensive, I literally just asked a question':
      "I only asked a question, and I'd love for us to be able to talk about it calmly. Could we try again?",
    'hope work is ok. you are so self-centred sometimes':
      "I've been feeling unimportant lately, and I'd really like to feel my needs count too. Can we talk at the weekend?",
    'youre just like your father':
      "Can I be honest about how this lands for me? I feel alone, and I'd like to talk this evening.",
    "you're afraid of commitment, that's what this is":
      "Can we take a step back? I'm feeling anxious, and I'd like to understand what's happening for both of us.",
    'every time I bring up feelings you get so defensive':
      "Could we talk at the weekend? I've been feeling stuck when I bring up feelings, and I don't know how to reach you.",
  },
  'you-behaviour': {
    'you flirt with everyone and then act innocent':
      "I feel hurt, and I'd like us to understand each other. Could we talk about it when we are both calm?",
    'you always play innocent':
      "Can we take a step back? I'm feeling hurt, and I'd like to understand what's happening for both of us.",
    "you're shutting down again, I can see it":
      "I feel stuck, and I don't know how to reach you. Could we find a calm time to talk?",
    'youre manipulating me again':
      "I'd like us both to be able to say what we want straight out, without pressure on either side. Could we talk about how we've been handling things?",
    'you always shut down the second things get hard':
      "I'd like to understand what's going on for you when things get hard. From my side, I feel stuck, and I'd like to feel close to you.",
    'you play the victim every time':
      "I've been feeling hurt lately, and I'd really like us to find a way through this together. Can we talk this evening?",
  },
  'inner-state': {
    'you enjoy making me feel small':
      "Can we take a step back? I'm feeling hurt, and I'd like to understand what's happening for both of us.",
    'your mother runs your life':
      "Can I be honest about how this lands for me? I feel alone, and I'd like to talk this evening.",
    'you clearly resent me':
      "I want to understand you better. Right now I feel hurt, and I'd like us to understand each other.",
    'you’re so quick to judge':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like to feel respected.",
    'you only apologise when you want something':
      "I'd love it if you apologised at other times too, not just when you want something.",
    'you’re just looking for a reason to leave':
      "I've been feeling hurt lately, and I'd really like us to find a way through this together. Can we talk this evening?",
    'you could have at least pretended to care':
      "Could we talk about it when we are both calm? I've been feeling hurt.",
    'you’ve changed and not in a good way':
      "Can I be honest about how this lands for me? I feel hurt, and I'd like to talk this evening.",
    "you don't actually love me, you love the idea of me":
      "I've been feeling anxious lately, and I'd really like reassurance. Can we talk this evening?",
    'you only care about yourself':
      "I'd like to understand what's going on for you. From my side, I feel unimportant, and I'd like to feel my needs count too.",
    'you have serious trust issues and you need to deal with them':
      'I want to understand you better. Right now I feel anxious, and I need some reassurance.',
    "Your problem is you can't handle any criticism":
      "I feel hurt, and I'd like us to be kind to each other. Could we talk about it calmly?",
    'you only said sorry because you want this to be over':
      "Can I be honest about how this lands for me? I feel lonely, and I'd like to talk this evening.",
    'you just don’t want to hear it':
      "I want to understand you better. Right now I feel lonely, and I'd really like to feel heard.",
    'you act like you’re the only one who works':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like us to find a way through this together.",
    'you clearly have no idea how hard this is for me':
      "I feel hurt, and I'd like us to understand each other. Could we talk about it when we are both calm?",
    'you’re not even trying':
      "I feel hurt, and I'd like us to understand each other. Could we talk about it when we are both calm?",
    'all you care about is your football':
      'I feel hurt when it seems like your football comes first. Could we talk about it?',
    'deep down you just want control':
      "Can we take a step back? I'm feeling tense, and I'd like to understand what's happening for both of us.",
    'you’ve got serious anger issues':
      "I've been feeling hurt lately, and I'd really like us to find a way through this together. Can we talk this evening?",
  },
  'your-fault': {
    'I would not have been fined if you had paid the toll':
      'What happened with the toll has left me upset. Can we talk about it at the weekend?',
    "we wouldn't be late if you'd filled the ute like I asked":
      "I'd like us to work out what went wrong with the ute together. Right now I'm feeling stressed.",
    'Because of you my dad now thinks I can’t hold down a job':
      "I feel hurt that my dad now thinks I can't hold down a job. Could we talk about what happened with my dad and what would help next time?",
    'because of you we lost the deposit. thanks a lot':
      'I feel upset that we lost the deposit. Could we talk about what happened with the deposit and what would help next time?',
    'its because of you we missed the ferry and the kids were crying the whole way':
      'I feel upset that we missed the ferry and the kids were crying the whole way. Could we talk about what happened with the ferry and what would help next time?',
    'we missed the flight thanks to you 🙄 love you too':
      "I don't want to point fingers; I'm just stressed about what happened. Can we talk it through this evening?",
    "so proud of you for 'sorting' the boiler, this is all on you":
      "Can we talk about what happened tomorrow? I'm still feeling upset, and I want us to find a way through it.",
    // What happened, from the clause beside the tag (review round 18).
    'it’s your own fault you’re tired, you stayed up gaming':
      "I'm upset that you stayed up gaming. Can we talk it through tonight, without blaming each other?",
    'you brought this on yourself':
      "I'm upset about what happened. Can we work out together what would help next time?",
    'this mess is on you': "I'm upset about this mess. Can we work out together what would help next time?",
    'thanks to you I’ve had the worst week':
      "I'm upset that I've had the worst week. Can we talk it through later when we are both calm, without blaming each other?",
    'it’s on you that we’re in this state':
      "I feel upset that we're in this state. Could we talk about what happened and what would help next time?",
    "it's your fault we're always late":
      "Can we talk about how we're late? I'm still feeling stressed, and I'd like us to find a way through it later when we are both calm.",
    "because of you we can't afford the holiday":
      "I'm stressed that we can't afford the holiday. Could we sit down together and go through the money, so we're on the same page?",
    'im this stressed because of u': "I'm really stressed right now. Can we talk about what happened?",
    "and now I'm in a foul mood because of you":
      "I'm in a foul mood right now. Can we talk about what happened?",
    "ok cool. anyway it's your mess, you sort it out":
      "I'd like you to handle this one yourself this time, rather than me sorting it out. I'm happy to talk it through with you.",
    "I wouldn't have to nag if you did anything":
      "Can we talk about what happened tomorrow? I'm still feeling upset, and I want us to find a way through it.",
    "if you had listened we wouldn't be in this mess":
      "I'm really upset about this mess. Can we talk about it without blaming each other?",
    'well who forgot the passports? not me':
      "I'd like us to work out what went wrong with the passports together. Right now I'm feeling upset.",
    'this is all your doing':
      "I don't want to point fingers; I'm just upset about what happened. Can we talk it through at the weekend?",
    "if you hadn't said that to my mum none of this would have happened":
      "I'm really hurt about my mum. Can we talk about it without blaming each other?",
    "Landlord kept the whole deposit, and that's down to you and the state you left the oven in":
      "I don't want to point fingers; I'm just upset about the state you left the oven in. Can we talk it through at the weekend?",
    'we missed the ferry and that is all down to you':
      "I'm really upset about the ferry. Can we talk about it without blaming each other?",
  },
  'blame-verbs': {
    'look what you did, I hope you’re happy now':
      "I don't want to point fingers; I'm just upset about what happened. Can we talk it through this evening?",
    'look what you did, our Ava is in tears because you laughed at her drawing':
      "I don't want to point fingers; I'm just upset about what happened. Can we talk it through this evening?",
    'you’ve made my life hell':
      "I'd like us to work out what went wrong together. Right now I'm feeling upset.",
    'the only reason we argue is you':
      "Can we talk about how we argue? I'm still feeling upset, and I'd like us to find a way through it tomorrow.",
    'you started this whole thing':
      "I don't want to point fingers; I'm just upset about what happened. Can we talk it through tonight?",
    'you ruined the whole evening':
      "I was really looking forward to the evening, and I'm hurt about how it went. Can we talk about it?",
    "don't blame me, you're the one who forgot to book it":
      "I'm upset about what happened. Can we work out together what would help next time?",
    'you turned my own family against me':
      "I'm hurt about my own family. Can we work out together what would help next time?",
    'you wrecked my car and now you want me to be calm??':
      "I'm still stressed about my car, and I'd like us to talk it over at the weekend.",
    'I only snapped because you pushed me to it':
      "I'm upset that I snapped. Can we talk it through later when we are both calm, without blaming each other?",
    'you’re the reason we keep arguing':
      "I'm upset that we keep arguing. Can we talk it through this evening, without blaming each other?",
    'you made this so much worse':
      "I'm really upset about what happened. Can we talk about it without blaming each other?",
    'you’ve ruined christmas for everyone':
      "I'm really upset about Christmas. Can we talk about it without blaming each other?",
    'look at the state of this, you did this':
      "I'd like us to work out what went wrong together. Right now I'm feeling upset.",
  },
  'you-made-me': {
    "you made me yell, I wasn't like this before you":
      "I yelled, and I'm not proud of it. I was feeling anxious; can we talk about what happened?",
    'you made me cancel on my friends AGAIN':
      "I cancelled on my friends, and I'm really hurt about it. Can we talk about what happened?",
    'you make me feel so small': 'I feel small right now, and I need us to talk about it.',
  },
  'because-you': {
    "the car still isn't taxed because you couldn't be bothered":
      "I'm stressed that the car still isn't taxed. Can we talk it through tonight, without blaming each other?",
    'because you maxed out the card we can’t go away':
      "I'd like us to work out what went wrong with the card together. Right now I'm feeling upset.",
    "we're only fighting because you started it":
      "Can we talk about how we're fighting? I'm still feeling upset, and I'd like us to find a way through it at the weekend.",
    "our savings are gone because you couldn't stop betting":
      "Can we talk about how our savings are gone? I'm still feeling stressed, and I'd like us to find a way through it at the weekend.",
    "so we're late to the wedding because you spent 40 mins ironing ONE shirt":
      "I feel stressed that we're late to the wedding. Could we talk about what happened and what would help next time?",
    "because you couldn't be bothered we missed the flight":
      "I don't want to point fingers; I'm just stressed about the flight. Can we talk it through later when we are both calm?",
  },
  insult: {
    'honestly you’re a bit useless with money, the card’s maxed again':
      "I'm feeling anxious about money, and I want to say it calmly rather than lash out. Can we talk this evening?",
    'How stupid of me to think you’d remember our anniversary':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt about our anniversary, and I'd like to talk this evening.",
    'Forgot my birthday again, pathetic of you.':
      'It really hurt that you forgot my birthday. Can we talk about it?',
    "honestly you're a joke for even suggesting it":
      "I'm feeling hurt, and I want to say it calmly rather than lash out. Can we talk later when we are both calm?",
    'Absolute clown for doing that in front of my dad.':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk this evening?",
    'ugh you’re unbelievable':
      "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'listen to yourself, you sound ridiculous':
      "I'm feeling unimportant. I'd like to tell you what's going on for me, when you have a moment.",
    "you're pathetic":
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'what an idiot. seriously.':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    "you're useless":
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tomorrow?",
    'Took the bins out? No. Useless man.': "I'm really hurt right now, and I need a moment before we talk.",
    'what a pathetic man you are':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    "you're a coward, you can't even look me in the eye":
      "I'd really like us to talk about this face to face. Could we find a time?",
  },
  'mild-insult': {
    'I explained it three times, ur so dense':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tomorrow?",
    'you’re proper thick sometimes, honestly':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tonight.",
    'three hours to hang one shelf, ur as much use as a wet paper bag':
      "I'm really hurt right now, and I need a moment before we talk.",
    'Can you do the bins tonight? Honestly you’re as much use as a chocolate teapot lately.':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk this evening?",
    'ur acting like a big baby about the dentist':
      "I'm feeling hurt about the dentist, and I want to say it calmly rather than lash out. Can we talk tomorrow?",
    'you’re acting like a baby about the dentist':
      "I'm feeling hurt, and I want to say it calmly rather than lash out. Can we talk at the weekend?",
    'ur like a toddler when you don’t get your way':
      "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'you act like a teenager every time your mates come round':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'you behave like a child':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'don’t be so dramatic':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    "you're such a baby about being sick":
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'you always act like a spoilt child, grow up':
      "I'm really hurt right now, and I need a moment before we talk.",
    'youre being a brat':
      "I'm feeling hurt, and I want to say it calmly rather than lash out. Can we talk tonight?",
    'stop being such a baby':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tomorrow?",
    'Stop being dramatic, it was one work text.':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tomorrow?",
    // The order after the put-down is the request (review round 28).
    'quit being lazy and give me a hand with the shopping':
      "I'd really like you to give me a hand with the shopping. It would mean a lot to me.",
    "don't be ridiculous, the bill was forty quid":
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
  },
  'sarcastic-epithet': {
    "my mum thinks you're Mr Perfect, she hasn't seen your socks all over the floor":
      "I'm hurt about my mum, and I'd rather say so than say something unkind. Can we talk tonight?",
    'lol ok genius':
      "I'm feeling hurt, and I want to say it calmly rather than lash out. Can we talk tonight?",
    'great job genius, you ruined the whole trip':
      "I'm hurt about the whole trip, and I'd rather say so than say something unkind. Can we talk later when we are both calm?",
    'k whatever you say boss':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    "You think you're so clever. Mr Know-It-All who can't boil an egg.":
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'fine, Miss Always Right, have it your way':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again later when we are both calm?",
  },
  mockery: {
    'mum needs to grow up and so do you':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt about mum, and I'd like to talk tonight.",
    'I need you to man up and tell your mum we are not coming':
      "I'm upset about your mum, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'honestly you need to grow up, it was one parking ticket':
      "I'm feeling hurt, and I want to say it calmly rather than lash out. Can we talk this evening?",
    'sure, you know best, what do I know':
      "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'you want a lie-in? some of us actually work':
      "I don't like how I'm talking to you right now. I'm feeling lonely; can we try again at the weekend?",
    'stay at the lodge till Monday for all I care':
      "I'm feeling frustrated about the lodge, and I don't want to say something unkind. Can we talk about it later?",
    'bins out, lawn mowed, car washed, no thanks to you':
      "I'm upset about bins, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'want a medal for emptying the bin once?':
      "I don't like how I'm talking to you right now. I'm feeling hurt about the bin; can we try again later when we are both calm?",
    'oh spare me the sob story, you knew the date':
      "I don't like how I'm talking to you right now. I'm feeling hurt about the date; can we try again tonight?",
    'it’s like talking to a brick wall with you':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk this evening?",
    'do you even hear yourself': "I'm really hurt right now, and I need a moment before we talk.",
    'you spend money like it grows on trees':
      "I'm feeling anxious about money. Could we sit down together and go through the money, so we're on the same page?",
    'aww did someone get their feelings hurt':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk this evening?",
    'grow a spine':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tomorrow.",
    'yeah because that worked so well last time':
      "I'm feeling lonely, and I want to say it calmly rather than lash out. Can we talk this evening?",
    'funny how you’re never tired when your mates call':
      "I'm feeling hurt about your mates. Could we agree to send each other a quick message when we can't talk?",
    'sorry I exist I guess':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    'listen to yourself, you sound ridiculous':
      "I'm feeling unimportant. I'd like to tell you what's going on for me, when you have a moment.",
    'grow up.':
      "I'm feeling hurt, and I want to say it calmly rather than lash out. Can we talk this evening?",
    'man up ffs':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'wow, congrats on finally doing one thing':
      "I'm really hurt right now, and I need a moment before we talk.",
    'slow clap for remembering my birthday a day late 👏👏':
      "I'm feeling hurt about my birthday. I'd like to tell you what's going on for me, when you have a moment.",
    'oh well done, you finally remembered':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tonight.",
    'oh wow, you did the dishes, want a medal?':
      "I'm upset about the dishes, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'must be nice to sleep till noon':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    'so glad you could finally make time for me':
      "I'm feeling lonely, and I want to say it calmly rather than lash out. Can we talk later when we are both calm?",
    'is it too much to ask for you to be on time':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk later when we are both calm?",
    'nice to know where I rank':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
  },
  sarcasm: {
    'Missed her first goal for a pint. What kind of father?':
      'It really hurt that you missed her first goal for a pint. Can we talk about it?',
    'she cried herself to sleep. hope you’re proud of yourself':
      "I'm really hurt right now, and I need a moment before we talk.",
    'The whole village knows because you told Deb. I hope you’re happy.':
      'It really hurt that you told Deb, and the whole village knows. Can we talk about it?',
    'Great job leaving the chickens out in the rain all night. Really.':
      'It really hurt that you left the chickens out in the rain all night. Can we talk about it?',
    'oh nice work forgetting my mum’s birthday':
      "It really hurt that you forgot my mum's birthday. Can we talk about it?",
    'well done losing the car keys again':
      'Honestly, I was hurt that you lost the car keys. Could we talk about it this evening?',
    'what kind of parent forgets their kid’s recital':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk later when we are both calm?",
    'are you seriously this clueless':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tonight.",
    'go on then, cry':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again at the weekend?",
    'it’s never your fault, is it':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again later when we are both calm?",
    'how convenient that you forgot':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    'cool story':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tonight?",
    'would it be so hard to put the seat down':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk later when we are both calm.",
    'how difficult is it to reply to a text':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk this evening?",
    'oh great, you’re home. finally':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tomorrow?",
    'wow thanks for asking how my day was. oh wait, you didn’t':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk tomorrow?",
    'so mature of you':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again later when we are both calm?",
    'typical man':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk this evening?",
    'nice of you to reply after 6 hours': "I'm really hurt right now, and I need a moment before we talk.",
    'thanks for the support, NOT':
      "I don't like how I'm talking to you right now. I'm feeling hurt about the support; can we try again tonight?",
    'oh look who finally decided to come home':
      "I'm really hurt right now, and I need a moment before we talk.",
    'what a surprise, you forgot': "I'm really hurt right now, and I need a moment before we talk.",
    'good for you. really. 👏':
      "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'sure, because you’re such an expert on feelings':
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk this evening?",
    'real mature': "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'congrats, you wrecked another weekend':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    "lmao ok 'love'":
      "I'm feeling anxious. I'd like to tell you what's going on for me, when you have a moment.",
    'oh brilliant, another one of your great plans':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again later when we are both calm?",
    "booked the vet, paid the bill. you're welcome, as always":
      "I'm really angry right now, and I don't want to say something I'll regret. Can we talk tonight?",
  },
  'eye-roll': {
    'internet bill unpaid yet again 🙄':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk later when we are both calm?",
    '"traffic" 🙄':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tomorrow?",
    'traffic was bad was it 🙄':
      "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'the road was closed, you said you checked 🙄':
      "I'm feeling sad about the road. I'd like to tell you what's going on for me, when you have a moment.",
    'my bad 🙄': "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'ok. he’s “only a mate” 🙄':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk this evening?",
    'oh great, another brilliant idea of yours 🙄':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'sure 🙄': "I'm feeling hurt. I'd like to tell you what's going on for me, when you have a moment.",
    'ok. see you at 7 then 🙄':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tomorrow.",
    'oh it’s all MY fault 🙄':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tomorrow?",
  },
  'thanks-for-harm': {
    'cheers for making me late for my own sister’s hen do':
      "I'm feeling anxious, and I want to say it calmly rather than lash out. Can we talk tomorrow?",
    'Thank you so much for not telling me about the rent going up.':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk later when we are both calm?",
    'wow thanks for forgetting Ayla’s recital, she looked for you the whole time':
      "Honestly, I was hurt that you forgot Ayla's recital. Could we talk about it at the weekend?",
    'thx for leaving me at the Runza. awesome 👍':
      'It really hurt that you left me at the Runza. Can we talk about it?',
    'Stood in the car park of the leisure centre forty minutes in the sleet. Thanks very much my lover':
      "I'm really hurt right now, and I need a moment before we talk.",
    'thanks for the lift. then you left the back door open and the dog got out. you had one job':
      'Honestly, I was hurt that you left the back door open. Could we talk about it later when we are both calm?',
    'you left the kitchen like a bomb went off in it. love that for me':
      "I'm really hurt right now, and I need a moment before we talk.",
    'You finished the petrol and left the tank on empty again. Very thoughtful of you 👏':
      'It really hurt that you finished the petrol. Can we talk about it?',
    'You managed to forget your own mother’s birthday. Amazing.':
      "It really hurt that you forgot your own mother's birthday. Can we talk about it?",
    'You let him have cola at nine and now he won’t sleep. Well done.':
      'It really hurt that you let him have cola at nine. Can we talk about it?',
    'You got the time wrong for the school concert and Mia sat there waiting. You had one job.':
      'Honestly, I was hurt that you got the time wrong for the school concert. Could we talk about it later when we are both calm?',
    'You left the baby’s bottle steriliser on all night and it melted. Husband of the year.':
      "It really hurt that you left the baby's bottle steriliser on all night. Can we talk about it?",
    'forgot to pick Ruby up from swimming, she waited an hour in the cold. dad of the year 🙄':
      "I'm upset that you forgot to pick Ruby up from swimming, and I'd rather tell you that than snap at you.",
    'Three hours late. Thanks so much.':
      'It really hurt that you were three hours late. Can we talk about it?',
    'stood outside the cinema forty minutes. cheers for that 👏':
      'It really hurt that I stood outside the cinema forty minutes. Can we talk about it?',
    'I lost Kayla as a friend because of what you said at her party. thanks for that.':
      'It really hurt that I lost Kayla as a friend because of what you said at her party. Can we talk about it?',
    // "Thank you" closes the thanks too, and a wait said with its own verb is not waited twice.
    'Three hours late. Thank you.': 'It really hurt that you were three hours late. Can we talk about it?',
    'Two hours waiting at the gate for you. Thank you so much.':
      'It really hurt that I spent two hours waiting at the gate for you. Can we talk about it?',
    "didn't sleep a wink, thanks to your snoring. cheers":
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again later when we are both calm?",
    // Praise said alone after a harm is the same jab as thanks: what happened, said plainly.
    "You left the gate open and the dog's out on the A39. Brilliant. Absolutely brilliant.":
      'It really hurt that you left the gate open. Can we talk about it?',
    'you forgot to book the kennel so now we can’t go to the lake. nice one':
      'It really hurt that you forgot to book the kennel. Can we talk about it?',
    'You lost him at the park. Brilliant parenting.':
      'It really hurt that you lost him at the park. Can we talk about it?',
    'Waited at the stage from 5 to 7 for you to bring the car. Thanks sana, very kind of you 👏':
      'It really hurt that I waited at the stage from 5 to 7 for you to bring the car. Can we talk about it?',
  },
  'or-else': {
    'be home by 11 or I’ll come and fetch you, and you won’t like it':
      "I really hope we can sort this out together. I'd really like you to be home by 11.",
    'you come home before 10 or I will come and pick you up and drag you out of that pub in front of everyone':
      "I want to be honest with you about what I need: I'd really like you to come home before 10.",
    'collect me at 5 or I walk home and you can tell your mum why':
      "I really hope we can sort this out together. I'd really like you to collect me at 5.",
    'either you sort your drinking out or I will, and you won’t like how':
      "I'd really like you to sort your drinking out. I'm asking because I care about us, and I want this to work.",
    'either you tell your mum about the loan or I will.':
      "I really hope we can sort this out together. I'd really like you to tell your mum about the loan.",
    'we are drowning here. book the counsellor today or I will.':
      "I'd really like you to book the counsellor today. It matters a lot to me; can we talk about what's getting in the way?",
    'tell Kelly to stop messaging you or I will':
      "This really matters to me, and I want to say it calmly: I'd really like you to tell Kelly to stop messaging you. Can we talk this evening?",
    "clear your junk out of the shed by Sunday or I'll bin it myself":
      "I'd really like you to clear your junk out of the shed by Sunday. I'm asking because I care about us, and I want this to work.",
    "text me back tonight or I'll tell your mum everything":
      "I'd really like you to text me back tonight. I'm asking because I care about us, and I want this to work.",
    'it’s counselling or the spare room, your choice':
      "I'd really like us to try counselling. It matters a lot to me; can we talk about what's getting in the way?",
    'choose. her or me': 'I need to feel like I come first with you sometimes. Can we talk about her?',
    'it’s therapy or nothing at this point':
      "I care about us, and I'm finding it hard to keep going the way we have been. I'd really like us to try therapy.",
    "stop seeing her or I'm moving out":
      "I'd really like you to stop seeing her. I want to be straight with you: if nothing changes, I'm going to move out. I'd much rather we sorted it out together.",
    'honestly you stop drinking or this is over. ur choice':
      "I care about us deeply, and I'm finding it really hard to carry on like this. I'd really like you to stop drinking.",
    'pick. me or your phone.':
      "I feel lonely when I'm competing with your phone. Could we make some time that is just ours?",
    "Move the money back by tomorrow or I'm calling a lawyer.":
      "This really matters to me, and I want to say it calmly: I'd really like you to move the money back by tomorrow. Can we talk tomorrow?",
    "it's me or the job, pick": 'I miss you, and the job is getting between us. Can we talk about it?',
    'get help or get out':
      "I'd really like you to get help. I want to be straight with you: if nothing changes, I'm going to need some space for a while. I'd much rather we sorted it out together.",
    "unless you agree to see someone, otherwise I'm leaving":
      "I'd really like you to agree to see someone. I'm saying it plainly because I care about us, and I can't keep going the way we have been.",
    'you stop lending him money or I move out. what do you think of that?':
      "I'd really like you to stop lending him money. I want to be straight with you: if nothing changes, I'm going to move out. I'd much rather we sorted it out together.",
    'either we move out of your parents’ place by june or I take the kids and go':
      "I'd really like us to move out of your parents’ place by june. This matters to me, so I'd rather say it calmly now: if nothing changes, I'll take the kids and go.",
  },
  'if-you-threat': {
    'I meant what I said: one more night at the casino and I’m calling a lawyer. Love to your mom.':
      "This is really important to me, and I need us to sort out what's going on with the casino together. Can we talk later when we are both calm?",
    'So your ex will be at Dale’s fortieth? Then I will not go, simple as.':
      "I care about us, and I'm finding it hard to keep going the way we have been. Can we talk about what needs to change?",
    'Your sister’s bringing him to the barbecue? Then I’m not coming.':
      'This matters a lot to me, and I need something to change. Can we talk about it this evening?',
    'Do that again, see what happens.':
      "I really don't want you to do that again. It matters a lot to me; can we talk about what's getting in the way?",
    'Go through my phone again, see what happens.':
      "I care about us, and I'm finding it hard to keep going the way we have been. I really don't want you to go through my phone again.",
    'ok, read my messages one more time, see what happens':
      "I really don't want you to read my messages again. I'm asking because I care about us, and I want this to work.",
    "call me that one more time and see what happens, I'm serious":
      "This really matters to me, and I want to say it calmly: I really don't want you to call me that again. Can we talk this evening?",
    'If you could lie to my face like that, we’re done':
      "I'd really rather you didn't lie to my face like that. I'm saying it plainly because I care about us, and I can't keep going the way we have been.",
    'The kids are asleep. One more night of your snoring and you’re sleeping on the couch.':
      "I'm finding your snoring really hard, and I care about us. I need something to change. Can we talk honestly about it?",
    "one more week of this and I'm leaving you":
      "I want us both to feel okay, and right now I don't. Can we talk later when we are both calm?",
    'no more chances':
      "Something needs to change for me, and I'd like us to work out what together. Can we talk later when we are both calm?",
    'if your mum comes for christmas, I’m going to my sister’s':
      "I'd really rather your mum didn't come for Christmas. This matters to me, so I'd rather say it calmly now: if nothing changes, I'll go to my sister's.",
    'I’ll leave if this happens again':
      'This matters a lot to me, and I need something to change. Can we talk about it tomorrow?',
    'I want you out of the house by saturday':
      'This matters a lot to me, and I need something to change. Can we talk about the house tonight?',
    'pack your bags if you can’t commit':
      "This really matters to me, and I want to say it calmly: I'd really like you to commit. Can we talk tonight?",
    'try that one more time and see what happens':
      "This really matters to me, and I want to say it calmly: I really don't want you to try that again. Can we talk later when we are both calm?",
    'you made your choice, now live with it':
      "This is really important to me, and I need us to sort out what's going on with your choice together. Can we talk this evening?",
    'we’re done if you go':
      "I'd really rather you didn't go. It matters a lot to me; can we talk about what's getting in the way?",
    'if we don’t fix this now it’s over, I mean it, we need therapy':
      "I'd really like us to fix this now. I'm saying it plainly because I care about us, and I can't keep going the way we have been.",
    'our marriage is over unless we get help':
      "I care about our marriage, and I'm finding it hard to keep going the way we have been. Can we talk about what needs to change?",
    'you have until the end of the month to sort your drinking out, then I’m gone':
      "I'd like us to agree on something about your drinking that we can both live with. Can we talk about it?",
    'do that again and we’re over':
      "This really matters to me, and I want to say it calmly: I really don't want you to do that again. Can we talk later when we are both calm?",
    'if I find one more message from her, I’m filing for divorce':
      "I'm finding the messages really hard, and I care about us. I need them to stop. Can we talk honestly about it?",
    'last warning':
      "I want us both to feel okay, and right now I don't. Can we talk later when we are both calm?",
    "if you go to that party tonight don't bother coming home":
      "I care about us deeply, and I'm finding it really hard to carry on like this. I'd really rather you didn't go to that party tonight.",
    "If you don't come to therapy, I'm leaving":
      "I'd really like you to come to therapy. I'm saying it plainly because I care about us, and I can't keep going the way we have been.",
    "one more lie and we're finished, I mean it":
      "I'm finding the lies really hard, and I care about us. I need them to stop. Can we talk honestly about it?",
    "keep this up and you'll be sleeping on the sofa for good":
      "I want to be honest with you about what I need: I really don't want you to keep this up.",
    "this is our last shot, if therapy doesn't work we're finished":
      "I care about us, and I'm finding it hard to keep going the way we have been. Can we talk about what needs to change?",
    "this is the last time I'm asking, after that I'm gone":
      'I need us to talk properly. It matters a lot to me. When could we do that?',
    "you go on that trip and don't expect me to be here when you get back":
      "This is really important to me, and I need us to sort out what's going on with that trip together. Can we talk tonight?",
    // A command to repeat, then what the writer will do: the act, asked against (blind round 32).
    'skip another payment on the car and my name is coming off the loan, I mean it':
      "I want to be honest with you about what I need: I really don't want you to skip another payment on the car.",
    'you buy one more gadget off the telly and I will close the joint account':
      "I really hope we can sort this out together. I really don't want you to buy one more gadget off the telly.",
    'if you miss her recital one more time I will tell your mother everything':
      "I want to be honest with you about what I need: I'd really rather you didn't miss her recital again.",
    'if you turn up drunk to the barbecue I swear I’m taking the kids to my sister’s':
      "I'd really rather you didn't turn up drunk to the barbecue. I want to be straight with you: if you do, I'm going to take the kids to my sister's. I'd much rather we sorted it out together.",
    'if you aren’t home by midnight I’m locking the door':
      "I'd really like you to be home by midnight. It matters a lot to me; can we talk about what's getting in the way?",
    'if u go to that stag do im changing the locks':
      "I'd really rather you didn't go to that stag do. I'm asking because I care about us, and I want this to work.",
    'If you put the vet bill on the card again without asking me, I’m taking my name off the account':
      "I'd really rather you didn't put the vet bill on the card again without asking me. I want to be straight with you: if you do, I'm going to take my name off the account. I'd much rather we sorted it out together.",
    'Come home steaming one more time and your stuff’s going out on the landing':
      "I really don't want you to come home steaming again. It matters a lot to me; can we talk about what's getting in the way?",
  },
  'shut-down-talk': {
    "We are going to my sister's for Christmas, you decide the rest, end of discussion.":
      "I'd rather not go over this again. I hope that's okay with you.",
    "it's 3am and your phone was off. don't you dare tell me you were at the depot":
      "I'd really rather you didn't tell me you were at the depot. This matters to me, and I need you to hear me out.",
    "Don't you dare preach to me about money when you bought a jet ski":
      "It's hard for me to hear about money from you when you bought a jet ski. Could we look at money together, both of us?",
    "I'm sick of going round in circles. it's not happening tonight":
      "I'd rather not talk about this tonight. Can we talk about it tomorrow?",
    "we're not discussing your cousin's wedding again. Done.":
      "I'd rather not go over your cousin's wedding again. I hope that's okay with you.",
    'not talking about the car loan tonight':
      "I'd rather not talk about the car loan tonight. Can we talk about it tomorrow?",
    "I'm not arguing about his allotment anymore":
      "I'd rather not go over his allotment again. I hope that's okay with you.",
    "don't message me about the van again, I'm done with it, take it up with your brother":
      "I'd rather not go over the van again. I hope that's okay with you.",
    "I'm not doing this again, goodnight":
      'Going over this again is too much for me right now. Can we leave it there for today?',
    "I'm done rehashing the holiday money, it's spent":
      "I'd rather not go over the holiday money again. I hope that's okay with you.",
    "I'm not talking about the show again, you watch it every night and ignore me":
      "I'd rather not go over the show again. I hope that's okay with you.",
    // Said all they are going to say: closed for good (review round 59), no longer "for now".
    'I’ve said all I’m going to say about the caravan':
      "I'd rather not go over the caravan again. I hope that's okay with you.",
    'I’m done talking to a man who lies to me':
      "This is something I'd rather not go back over. I'd like us to leave it there, please.",
    'don’t talk to me': 'I need a short break from talking about this. Can we pick it up another time?',
    'I’m not interested in your excuses':
      'I need a short break from talking about this. Can we pick it up another time?',
    'I’m not explaining myself again':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    'I’m not wasting my breath on this':
      'Talking about this again is hard for me right now. I need a little space first.',
    'go away': "I'd rather leave this for now. It's a lot for me, and I need some time with it.",
    'I refuse to discuss it':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    'I’ve nothing left to say':
      "This is something I'd rather not go back over. I'd like us to leave it there, please.",
    'this isn’t up for discussion':
      "This is something I'd rather not go back over. I'd like us to leave it there, please.",
    'I’m not getting into this with you':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    'what’s there to talk about':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    'we’ll see a therapist over my dead body':
      "I know a therapist matters to you, but it isn't for me. Can we let it rest?",
    'don’t start': "I'd rather leave this for now. It's a lot for me, and I need some time with it.",
    'I said I don’t want to talk':
      'Talking about this again is hard for me right now. I need a little space first.',
    'bye.': 'Talking about this again is hard for me right now. I need a little space first.',
    'this conversation is pointless':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'can we not': "I'd rather leave this for now. It's a lot for me, and I need some time with it.",
    "love you but I'm not having the therapy conversation again":
      "I know therapy matters to you, but it isn't for me. Can we let it rest?",
    // Another word is never wanted: closed for good, not for now (review round 41).
    'I don’t want to hear another word about it':
      "This is something I'd rather not go back over. I'd like us to leave it there, please.",
    'stop going on about counselling': "My answer on counselling is no, and I'd like us to leave it there.",
    'leave it. seriously.':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    'not discussing this over text':
      "I'd rather not talk about this by text. Can we talk about it in person?",
    'whatever you want, I don’t care':
      'Going over this again is too much for me right now. Can we leave it there for today?',
    "I'm not talking about this": "I'm not ready to talk about this yet. I'll let you know when I am.",
    // No subject named: the space the writer needs, and when they will be in touch (review round 59).
    'leave me alone':
      "I need a bit of time to myself right now. I'll come and find you when I'm ready to talk.",
    'k. done talking': "I'd rather not go over this again. I hope that's okay with you.",
    'drop it.':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    'leave it, I will not repeat myself':
      "I've said what I can about this for now. I need a bit of space before we talk about it again.",
    // A sentence that is only the verdict that the talk is over (blind rounds 29 and 32).
    'my job is my job. you do not get to question it. end.':
      "This is something I'd rather not go back over. I'd like us to leave it there, please.",
    'We have been over the car three times. Subject closed.':
      "My mind is made up about this, and I'd like us to leave it there, please.",
    'we’re not going over the car loan again, it’s decided':
      "My mind is made up about the car loan, and I'd like us to leave it there, please.",
    "Stop asking about my cousin's visa. It's my family, not your business, end.":
      "I'd rather not go over this again. I hope that's okay with you.",
    'what I spend my bonus on is none of your business':
      "I'd like to keep my bonus private. I hope you can understand that, and I'm happy to talk about what worries you.",
    "FINE. do what you want, I don't care anymore":
      "I'd rather not go over this again. I hope that's okay with you.",
  },
  whatever: {
    'fine. whatever.': "I'm not ready to talk about this yet. I'll let you know when I am.",
    'ok whatever': "I'm not ready to talk about this yet. I'll let you know when I am.",
    'whatever. do what you like': "I'm not ready to talk about this yet. I'll let you know when I am.",
  },
  'dismiss-help': {
    "we don't need help with our marriage, we need you to stop drinking":
      "I know getting some help matters to you, but it isn't for me. Can we let it rest?",
    "Stop offering. I don't need your advice.":
      "I'd like to handle this one myself, but thank you for offering.",
    'dont need your help, never did': "I'd like to handle this one myself, but thank you for offering.",
    "nah I'm not sitting with some shrink in Exeter to be told I'm the problem":
      "This isn't something I want. I'd like us to find another way through this.",
    'those Relate appointments are a rip off, I’m not booking more':
      "My answer on those Relate appointments is no, and I'd like us to leave it there.",
    'therapy is a joke': "My answer on therapy is no, and I'd like us to leave it there.",
    'I don’t need a shrink, I need you to listen':
      "This isn't something I want. I'd like us to find another way through this.",
    'therapy? lol no': "My answer on therapy is no, and I'd like us to leave it there.",
    'couples therapy? no chance': "I know therapy matters to you, but it isn't for me. Can we let it rest?",
    'I’m not discussing counselling with you':
      "I know counselling matters to you, but it isn't for me. Can we let it rest?",
    'you can talk to a therapist if you want, I’m not going':
      "My answer on a therapist is no, and I'd like us to leave it there.",
    "we don't need therapy": "My answer on therapy is no, and I'd like us to leave it there.",
    "honestly it won't help": "My answer on this is no, and I'd like us to leave it there.",
    'therapy is a waste of money': "My answer on therapy is no, and I'd like us to leave it there.",
    "there's nothing wrong with us":
      "This isn't something I want. I'd like us to find another way through this.",
    'therapy is for people with real problems':
      "My answer on therapy is no, and I'd like us to leave it there.",
    "I'm not having the therapy conversation again, it's a waste of time":
      "My answer on therapy is no, and I'd like us to leave it there.",
    "we're fine, we don't need some stranger telling us how to live":
      "My answer on talking to someone is no, and I'd like us to leave it there.",
    "I'm not going to couples counselling, end of":
      "My answer on counselling is no, and I'd like us to leave it there.",
  },
  // Help said to be the last resort leads with the writer's worry (review round 45: the stakes were lost).
  'crisis-frame': {
    'this is do or die for us, we need a counsellor':
      "I'd really like us to see a counsellor together, as a space to learn and grow, because we matter to me. Would you be open to it?",
    'it’s counselling or I’m moving out, this is our last chance':
      "This feels serious to me, and I'm worried about us. Would you try counselling with me?",
    'it’s therapy or nothing at this point':
      "I'm really worried about us, and I think therapy could really help. Would you try therapy with me?",
    'our marriage is over unless we get help':
      "I'd really like us to get some help together, as a space to learn and grow, because our marriage matters to me. Would you be open to it?",
    'we’re at rock bottom, we need professional help immediately':
      "I'm really worried about us, and I don't think this can wait. Could we get professional help this week?",
    'therapy is our last resort':
      "This feels serious to me, and I'm worried about us. Would you try therapy with me?",
    'our marriage is on life support, counselling is the only way':
      "This feels serious to me, and I'm worried about our marriage. Would you try counselling with me?",
    "we're drowning, we need someone to help us before it's too late":
      "I'm really worried about us, and I don't think this can wait. Could we talk to someone before it's too late?",
    'this relationship is broken beyond repair':
      "I care about our relationship, and I'd like us to work on this as a team. Can we talk at the weekend?",
    'if we don’t get help now we won’t survive this':
      "I'm committed to us, and I think getting some help could make it easier for us to understand each other. Could we talk about it tonight?",
    'we need a counsellor before this destroys us':
      "I'd love us to give a counsellor a real try, together, because we matter to me. What do you think?",
  },
  'urgent-help': {
    'we need a counsellor TODAY':
      "I'm really worried about us, and I don't think this can wait. Could we see a counsellor today?",
    "please just book the counselling, it's urgent":
      "I'm really worried about us, and I don't think this can wait. Could we try counselling this week?",
    "we're a disaster and we need a therapist yesterday":
      "I think a therapist could be good for us, and I'd like us to go together. Would you be up for it?",
  },
};

const plain = (example: string) => example.replace(/\[\[|\]\]/g, '');

describe('first rewrite of every flag example', () => {
  it('has an expectation for every rule and every flag example', () => {
    for (const rule of RULES) {
      expect(Object.keys(FIRST_REWRITE[rule.id] ?? {}).sort(), rule.id).toEqual(
        rule.examples.flag.map(plain).sort(),
      );
    }
  });

  for (const rule of RULES) {
    for (const example of rule.examples.flag.map(plain)) {
      it(`${rule.id}: ${example}`, () => {
        // The rules' own findings: a rule's rewrite is pinned whatever the learned model adds beside it.
        const findings = findRuleFindings(example, { sensitivity: 'strict' });
        const finding =
          findings.find((f) => f.ruleId === rule.id) ?? findings.find((f) => f.category === rule.category);
        const rewrites = finding ? rewritesFor(example, finding, findings) : [];
        expect(rewrites[0]).toBe(FIRST_REWRITE[rule.id]?.[example]);
        expect(rewrites.length).toBeGreaterThanOrEqual(1);
        expect(rewrites.length).toBeLessThanOrEqual(3);
      });
    }
  }
});

// Each test reads the whole dev corpus: on a loaded machine that takes more than vitest's 5 s default.
describe('rewrites over the dev corpus', { timeout: 120_000 }, () => {
  const rows = parseCorpus(readFileSync('data/corpus/seed/dev.jsonl', 'utf8')).filter(
    (r) => r.expect.length > 0,
  );

  it('gives every finding of every flagged line at least one rewrite, each clean and read like a person', {
    timeout: 120_000,
  }, () => {
    for (const row of rows) {
      const findings = analyze(row.text);
      for (const f of findings) {
        expect(f.rewrites.length, row.text).toBeGreaterThan(0);
        for (const rewrite of f.rewrites) {
          expect(analyze(rewrite), `${rewrite} (for: ${row.text})`).toEqual([]);
          expect(rewrite).not.toMatch(/\b(\w+) \1\b/i);
          expect(rewrite).not.toMatch(/\bI feel (that|like) you\b/i);
          expect(rewrite).toMatch(/^[A-Z]/);
          expect(rewrite).toMatch(/[.?!]$/);
        }
      }
    }
  });

  it('keeps the nouns of the flagged sentence (dishes, therapy, my mum) in the first rewrite', () => {
    for (const row of rows) {
      const findings = analyze(row.text);
      for (const f of findings) {
        const nouns = topicNouns(row.text, f, findings);
        if (nouns.length > 0)
          expect(keepsNouns(f.rewrites[0] ?? '', nouns), `${f.rewrites[0]} keeps ${nouns}`).toBe(true);
      }
    }
  });

  it('reports the three rewrite figures through the evaluation', () => {
    const { rewrites } = evaluate(rows).figures;
    expect(rewrites.withRewrite).toBe(1);
    expect(rewrites.clean).toBe(1);
    expect(rewrites.keepNouns).toBeGreaterThanOrEqual(0.9);
  });

  it("varies the openings across a finding's rewrites", () => {
    for (const row of rows) {
      for (const f of analyze(row.text)) {
        const openings = f.rewrites.map((r) => r.split(' ').slice(0, 2).join(' '));
        expect(new Set(openings).size, f.rewrites.join(' | ')).toBe(openings.length);
      }
    }
  });
});

describe('rewriteMessage', () => {
  it('replaces the flagged sentence and keeps the friendly one, with a capital', () => {
    const text = 'I made pasta. you never help with the dishes';
    expect(rewriteMessage(text)).toBe(
      "I made pasta. It would mean a lot to me if you helped with the dishes. I've been feeling overwhelmed about it.",
    );
  });

  it('returns a clean message unchanged', () => {
    for (const text of ['', 'love you, sleep well', 'you always make me laugh 😂'])
      expect(rewriteMessage(text)).toBe(text);
  });

  it('uses the findings it is given, then rewrites whatever the analyzer still finds in the result', () => {
    const text = "you never listen. I'm not talking about this";
    const findings = analyze(text).filter((f) => f.category === 'stonewall');
    const out = rewriteMessage(text, findings);
    expect(out).toContain(findings[0]?.rewrites[0]);
    expect(out).not.toMatch(/you never listen/);
    expect(analyze(out)).toEqual([]);
  });

  it('keeps every sentence that holds no finding (property test)', { timeout: 120_000 }, () => {
    const harsh = fc.constantFrom(
      'you never listen to me',
      "you're so defensive",
      "it's your fault we're late",
      'grow up',
      "stop it or I'm leaving",
      'whatever',
    );
    const other = fc.constantFrom('love you', '😂', 'dinner at 7?', 'ok', '\n', 'שלום', 'é', '  ');
    const sep = fc.constantFrom('. ', ', ', '\n', ' ', '!! ');
    const message = fc
      .array(fc.tuple(fc.oneof(harsh, other), sep), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.map(([a, b]) => a + b).join(''));
    fc.assert(
      fc.property(message, (text) => {
        const findings = analyze(text);
        const out = rewriteMessage(text, findings);
        expectOutsideKept(text, findings, out);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
