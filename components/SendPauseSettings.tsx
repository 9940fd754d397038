import { CATEGORY_INFO } from '../lib/categories';
import { SERIOUS_LEVELS, type SeriousLevel } from '../lib/send/serious';
import type { SendPauseSettings as SendPause } from '../lib/settings/schema';
import { CATEGORIES } from '../lib/types';

/** The options for the pause before sending (issue 14): on or off, what counts as serious, where, and when a break is suggested. */
export interface SendPauseSettingsProps {
  /** The current settings. */
  sendPause: SendPause;
  /** The sites listed on the options page, for the per-site choice. */
  hosts: readonly string[];
  /** Changes the stored settings. */
  onChange: (change: (sendPause: SendPause) => void) => void;
}

const LEVEL_LABELS: Record<SeriousLevel, string> = {
  any: 'Always pause',
  confident: 'Pause when Softer is sure',
  off: 'Never pause',
};

export function SendPauseSettings({ sendPause, hosts, onChange }: SendPauseSettingsProps) {
  const lateOff = sendPause.lateWindow.start === sendPause.lateWindow.end;
  return (
    <section aria-labelledby="send-pause-title" data-testid="softer-send-pause-settings">
      <h2 id="send-pause-title">Before you send</h2>
      <label class="row">
        <input
          type="checkbox"
          data-testid="softer-send-pause"
          checked={sendPause.enabled}
          onChange={(e) =>
            onChange((s) => {
              s.enabled = (e.target as HTMLInputElement).checked;
            })
          }
        />
        Pause before a harsh message is sent, and ask first
      </label>
      <p class="hint">
        Enter or the site’s Send button is held once per message; a second Enter sends it. Threats, contempt
        and help framed as a last resort pause always; the others only when Softer is sure.
      </p>
      <table class="levels">
        <tbody>
          {CATEGORIES.map((category) => (
            <tr key={category}>
              <td>{CATEGORY_INFO[category].label}</td>
              <td>
                <select
                  aria-label={`When to pause for ${CATEGORY_INFO[category].label}`}
                  data-testid={`softer-send-level-${category}`}
                  value={sendPause.levels[category]}
                  disabled={!sendPause.enabled}
                  onChange={(e) =>
                    onChange((s) => {
                      s.levels[category] = (e.target as HTMLSelectElement).value as SeriousLevel;
                    })
                  }
                >
                  {SERIOUS_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {LEVEL_LABELS[level]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>A better moment</h3>
      <div class="row">
        <span>Late at night, from</span>
        <input
          type="time"
          aria-label="Late night starts"
          data-testid="softer-late-start"
          value={sendPause.lateWindow.start}
          onChange={(e) =>
            onChange((s) => {
              const value = (e.target as HTMLInputElement).value;
              if (/^\d\d:\d\d$/.test(value)) s.lateWindow.start = value;
            })
          }
        />
        <span>to</span>
        <input
          type="time"
          aria-label="Late night ends"
          data-testid="softer-late-end"
          value={sendPause.lateWindow.end}
          onChange={(e) =>
            onChange((s) => {
              const value = (e.target as HTMLInputElement).value;
              if (/^\d\d:\d\d$/.test(value)) s.lateWindow.end = value;
            })
          }
        />
      </div>
      <p class="hint">
        {lateOff
          ? 'Off: the same start and end.'
          : 'At these hours a paused message also suggests a 20-minute break (the same start and end turns this off).'}
      </p>
      <label class="row">
        <input
          type="checkbox"
          checked={sendPause.heatedNudge}
          onChange={(e) =>
            onChange((s) => {
              s.heatedNudge = (e.target as HTMLInputElement).checked;
            })
          }
        />
        Suggest a break when several harsh drafts come within a few minutes
      </label>
      <h3>Where</h3>
      <ul class="plain">
        {hosts.map((host) => (
          <li key={host} class="row">
            <label>
              <input
                type="checkbox"
                data-testid={`softer-send-pause-site-${host}`}
                checked={!sendPause.offSites.includes(host)}
                disabled={!sendPause.enabled}
                onChange={(e) =>
                  onChange((s) => {
                    const on = (e.target as HTMLInputElement).checked;
                    s.offSites = on ? s.offSites.filter((h) => h !== host) : [...s.offSites, host];
                  })
                }
              />
              Pause on {host}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
