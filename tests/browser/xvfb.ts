/**
 * A virtual X display for the few tests that need what only a real key press reaches: the browser's
 * own permission prompt, and extension shortcuts (which ignore Playwright's synthetic key events).
 * Xvfb gives the display, xdotool the key presses (Debian: apt-get install -y xvfb xdotool).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';

export const XVFB_MISSING =
  'These tests press real keys in a virtual display: install Xvfb and xdotool (sudo apt-get install -y xvfb xdotool).';

export interface Display {
  /** ":N", for DISPLAY. */
  name: string;
  /** Presses keys there, xdotool's names ("alt+shift+s", "Tab", "Return", "Escape"). */
  keys(...keys: string[]): void;
  stop(): void;
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts Xvfb on a free display number (Xvfb picks it and reports it on -displayfd). */
export function startDisplay(): Promise<Display> {
  if (!has('Xvfb') || !has('xdotool')) return Promise.reject(new Error(XVFB_MISSING));
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s.')), 10_000);
    xvfb.once('error', reject);
    xvfb.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const number = /^(\d+)\n/.exec(out)?.[1];
      if (number === undefined) return;
      clearTimeout(timer);
      const name = `:${number}`;
      resolve({
        name,
        keys: (...keys) => {
          execFileSync('xdotool', ['key', '--delay', '60', ...keys], {
            env: { ...process.env, DISPLAY: name },
          });
        },
        stop: () => xvfb.kill(),
      });
    });
  });
}
