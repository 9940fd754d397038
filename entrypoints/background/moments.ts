/**
 * The background's part in the moment of sending (issue 14): it keeps drafts for later in
 * storage.session and counts the weekly reflection, for content scripts that may not touch
 * storage.session themselves. Every payload is checked on arrival.
 */
import { DraftRequest, KeepDraftRequest, MomentRequest, onMessage } from '../../lib/protocol';
import { clearReflection, countMoment, forgetDraft, keepDraft, keptDraft } from '../../lib/send/store';

export function listenForMoments(): void {
  onMessage('keepDraft', async ({ data }) => {
    const parsed = KeepDraftRequest.safeParse(data);
    if (!parsed.success) return false;
    await keepDraft(parsed.data.host, parsed.data.text);
    return true;
  });
  onMessage('keptDraft', async ({ data }) => {
    const parsed = DraftRequest.safeParse(data);
    return parsed.success ? keptDraft(parsed.data.host) : null;
  });
  onMessage('forgetDraft', async ({ data }) => {
    const parsed = DraftRequest.safeParse(data);
    if (parsed.success) await forgetDraft(parsed.data.host);
  });
  onMessage('countMoment', async ({ data }) => {
    const parsed = MomentRequest.safeParse(data);
    if (parsed.success) await countMoment(parsed.data.event, parsed.data.categories);
  });
  onMessage('clearReflection', () => clearReflection());
}
