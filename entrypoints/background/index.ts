import { analyze } from '../../lib/index';
import { AnalyzeRequest, onMessage, sendMessage } from '../../lib/protocol';

// The engine (and compromise with it) lives here, off the page's main thread: content scripts stay
// small and a page pays nothing for Softer until someone types.
export default defineBackground(() => {
  // Pay compromise's start-up (~150 ms) when the worker starts, not on the first keystroke.
  analyze('warm up');

  onMessage('analyze', ({ data }) => {
    const parsed = AnalyzeRequest.safeParse(data);
    return parsed.success ? analyze(parsed.data.text) : [];
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-suggestions') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('openSuggestions', undefined, tab.id).catch(() => undefined);
  });
});
