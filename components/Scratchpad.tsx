import { useState } from 'preact/hooks';
import { CATEGORY_INFO } from '../lib/categories';
import type { Finding } from '../lib/types';

/** "Paste a message, get gentler versions": works on any page, even where Softer is off. */
export interface ScratchpadProps {
  /** Analyses a text (through the background, so the popup stays light). */
  analyze: (text: string) => Promise<Finding[]>;
}

export function Scratchpad({ analyze }: ScratchpadProps) {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState('');

  const check = async () => {
    setError('');
    try {
      setFindings(await analyze(text));
    } catch {
      setError('Softer could not check this message. Your text is still here; try again.');
    }
  };

  return (
    <section class="scratchpad" aria-labelledby="scratchpad-title">
      <h2 id="scratchpad-title">Try a message</h2>
      <textarea
        aria-label="Message to check"
        placeholder="Paste a message, get gentler versions"
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        rows={4}
      />
      <button
        type="button"
        onClick={check}
        disabled={text.trim() === ''}
        data-testid="softer-scratchpad-check"
      >
        Check
      </button>
      {error && <p role="alert">{error}</p>}
      {findings && findings.length === 0 && <p class="clean">Nothing harsh found. 💜</p>}
      {findings && findings.length > 0 && (
        <ul class="findings" data-testid="softer-scratchpad-findings" aria-live="polite">
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`}>
              <strong>{CATEGORY_INFO[f.category].label}</strong>: “{f.text}”<p>{f.why}</p>
              {f.rewrites.map((r) => (
                <p key={r} class="rewrite">
                  <span>{r}</span>
                  <button type="button" onClick={() => void navigator.clipboard.writeText(r)}>
                    Copy
                  </button>
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
