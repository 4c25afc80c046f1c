import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';

import { differencesFrom } from '../../../src/widgets/version-differences';
import { versionStrings } from '../../../src/widgets/version-strings';
import { VersionNote } from '../../../src/widgets/VersionNote';

const en = versionStrings('en');
const text = (html: string): string => html.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');

describe('VersionNote', () => {
  const runs = {
    '3.13': { stdout: 'a\n', stderr: 'warn\n' },
    '3.12': { stdout: 'a\n', stderr: 'warn\n' },
    '3.11': { stdout: 'b\n', stderr: '' },
  };

  it('says which versions print something else and shows what, with both stderrs where they differ', () => {
    const html = renderToString(h(VersionNote, { differences: differencesFrom(runs, '3.13'), current: runs['3.13'], shown: '3.13', t: en }));

    expect(text(html)).toBe('|On 3.11, this program prints something else:|b|and writes to stderr:|(nothing)|On 3.13, shown here, it writes to stderr:|warn|');
  });

  it('keeps the other output back in a predict exercise not yet solved', () => {
    const html = renderToString(h(VersionNote, { differences: differencesFrom(runs, '3.11'), current: runs['3.11'], shown: '3.11', t: en, hideOutput: true }));

    expect(text(html)).toBe('|On 3.13 and 3.12, this program prints something else. Switch the version to predict that run instead.|');
  });

  it('renders nothing when every version prints the same', () => {
    const same = { stdout: 'x\n', stderr: '' };

    expect(renderToString(h(VersionNote, { differences: [], current: same, shown: '3.13', t: en }))).toBe('');
  });
});

describe('VersionNote escaping', () => {
  it('writes what a program printed as text, never as markup', () => {
    const runs = { '3.13': { stdout: 'a\n', stderr: '' }, '3.12': { stdout: 'a\n', stderr: '' }, '3.11': { stdout: '<img src=x onerror=alert(1)>\n', stderr: '' } };

    const html = renderToString(h(VersionNote, { differences: differencesFrom(runs, '3.13'), current: runs['3.13'], shown: '3.13', t: en }));

    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
  });
});
