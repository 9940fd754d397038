/** The on/off switch for Softer on one site. */
export interface SiteToggleProps {
  /** The site's hostname, or null when the tab is not a web page Softer can run on. */
  hostname: string | null;
  /** Whether Softer reads fields there now. */
  enabled: boolean;
  /** Switches it. */
  onChange: (enabled: boolean) => void;
}

export function SiteToggle({ hostname, enabled, onChange }: SiteToggleProps) {
  if (!hostname) return <p class="site">Softer runs on web pages; this tab isn't one.</p>;
  return (
    <div class="site">
      <span id="site-label">
        Softer on <strong>{hostname}</strong>
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        aria-labelledby="site-label"
        data-testid="softer-site-toggle"
        class={enabled ? 'switch on' : 'switch'}
        onClick={() => onChange(!enabled)}
      >
        {enabled ? 'On' : 'Off'}
      </button>
    </div>
  );
}
