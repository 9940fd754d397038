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
    'you make everything about you':
      "I've noticed I feel hurt when you make everything about you. Can we talk about it later when we are both calm?",
    'you can never just say sorry':
      "When you don't say sorry, I end up feeling lonely. I'd really like to feel heard.",
    'you won’t ever change':
      "I feel stuck when you don't change, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'it’s always about you':
      "I've noticed a pattern that leaves me feeling hurt. Can we talk about it this evening?",
    'you never listen to me when I talk about work':
      "I feel lonely when you don't listen to me while I talk about work. Could we keep a bit of time each week that work doesn't touch?",
    'honestly u nvr help with anything':
      "I'd really like some help. Lately I've been feeling overwhelmed when you don't help with anything.",
    'You ALWAYS forget the things that matter to me.':
      "I feel stuck when you forget the things that matter to me, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'thanks for dinner. you never ask how my day was though':
      "I feel lonely when you don't ask how my day was. Could we make plans we can both count on?",
    'youre always late for everything':
      "It would mean a lot to me if you weren't late for everything. I've been feeling lonely about it.",
  },
  'every-time': {
    'you ruin everything':
      "It would mean a lot to me if you didn't ruin everything. I've been feeling hurt about it.",
    'you forget everything I tell you':
      "It would mean a lot to me if you didn't forget everything I tell you. I've been feeling lonely about it.",
    'every time I bring up money you change the subject':
      "I've noticed I feel anxious when I bring up money and you change the subject. Can we talk about it at the weekend?",
    'Every single time we make plans you cancel last minute':
      "Could we make plans we can both count on? I've been feeling anxious when we make plans and you cancel last minute.",
    'i swear you forget every single thing i tell u':
      "I'd love it if we could make a bit of time to really talk. When you forget things I tell you, I feel lonely.",
    'whenever I need you you’re busy':
      "When I need you and you're busy, I end up feeling lonely. I'd really like more time together.",
    'each time I open up you make a joke of it':
      "I feel stuck when you make a joke of it, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'you get weird every time my ex comes up':
      "Could we talk about what would help us both feel secure? I've been feeling hurt when you get weird while my ex comes up.",
    'every time I ask for help, you sigh':
      "I feel stuck when I ask for help and you sigh, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'every single weekend you disappear to your brother’s':
      "I'd love it if we could talk about how we back each other up. When you disappear to your brother's, I feel alone.",
    'whenever you drink, you get mean':
      "I've noticed I feel hurt when you drink and you get mean. Can we talk about it this evening?",
  },
  'not-once': {
    'every single bill, I pay it':
      "I feel stuck when things feel one-sided between us, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'not once this year have you planned a date':
      "I'd really like to feel close to you again. Lately I've been feeling hurt when you don't plan a date.",
    'we never do anything I want to do':
      "I feel stuck when things feel one-sided between us, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'we always end up doing what you want':
      "I'd really like to feel close to you again. Lately I've been feeling hurt when things feel one-sided between us.",
    'why is it always me who has to apologise':
      'I feel hurt when things feel one-sided between us. Could we talk about it when we are both calm?',
    'I’m always the one cleaning up after you':
      'I feel overwhelmed when things feel one-sided between us. Could we sit down and share out the jobs around the house so it feels fair to both of us?',
    'you keep doing this':
      "I'd love it if we could talk about it when we are both calm. When you keep doing this, I feel hurt.",
    'nothing I do is ever good enough for you':
      "What would help me is if we could talk about it when we are both calm. I've been feeling hurt.",
    'how many more times':
      "Can we talk about how things have been tonight? I've been feeling hurt, and I'd like to feel close to you again.",
    'not once have you asked how my day was':
      "I feel stuck when you don't ask how my day was, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'Not one time did you call me back':
      "It would mean a lot to me if you called me back. I've been feeling lonely about it.",
    'you have not once said thank you':
      "I feel stuck when you don't say thank you, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'not one single time have you said sorry first':
      "I've noticed I feel lonely when you don't say sorry first. Can we talk about it tonight?",
    'how many times do I have to ask you to lock the door':
      "When I have to ask more than once for you to lock the door, I end up feeling lonely. I'd really like to feel heard.",
    '3rd time this week you’ve forgotten to pick up the kids':
      "I'd love it if we could work out a way to share it. When you forget to pick up the kids, I feel overwhelmed.",
    'when was the last time you actually asked about my day':
      "I feel lonely when you don't ask about my day. Could we make a bit of time to really talk?",
    "the kids were great today. you'd know that if you ever came home before nine":
      "I've noticed I feel lonely when you don't come home before nine. Can we talk about it tomorrow?",
  },
  'as-usual': {
    'it’s the same thing every single time with you':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like to feel close to you again.",
    'same old story with you':
      "Lately I've been feeling hurt, and I'd really like to feel close to you again.",
    'can you for once just take my side':
      "I feel stuck when you don't take my side, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'late as usual, thanks':
      "What would help me is if we could agree to send each other a quick heads-up when we're running late. I've been feeling unimportant.",
    'maybe you could help for a change':
      "What would help me is if we could work out a way to share it. I've been feeling overwhelmed.",
    'you forgot the bins yet again':
      "It would mean a lot to me if you didn't forget the bins. I've been feeling overwhelmed about it.",
    'and you forgot to call, like every week':
      "I feel stuck when you forget to call, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'typical you, late again':
      "I'd like to understand what's going on for you. From my side, I feel lonely, and I'd like more time together.",
    'you left the car on empty AGAIN btw':
      "I'd love it if we could agree on what we can both stick to. When you leave the car on empty, I feel anxious.",
    'would it hurt you to text back once in a while':
      "I feel lonely when I have to ask more than once for you to text back. Could we agree to send each other a quick message when we can't talk?",
    'k. thanks for nothing as per':
      "I'd like to understand what's going on for you. From my side, I feel unimportant, and I'd like to feel my needs count too.",
    "I'm at the station. typical, you're late and I'm standing in the rain":
      "I feel stuck when you're late, and I don't know how to reach you. I think I'd benefit from some support with that.",
    'every bloody weekend it’s the same, you on the xbox and me doing everything':
      "Could we have a bit of phone-free time together in the evenings? I've been feeling lonely when you're on the xbox.",
  },
  'you-are-label': {
    'you’re not capable of being honest':
      "Can we take a step back? I'm feeling hurt, and I'd like to understand what's happening for both of us.",
    'ur so defensive, I literally just asked a question':
      "Can we take a step back? I'm feeling stuck, and I'd like to understand what's happening for both of us.",
    'hope work is ok. you are so self-centred sometimes':
      "When this comes up, I feel really unimportant. I think I'd benefit from some support with that.",
    'youre just like your father':
      "I'd like to understand what's going on for you. From my side, I feel alone, and I'd like to feel you are on my side.",
    "you're afraid of commitment, that's what this is":
      "When this comes up, I feel really anxious. I think I'd benefit from some support with that.",
    'every time I bring up feelings you get so defensive':
      "I'd like to understand what's going on for you when I bring up feelings. From my side, I feel stuck, and I'd like to feel close to you.",
  },
  'you-behaviour': {
    'you flirt with everyone and then act innocent':
      "I'd rather tell you how I feel than guess what's going on for you: I feel hurt.",
    'you always play innocent':
      "I notice I feel hurt, and I'd like to feel close to you again. Could we talk tonight?",
    "you're shutting down again, I can see it":
      "I'd rather tell you how I feel than guess what's going on for you: I feel stuck.",
    'youre manipulating me again':
      "I'd rather tell you how I feel than guess what's going on for you: I feel anxious.",
    'you always shut down the second things get hard':
      "I've been feeling stuck lately, and I'd really like to feel close to you. Can we talk tonight?",
    'you play the victim every time':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like to feel close to you again.",
  },
  'inner-state': {
    'you enjoy making me feel small':
      "I feel hurt, and I'd like us to understand each other. Could we talk about it when we are both calm?",
    'your mother runs your life':
      "Can I be honest about how this lands for me? I feel alone, and I'd like to talk this evening.",
    'you clearly resent me':
      "Can I be honest about how this lands for me? I feel hurt, and I'd like to talk later when we are both calm.",
    'you’re so quick to judge':
      "I'd rather tell you how I feel than guess what's going on for you: I feel hurt.",
    'you only apologise when you want something':
      "When this comes up, I feel really hurt. I think I'd benefit from some support with that.",
    'you’re just looking for a reason to leave':
      "I feel hurt, and I'd like us to understand each other. Could we talk about it when we are both calm?",
    'you could have at least pretended to care':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like to feel close to you again.",
    'you’ve changed and not in a good way':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like to feel close to you again.",
    "you don't actually love me, you love the idea of me":
      "I notice I feel anxious, and I'd like reassurance. Could we talk this evening?",
    'you only care about yourself':
      "When this comes up, I feel really unimportant. I think I'd benefit from some support with that.",
    'you have serious trust issues and you need to deal with them':
      "I notice I feel anxious, and I'd like reassurance. Could we talk later when we are both calm?",
    "Your problem is you can't handle any criticism":
      "I'd rather tell you how I feel than guess what's going on for you: I feel hurt.",
    'you only said sorry because you want this to be over':
      "I'd rather tell you how I feel than guess what's going on for you: I feel lonely.",
    'you just don’t want to hear it':
      "When this comes up, I feel really lonely. I think I'd benefit from some support with that.",
    'you act like you’re the only one who works':
      "I'd like to understand what's going on for you. From my side, I feel hurt, and I'd like to feel close to you again.",
    'you clearly have no idea how hard this is for me':
      "Could we talk about it when we are both calm? I've been feeling hurt.",
    'you’re not even trying':
      "I've been feeling hurt lately, and I'd really like to feel close to you again. Can we talk tonight?",
    'all you care about is your football':
      "When your football comes up, I feel really hurt. I think I'd benefit from some support with that.",
    'deep down you just want control':
      "I'd rather tell you how I feel than guess what's going on for you: I feel tense.",
    'you’ve got serious anger issues':
      "I notice I feel hurt, and I'd like to feel close to you again. Could we talk this evening?",
  },
  'your-fault': {
    'it’s your own fault you’re tired, you stayed up gaming':
      'Looking back at what happened, I feel upset. What could we both do differently next time?',
    'you brought this on yourself':
      'Looking back at what happened, I feel upset. What could we both do differently next time?',
    'this mess is on you':
      "I don't want to point fingers; I'm just upset about this mess. Can we talk it through this evening?",
    'thanks to you I’ve had the worst week':
      "Can we talk about how I've had the worst week later when we are both calm? I'm still feeling upset, and I want us to find a way through it.",
    'it’s on you that we’re in this state':
      "I'm upset that we're in this state. Can we talk it through later when we are both calm, without blaming each other?",
    "it's your fault we're always late":
      "We're late, and I'm feeling stressed. Can we work out together what would help?",
    "because of you we can't afford the holiday":
      "We can't afford the holiday, and I'm stressed about the holiday. I'd like us both to look at what we could do differently.",
    'im this stressed because of u': "I'm really stressed right now. Can we talk about what happened?",
    "and now I'm in a foul mood because of you":
      "I'm in a foul mood right now. Can we talk about what happened?",
    "ok cool. anyway it's your mess, you sort it out":
      "I'm really upset about your mess. Can we talk about what happened, without blaming each other?",
    "I wouldn't have to nag if you did anything":
      "I'm really upset about what happened. Can we talk about what happened, without blaming each other?",
    "if you had listened we wouldn't be in this mess":
      "I'm really upset about this mess. Can we talk about what happened, without blaming each other?",
    'well who forgot the passports? not me':
      "Next time something like the passports comes up, could we talk about what matters to each of us? I'm still feeling upset about what happened.",
    'this is all your doing':
      "Next time, could we talk about it when we are both calm? I'm still feeling upset about what happened.",
    "if you hadn't said that to my mum none of this would have happened":
      "I'm really hurt about my mum. Can we talk about what happened, without blaming each other?",
  },
  'blame-verbs': {
    'you’ve made my life hell':
      "I'd like us to work out what went wrong together. Right now I'm feeling upset.",
    'the only reason we argue is you':
      "I'm feeling upset that we argue. I'd like us both to look at our part in it, me included.",
    'you started this whole thing':
      "Next time, could we talk about it when we are both calm? I'm still feeling upset about what happened.",
    'you ruined the whole evening':
      "Can we talk about the whole evening this evening? I'm still feeling hurt, and I want us to find a way through it.",
    "don't blame me, you're the one who forgot to book it":
      "Can we talk about what happened tomorrow? I'm still feeling upset, and I want us to find a way through it.",
    'you turned my own family against me':
      "I don't want to point fingers; I'm just hurt about my own family. Can we talk it through tomorrow?",
    'you wrecked my car and now you want me to be calm??':
      "Next time something like my car comes up, could we agree on what we can both stick to? I'm still feeling stressed about what happened.",
    'I only snapped because you pushed me to it':
      "I snapped, and I'm feeling upset. Can we work out together what would help?",
    'you’re the reason we keep arguing':
      "We keep arguing, and I'm feeling upset. Can we work out together what would help?",
    'you made this so much worse':
      "I'm really upset about what happened. Can we talk about what happened, without blaming each other?",
    'you’ve ruined christmas for everyone':
      "Can we talk about Christmas this evening? I'm still feeling upset, and I want us to find a way through it.",
    'look at the state of this, you did this':
      "Can we talk about what happened tomorrow? I'm still feeling upset, and I want us to find a way through it.",
  },
  'you-made-me': {
    "you made me yell, I wasn't like this before you":
      "I yelled, and I'm not proud of it. I was feeling anxious; can we talk about what happened?",
    'you made me cancel on my friends AGAIN':
      "I cancelled on my friends, and I'm not proud of it. I was feeling anxious; could we talk about what happened with my friends?",
    'you make me feel so small': 'I feel small right now, and I need us to talk about it.',
  },
  'because-you': {
    'because you maxed out the card we can’t go away':
      'Looking back at what happened with the card, I feel upset. What could we both do differently next time?',
    "we're only fighting because you started it":
      "Can we talk about how we're fighting at the weekend? I'm still feeling upset, and I want us to find a way through it.",
    "our savings are gone because you couldn't stop betting":
      "I'm feeling stressed that our savings are gone. I'd like us both to look at our part in it, me included.",
    "so we're late to the wedding because you spent 40 mins ironing ONE shirt":
      "I feel stressed that we're late to the wedding. Could we talk about what happened with one shirt and what would help next time?",
    "because you couldn't be bothered we missed the flight":
      "I'd like us to work out what went wrong with the flight together. Right now I'm feeling stressed.",
  },
  insult: {
    'ugh you’re unbelievable':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again at the weekend?",
    'listen to yourself, you sound ridiculous':
      "I'm feeling unimportant, and I'd really like to feel my needs count too.",
    "you're pathetic": "I'm really hurt right now, and I need a moment before we talk.",
    'what an idiot. seriously.':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    "you're useless": "I'm really hurt right now, and I need a moment before we talk.",
    "you're a coward, you can't even look me in the eye":
      "I want to say this more kindly: I'm feeling stuck, and I'd really like to feel close to you.",
  },
  'mild-insult': {
    'don’t be so dramatic': "I'm feeling anxious, and I'd really like calm between us.",
    "you're such a baby about being sick":
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tonight.",
    'you always act like a spoilt child, grow up':
      "I'm really hurt right now, and I need a moment before we talk.",
    'youre being a brat':
      "I want to say this more kindly: I'm feeling hurt, and I'd really like to feel close to you again.",
    'stop being such a baby':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tomorrow.",
  },
  'sarcastic-epithet': {
    'lol ok genius': "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'great job genius, you ruined the whole trip':
      "I'm feeling hurt about the whole trip, and I'd really like to feel close to you again.",
    'k whatever you say boss':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
  },
  mockery: {
    'it’s like talking to a brick wall with you':
      'Something is really getting to me. Can we talk about it calmly?',
    'do you even hear yourself':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tomorrow?",
    'you spend money like it grows on trees':
      "I'm feeling anxious about money, and I'd really like to be able to count on plans.",
    'aww did someone get their feelings hurt':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk this evening?",
    'grow a spine':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk tomorrow.",
    'yeah because that worked so well last time':
      "I need a few minutes before I say something I don't mean. I'm feeling lonely, and I'd like to talk this evening.",
    'funny how you’re never tired when your mates call':
      "I'm feeling lonely about your mates. Could we agree to send each other a quick message when we can't talk?",
    'sorry I exist I guess': "I'm really hurt right now, and I need a moment before we talk.",
    'listen to yourself, you sound ridiculous':
      "I'm feeling unimportant, and I'd really like to feel my needs count too.",
    'grow up.':
      "I want to say this more kindly: I'm feeling hurt, and I'd really like to feel close to you again.",
    'man up ffs': "I'm feeling hurt, and I'd really like to feel close to you again.",
    'wow, congrats on finally doing one thing':
      'Something is really getting to me. Can we talk about it calmly?',
    'slow clap for remembering my birthday a day late 👏👏':
      'Something about my birthday is really getting to me. Can we talk about it calmly?',
    'oh well done, you finally remembered':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tonight?",
    'oh wow, you did the dishes, want a medal?':
      "I'm feeling overwhelmed about the dishes, and I'd really like some help.",
    'must be nice to sleep till noon':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    'so glad you could finally make time for me':
      "I'm really hurt right now, and I need a moment before we talk.",
    'is it too much to ask for you to be on time':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk later when we are both calm?",
    'nice to know where I rank':
      "I need a few minutes before I say something I don't mean. I'm feeling hurt, and I'd like to talk at the weekend.",
  },
  sarcasm: {
    'what kind of parent forgets their kid’s recital':
      "I'm feeling frustrated about recital, and I don't want to say something unkind. Can we talk about it later?",
    'are you seriously this clueless':
      "I want to say this more kindly: I'm feeling hurt, and I'd really like to feel close to you again.",
    'go on then, cry':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    'it’s never your fault, is it':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again tomorrow?",
    'how convenient that you forgot':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk at the weekend?",
    'cool story':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'would it be so hard to put the seat down':
      "I'm feeling hurt, and I'd really like to feel close to you again.",
    'how difficult is it to reply to a text':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'oh great, you’re home. finally': "I'm really hurt right now, and I need a moment before we talk.",
    'wow thanks for asking how my day was. oh wait, you didn’t':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again this evening?",
    'so mature of you': "I'm feeling hurt, and I'd really like to feel close to you again.",
    'typical man':
      "I want to say this more kindly: I'm feeling hurt, and I'd really like to feel close to you again.",
    'nice of you to reply after 6 hours': "I'm really hurt right now, and I need a moment before we talk.",
    'thanks for the support, NOT':
      "I'm feeling frustrated about the support, and I don't want to say something unkind. Can we talk about it later?",
    'oh look who finally decided to come home':
      "I'm really hurt right now, and I need a moment before we talk.",
    'what a surprise, you forgot':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk this evening?",
    'good for you. really. 👏':
      "I don't like how I'm talking to you right now. I'm feeling hurt; can we try again this evening?",
    'sure, because you’re such an expert on feelings':
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk this evening?",
    'real mature': "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk tonight?",
    'congrats, you wrecked another weekend':
      'Something is really getting to me. Can we talk about it calmly?',
    "lmao ok 'love'": "I'm really hurt right now, and I need a moment before we talk.",
    'oh brilliant, another one of your great plans':
      "I'm feeling lonely. Could we make plans we can both count on?",
    "booked the vet, paid the bill. you're welcome, as always":
      "I'm upset, and I'd rather tell you how I feel than snap at you. Can we talk later when we are both calm?",
  },
  'eye-roll': {
    'oh great, another brilliant idea of yours 🙄':
      "I'm feeling frustrated, and I don't want to say something unkind. Can we talk about it later?",
    'sure 🙄': 'Something is really getting to me. Can we talk about it calmly?',
    'ok. see you at 7 then 🙄': 'Something is really getting to me. Can we talk about it calmly?',
  },
  'or-else': {
    'it’s counselling or the spare room, your choice':
      "I'm committed to us, and I really hope we can work on this together. I'd really like us to try counselling.",
    'choose. her or me': 'I miss you, and her is getting between us. Can we talk about it?',
    'it’s therapy or nothing at this point':
      "I want to be honest with you about what I need: I'd really like us to try therapy.",
    "stop seeing her or I'm moving out":
      "I care about you, and I'm finding it hard to carry on the way things are. I'd really like you to stop seeing her.",
    'honestly you stop drinking or this is over. ur choice':
      "I care about you, and I'm finding it hard to carry on the way things are. I'd really like you to stop drinking.",
    'pick. me or your phone.':
      "I feel lonely when I'm competing with your phone. Could we make some time that is just ours?",
    "Move the money back by tomorrow or I'm calling a lawyer.":
      "This really matters to me, and I want to say it calmly: I'd really like you to move the money back by tomorrow. Can we talk tomorrow?",
    "it's me or the job, pick": 'I miss you, and the job is getting between us. Can we talk about it?',
    'get help or get out': "I want to be honest with you about what I need: I'd really like you to get help.",
    "unless you agree to see someone, otherwise I'm leaving":
      "This really matters to me, and I want to say it calmly: I'd really like you to agree to see someone. Can we talk later when we are both calm?",
  },
  'if-you-threat': {
    'no more chances':
      "I care about you, and I'm finding it hard to carry on the way things are. Can we talk about what needs to change with chances?",
    'if your mum comes for christmas, I’m going to my sister’s':
      "I care about us, and I'm finding it hard to keep going the way we have been. Can we talk about what needs to change?",
    'I’ll leave if this happens again':
      "I'd like us to agree on something that we can both live with. Can we talk about it?",
    'I want you out of the house by saturday':
      'I need to be honest about what I can keep doing. Can we talk about the house and Saturday tonight?',
    'pack your bags if you can’t commit':
      "I'm committed to us, and I really hope we can work on your bags together. I'd really like you to commit.",
    'try that one more time and see what happens':
      "I'm committed to doing my own work on this, and I really hope we can do some of it together. Can we talk about it later when we are both calm?",
    'you made your choice, now live with it':
      "I'm committed to doing my own work on this, and I really hope we can do some of it together. Can we talk about your choice this evening?",
    'we’re done if you go':
      "I want to be honest with you about what I need: I'd really rather you didn't go.",
    'if we don’t fix this now it’s over, I mean it, we need therapy':
      "I'd like us to agree on something that we can both live with. Can we talk about it?",
    'our marriage is over unless we get help':
      "I care about our marriage, and I'm finding it hard to keep going the way we have been. Can we talk about what needs to change?",
    'you have until the end of the month to sort your drinking out, then I’m gone':
      "Something needs to change for me with your drinking, and I'd like us to work out what together. Can we talk tonight?",
    'do that again and we’re over':
      "Something needs to change for me, and I'd like us to work out what together. Can we talk later when we are both calm?",
    'if I find one more message from her, I’m filing for divorce':
      "I'm finding the messages really hard, and I care about us. Can we talk honestly about it?",
    'last warning': 'I really hope we can sort this out together. Can we talk later when we are both calm?',
    "if you go to that party tonight don't bother coming home":
      "I'd really rather you didn't go to that party. It matters a lot to me; can we talk about what's getting in the way?",
    "If you don't come to therapy, I'm leaving":
      "I want to be honest with you about what I need: I'd really like you to come to therapy.",
    "one more lie and we're finished, I mean it":
      "I'm finding the lies really hard, and I care about us. Can we talk honestly about it?",
    "keep this up and you'll be sleeping on the sofa for good":
      "I'm committed to doing my own work on this, and I really hope we can do some of it together. Can we talk about the sofa tonight?",
    "this is our last shot, if therapy doesn't work we're finished":
      'I need to be honest about what I can keep doing. Can we talk about it tonight?',
    "this is the last time I'm asking, after that I'm gone":
      "Something needs to change for me, and I'd like us to work out what together. Can we talk tonight?",
    "you go on that trip and don't expect me to be here when you get back":
      "I'd like us to agree on something about that trip that we can both live with. Can we talk about it?",
  },
  'shut-down-talk': {
    'don’t talk to me':
      'Can we pause this for now? I want to come back to this later when we are both calm, when I can listen properly.',
    'I’m not interested in your excuses':
      "I'm too overwhelmed to talk about this right now. Can we come back to it at the weekend?",
    'I’m not explaining myself again':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'I’m not wasting my breath on this':
      "I'm getting too wound up to talk about this well. Can we take twenty minutes and try again?",
    'go away': "I'm too overwhelmed to talk about this right now. Can we come back to it tonight?",
    'I refuse to discuss it':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'I’ve nothing left to say': 'I need a short break from talking about this. Can we pick it up tomorrow?',
    'this isn’t up for discussion':
      "I'm feeling flooded right now. I'll come back to this once I've had a breather.",
    'I’m not getting into this with you':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'what’s there to talk about':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'we’ll see a therapist over my dead body':
      "Can you tell me what a therapist means to you? I feel a bit wary of it, and I'd like to understand.",
    'don’t start': "I'm too overwhelmed to talk about this right now. Can we come back to it at the weekend?",
    'I said I don’t want to talk':
      "I'm getting too wound up to talk about this well. Can we take twenty minutes and try again?",
    'bye.': "I'm getting too wound up to talk about this well. Can we take twenty minutes and try again?",
    'this conversation is pointless':
      "I'm feeling flooded right now. I'll come back to this once I've had a breather.",
    'can we not': "I'm too overwhelmed to talk about this right now. Can we come back to it this evening?",
    "love you but I'm not having the therapy conversation again":
      'I feel nervous about therapy. Can you tell me what it would mean to you?',
    'I don’t want to hear another word about it':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'stop going on about counselling':
      "I'm scared of what counselling might bring up. Could we talk about it tomorrow?",
    'leave it. seriously.':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'not discussing this over text':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'whatever you want, I don’t care':
      "I want to talk about this properly, and I can't do that well right now. Can we try again later when we are both calm?",
    "I'm not talking about this":
      "I'm not ready to talk about this yet, but I don't want to shut you out. Can we talk at the weekend?",
    'leave me alone':
      "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    'k. done talking':
      "I'm getting too wound up to talk about this well. Can we take twenty minutes and try again?",
    'drop it.': "I'm finding this hard to talk about right now. Could we set a time to come back to it?",
    "FINE. do what you want, I don't care anymore":
      "I'm getting too wound up to talk about this well. Can we take twenty minutes and try again?",
  },
  whatever: {
    'fine. whatever.':
      "I'm not ready to talk about this yet, but I don't want to shut you out. Can we talk this evening?",
    'ok whatever':
      "I'm not ready to talk about this yet, but I don't want to shut you out. Can we talk this evening?",
    'whatever. do what you like':
      "I'm not ready to talk about this yet, but I don't want to shut you out. Can we talk this evening?",
  },
  'dismiss-help': {
    'therapy is a joke':
      "I'm not ready to say yes to therapy yet, but I'm willing to talk about it. Can we do that tomorrow?",
    'I don’t need a shrink, I need you to listen':
      "I'm not ready to say yes to a shrink yet, but I'm willing to talk about it. Can we do that later when we are both calm?",
    'therapy? lol no': 'Therapy feels like a big step for me. Could we talk about what it would look like?',
    'couples therapy? no chance':
      "I'm not sure about therapy yet, but I want to understand. What are you hoping it would change for us?",
    'I’m not discussing counselling with you':
      "Can you tell me what counselling means to you? I feel a bit wary of it, and I'd like to understand.",
    'you can talk to a therapist if you want, I’m not going':
      "Can you tell me what a therapist means to you? I feel a bit wary of it, and I'd like to understand.",
    "we don't need therapy":
      "I'm scared of what therapy might bring up. Could we talk about it later when we are both calm?",
    "honestly it won't help":
      "I'm scared of what this might bring up. Could we talk about it at the weekend?",
    'therapy is a waste of money':
      "I'm not sure about therapy yet, but I want to understand. What are you hoping it would change for us?",
    "there's nothing wrong with us":
      "I'm not sure about this yet, but I want to understand. What are you hoping it would change for us?",
    'therapy is for people with real problems':
      "I'm not sure about therapy yet, but I want to understand. What are you hoping it would change for us?",
    "I'm not having the therapy conversation again, it's a waste of time":
      'Therapy feels like a big step for me. Could we talk about what it would look like?',
    "we're fine, we don't need some stranger telling us how to live":
      "I'm not ready to say yes to talking to someone yet, but I'm willing to talk about it. Can we do that later when we are both calm?",
    "I'm not going to couples counselling, end of":
      "I'm not ready to say yes to counselling yet, but I'm willing to talk about it. Can we do that later when we are both calm?",
  },
  'crisis-frame': {
    'this is do or die for us, we need a counsellor':
      "I'd really like us to see a counsellor together, as a space to learn and grow, because we matter to me. Would you be open to it?",
    'it’s counselling or I’m moving out, this is our last chance':
      "I don't see counselling as a last resort; I see it as a way to learn. Would you think about it with me?",
    'it’s therapy or nothing at this point':
      'I think we deserve some support, and therapy could be a good place to start. What do you think?',
    'our marriage is over unless we get help':
      "I'm committed to our marriage, and I think getting some help could help us understand each other. Could we talk about it this evening?",
    'we’re at rock bottom, we need professional help immediately':
      "I'm committed to us, and I think professional help could help us understand each other. Could we talk about it tonight?",
    'therapy is our last resort':
      "I'm committed to us, and I think therapy could help us understand each other. Could we talk about it this evening?",
    'our marriage is on life support, counselling is the only way':
      "I'd like us to learn some new ways of handling things together, because our marriage matters to me. Would you try counselling with me?",
    "we're drowning, we need someone to help us before it's too late":
      "I don't see talking to someone as a last resort; I see it as a way to learn. Would you think about it with me?",
    'this relationship is broken beyond repair':
      "I'd like us to learn some new ways of handling things together, because our relationship matters to me.",
    'if we don’t get help now we won’t survive this':
      "I don't see getting some help as a last resort; I see it as a way to learn. Would you think about it with me?",
    'we need a counsellor before this destroys us':
      'I think we deserve some support, and a counsellor could be a good place to start. What do you think?',
  },
  'urgent-help': {
    'we need a counsellor TODAY':
      "What would a counsellor mean to you? I'd love us to see a counsellor together, as a way to grow.",
    "please just book the counselling, it's urgent":
      'Lots of couples try counselling to get better at this, not because something is broken. Would you think about it with me?',
    "we're a disaster and we need a therapist yesterday":
      "What would a therapist mean to you? I'd love us to see a therapist together, as a way to grow.",
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

describe('rewrites over the dev corpus', () => {
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
      "I made pasta. I'd really like some help. Lately I've been feeling overwhelmed when you don't help with the dishes.",
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
