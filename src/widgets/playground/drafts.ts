/**
 * A learner's edits survive a reload: the playground keeps the latest draft of each program in
 * localStorage. Like the progress store, anything unreadable is ignored, and a storage that throws
 * (disabled, full, sandboxed) simply remembers nothing.
 */

export const DRAFT_PREFIX = 'asyncio-course:playground:v1:';
const MAX_DRAFT_CHARS = 50_000;

export function draftKey(path: string, file: string): string {
  const clean = path.split(/[?#]/)[0] ?? '/';
  return `${DRAFT_PREFIX}${clean.endsWith('/') ? clean : `${clean}/`}${file}`;
}

export function loadDraft(storage: Storage | null, key: string): string | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return null;
    const source = (data as { source?: unknown }).source;
    return typeof source === 'string' && source.length <= MAX_DRAFT_CHARS ? source : null;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Storage | null, key: string, source: string | null): void {
  if (!storage) return;
  try {
    if (source === null || source.length > MAX_DRAFT_CHARS) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ source }));
  } catch {
    // Full or disabled: the draft lives only in the editor.
  }
}
