/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SuggestionCard } from '../../components/SuggestionCard';
import { detect } from '../../lib/index';
import type { Finding } from '../../lib/types';

const POSITION = { top: 10, left: 10, maxHeight: 600 };

function draw(root: HTMLElement, findings: Finding[], loading?: (f: Finding) => boolean) {
  act(() => {
    render(
      <SuggestionCard
        findings={findings}
        position={POSITION}
        focusFirst={true}
        onUse={() => undefined}
        onIgnore={() => undefined}
        onTurnOff={() => undefined}
        onClose={() => undefined}
        loading={loading}
      />,
      root,
    );
  });
}

describe('SuggestionCard while its rewrites are on their way (issue 12)', () => {
  it('says it is finding gentler words, then offers them, focus moving to the first from the keyboard', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const [finding] = detect('you never listen to me') as [Finding];
    draw(root, [finding], () => true);
    expect(root.querySelector('[data-testid="softer-rewrites-loading"]')?.textContent).toBe(
      'Finding gentler words…',
    );
    expect(root.querySelectorAll('[data-testid="softer-use-rewrite"]')).toHaveLength(0);
    // Opened from the keyboard: focus waits on the card's first button.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close suggestions');
    draw(root, [{ ...finding, rewrites: ['I feel lonely when you don’t listen to me.'] }], () => false);
    expect(root.querySelector('[data-testid="softer-rewrites-loading"]')).toBeNull();
    expect(root.querySelector('.softer-rewrites .softer-rewrite-text')?.textContent).toBe(
      'I feel lonely when you don’t listen to me.',
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('softer-use-rewrite');
    act(() => render(null, root));
    root.remove();
  });

  it('shows no loading line for a finding whose rewrites are known', () => {
    const root = document.createElement('div');
    const [finding] = detect('you never listen to me') as [Finding];
    draw(root, [finding]);
    expect(root.querySelector('[data-testid="softer-rewrites-loading"]')).toBeNull();
    act(() => render(null, root));
  });
});
