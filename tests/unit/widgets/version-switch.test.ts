import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';

import { differencesFrom } from '../../../src/widgets/python-version';
import { versionStrings } from '../../../src/widgets/version-strings';
import { VersionNote, VersionSwitch } from '../../../src/widgets/VersionSwitch';

const en = versionStrings('en');
const text = (html: string): string => html.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');

describe('VersionSwitch', () => {
  it('is a select labelled "Python version" with the chosen version selected', () => {
    const html = renderToString(h(VersionSwitch, { version: '3.12', onChange: () => {}, t: en }));

    expect(html).toMatch(/^<label[^>]*>Python version <select>/);
    expect(html).toContain('<option selected value="3.12">Python 3.12</option>');
    expect(html).not.toContain('3.14');
  });
});

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
