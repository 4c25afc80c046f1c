import { describe, expect, it } from 'vitest';

import { MAX_SHARED_CHARS, readShared, shareFragment } from '../../../../src/widgets/playground/share';

const FILE = 'tasks-playground.py';

describe('share links', () => {
  it('carry a program there and back, Korean text and markup included', () => {
    const source = 'import asyncio\nprint("안녕 <img src=x onerror=alert(1)>")\n';
    const fragment = shareFragment(FILE, source);
    expect(fragment).toMatch(/^#play=tasks-playground\.py:[A-Za-z0-9_-]+$/);
    expect(readShared(fragment, FILE)).toEqual({ kind: 'program', source });
  });

  it('belong to one playground: another program ignores them', () => {
    expect(readShared(shareFragment('other.py', 'x = 1\n'), FILE)).toEqual({ kind: 'none' });
    expect(readShared('#section-heading', FILE)).toEqual({ kind: 'none' });
    expect(readShared('', FILE)).toEqual({ kind: 'none' });
  });

  it('refuse a link that does not decode cleanly, whole', () => {
    const good = shareFragment(FILE, 'print("hi")\n');
    expect(readShared(`${good}<script>`, FILE)).toEqual({ kind: 'unreadable' });
    expect(readShared(`#play=${FILE}:%3Cb%3E`, FILE)).toEqual({ kind: 'unreadable' });
    expect(readShared(`#play=${FILE}`, FILE)).toEqual({ kind: 'unreadable' });
    expect(readShared('#play=%E0%A4%A:abc', FILE)).toEqual({ kind: 'unreadable' });
    // Bytes that are not UTF-8 (0xff 0xfe), base64url-encoded.
    expect(readShared(`#play=${FILE}:__4`, FILE)).toEqual({ kind: 'unreadable' });
  });

  it('refuse programs too long to be a lesson edit', () => {
    const long = 'x = 1\n'.repeat(Math.ceil(MAX_SHARED_CHARS / 6) + 1);
    expect(readShared(shareFragment(FILE, long), FILE)).toEqual({ kind: 'unreadable' });
  });
});
