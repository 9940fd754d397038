import { oneCardEach } from '../lib/cards';
import { CATEGORY_INFO } from '../lib/categories';
import type { Finding } from '../lib/types';

/** The focused message box's findings on this tab, each rewrite with "Copy" and "Use this". */
export interface CurrentMessageProps {
  /** The findings, or null while asking the page. */
  findings: readonly Finding[] | null;
  /** Puts a rewrite into the page's message box, as the card's "Use this" does. */
  onUse: (finding: Finding, rewrite: string) => void;
  /** The whole message rewritten (issue 12), when known. */
  whole?: string | null;
  /** Puts the whole rewrite in place of the message, as the card's "Use the whole rewrite" does. */
  onUseWhole?: (whole: string) => void;
}

export function CurrentMessage({ findings, onUse, whole, onUseWhole }: CurrentMessageProps) {
  if (!findings || findings.length === 0) return null;
  return (
    <section aria-labelledby="current-title" data-testid="softer-current">
      <h2 id="current-title">Your message on this page</h2>
      {whole && onUseWhole && (
        <p class="rewrite whole">
          <span>{whole}</span>
          <span class="actions">
            <button type="button" onClick={() => void navigator.clipboard.writeText(whole)}>
              Copy
            </button>
            <button type="button" data-testid="softer-popup-use-whole" onClick={() => onUseWhole(whole)}>
              Use the whole rewrite
            </button>
          </span>
        </p>
      )}
      <ul class="findings">
        {oneCardEach(findings).map((f) => (
          <li key={`${f.ruleId}:${f.start}`}>
            <strong>{CATEGORY_INFO[f.category].label}</strong>: “{f.text}”
            {f.rewrites.map((r) => (
              <p key={r} class="rewrite">
                <span>{r}</span>
                <span class="actions">
                  <button type="button" onClick={() => void navigator.clipboard.writeText(r)}>
                    Copy
                  </button>
                  <button type="button" data-testid="softer-popup-use" onClick={() => onUse(f, r)}>
                    Use this
                  </button>
                </span>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
