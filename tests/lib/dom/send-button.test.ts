/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { isSendButton } from '../../../lib/dom/send-button';

const el = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as Element;
};

describe('the send button, as sites mark it', () => {
  it.each([
    ['WhatsApp', '<button aria-label="Send"><span data-icon="send"></span></button>'],
    ['Messenger', '<div role="button" aria-label="Press enter to send"></div>'],
    ['Slack', '<button data-qa="texty_send_button" aria-label="Send now"></button>'],
    ['X', '<button data-testid="dmComposerSendButton"></button>'],
    ['Teams', '<button data-tid="newMessageCommands-send" title="Send (Ctrl+Enter)"></button>'],
    ['Google Chat', '<button aria-label="Send message"></button>'],
    ['Gmail', '<div role="button" data-tooltip="Send ‪(Ctrl-Enter)‬">Send</div>'],
    ['Telegram', '<button class="btn-icon btn-send send"></button>'],
    ['LinkedIn', '<button class="msg-form__send-button" type="submit">Send</button>'],
    ['a plain form', '<input type="submit" value="Send">'],
  ])('finds %s’s send button', (_site, html) => {
    expect(isSendButton(el(html))).toBe(true);
  });

  it.each([
    ['WhatsApp’s voice note', '<button aria-label="Voice message"><span data-icon="ptt"></span></button>'],
    ['Telegram’s microphone in the send spot', '<button class="btn-icon btn-send record"></button>'],
    [
      'Slack’s schedule',
      '<button data-qa="texty_send_options_button" aria-label="Schedule for later"></button>',
    ],
    ['Gmail’s schedule send', '<div role="button" aria-label="Schedule send"></div>'],
    ['an attachment button', '<button aria-label="Send a file"></button>'],
    ['an emoji button', '<button aria-label="Emoji"></button>'],
    ['“Sender” details', '<button aria-label="Sender details"></button>'],
    ['feedback', '<button>Send feedback</button>'],
  ])('never takes %s for it', (_what, html) => {
    expect(isSendButton(el(html))).toBe(false);
  });
});
