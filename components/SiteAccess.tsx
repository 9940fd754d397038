/**
 * For a site Softer may not read yet: "Turn on for this site" asks the browser for that one site.
 * The browser's own prompt decides; declining changes nothing, and this says so.
 */
export interface SiteAccessProps {
  hostname: string;
  /** The person declined the browser's prompt for this site (now, or the last time this popup asked). */
  declined: boolean;
  /** Asks the browser; must run inside the click (browsers only ask during a user gesture). */
  onTurnOn: () => void;
}

export function SiteAccess({ hostname, declined, onTurnOn }: SiteAccessProps) {
  return (
    <div class="site access" data-testid="softer-site-access">
      <p>
        Softer isn’t reading <strong>{hostname}</strong>.
      </p>
      <button type="button" class="primary" data-testid="softer-turn-on" onClick={onTurnOn}>
        Turn on for this site
      </button>
      <p class="hint">
        Your browser will ask to let Softer read this one site. What you type never leaves your device.
      </p>
      {declined && (
        <p role="status" data-testid="softer-access-declined">
          You didn’t allow Softer on {hostname}, so nothing changed.
        </p>
      )}
    </div>
  );
}
