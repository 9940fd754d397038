// A conversation for an editor fixture page, so that the page really sends (issue 14), the way chat
// apps built on these editors do: the editor's own Enter binding (and a Send button beside a voice-note
// button) adds the message to the conversation above and empties the editor through its own model.
// Each message is marked data-testid="chat-message".

export interface Conversation {
  /** Sends what the editor holds, if anything; true when a message was added. */
  send(): boolean;
}

export function conversation(read: () => string, clear: () => void): Conversation {
  const editor = document.getElementById('editor') as HTMLElement;
  const list = document.createElement('div');
  list.id = 'conversation';
  editor.before(list);
  const post = (text: string) => {
    const bubble = document.createElement('div');
    bubble.dataset.testid = 'chat-message';
    bubble.style.whiteSpace = 'pre-wrap';
    bubble.textContent = text;
    list.append(bubble);
  };
  const send = () => {
    const text = read();
    if (text.trim() === '') return false;
    post(text);
    clear();
    return true;
  };
  const row = document.createElement('div');
  row.className = 'send-row';
  const voice = document.createElement('button');
  voice.type = 'button';
  voice.setAttribute('aria-label', 'Voice message');
  voice.textContent = 'Voice';
  voice.addEventListener('click', () => post('🎤 voice note'));
  const sendButton = document.createElement('button');
  sendButton.type = 'button';
  sendButton.className = 'send';
  sendButton.setAttribute('aria-label', 'Send');
  sendButton.textContent = 'Send';
  sendButton.addEventListener('click', () => send());
  row.append(voice, sendButton);
  editor.after(row);
  return { send };
}
