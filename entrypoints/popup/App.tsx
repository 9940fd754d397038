import { Scratchpad } from '../../components/Scratchpad';
import { sendMessage } from '../../lib/protocol';

/** The popup: a scratchpad that works on any page, and the article's advice in four lines. */
export function App() {
  return (
    <main class="popup">
      <header>
        <h1>Softer</h1>
        <p class="tagline">Gentler words, written on your device.</p>
      </header>
      <Scratchpad analyze={(text) => sendMessage('analyze', { text })} />
      <section aria-labelledby="why-title" class="why">
        <h2 id="why-title">Why</h2>
        <ul>
          <li>Speak from your own experience, not a diagnosis of theirs.</li>
          <li>Choose a calm moment.</li>
          <li>A boundary, not an ultimatum.</li>
          <li>Asking for help is not a crisis.</li>
        </ul>
      </section>
    </main>
  );
}
