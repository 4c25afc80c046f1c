/**
 * Share links: the edited program travels in the page URL's fragment, so it never reaches a
 * server. `#play=<file>:<base64url of the UTF-8 source>`. Whatever a link carries is only ever
 * decoded to text and put in the editor and the visualizer as text, never as markup; a link that
 * does not decode cleanly (truncated, edited by hand, too long) is refused as a whole.
 */

/** Longer programs make unwieldy links, and no lesson program comes near. */
export const MAX_SHARED_CHARS = 20_000;
const KEY = 'play=';

export function shareFragment(file: string, source: string): string {
  const bytes = new TextEncoder().encode(source);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const b64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#${KEY}${encodeURIComponent(file)}:${b64}`;
}

export type SharedProgram =
  | { kind: 'none' }
  | { kind: 'program'; source: string }
  | { kind: 'unreadable' };

/** What a URL fragment (`location.hash`) shares with the playground of `file`. */
export function readShared(hash: string, file: string): SharedProgram {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body.startsWith(KEY)) return { kind: 'none' };
  const rest = body.slice(KEY.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return { kind: 'unreadable' };
  let target: string;
  try {
    target = decodeURIComponent(rest.slice(0, colon));
  } catch {
    return { kind: 'unreadable' };
  }
  if (target !== file) return { kind: 'none' };
  const b64 = rest.slice(colon + 1);
  // base64 grows text by 4/3; UTF-8 by at most 3 bytes a character.
  if (!/^[A-Za-z0-9_-]*$/.test(b64) || b64.length > MAX_SHARED_CHARS * 4) return { kind: 'unreadable' };
  try {
    const binary = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (source.length > MAX_SHARED_CHARS || source.includes('\0')) return { kind: 'unreadable' };
    return { kind: 'program', source };
  } catch {
    return { kind: 'unreadable' };
  }
}
