import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';

import { versionStrings } from '../../../src/widgets/version-strings';
import { VersionNoteSlot, VersionSwitch } from '../../../src/widgets/VersionSwitch';

const en = versionStrings('en');

describe('VersionSwitch', () => {
  it('is a select labelled "Python version" with the chosen version selected', () => {
    const html = renderToString(h(VersionSwitch, { version: '3.12', onChange: () => {}, t: en }));

    expect(html).toMatch(/^<label[^>]*>Python version <select>/);
    expect(html).toContain('<option selected value="3.12">Python 3.12</option>');
    expect(html).not.toContain('3.14');
  });
});

describe('VersionNoteSlot', () => {
  it('renders nothing for an empty note, and the build\'s HTML as it is otherwise', () => {
    expect(renderToString(h(VersionNoteSlot, { html: '' }))).toBe('');
    expect(renderToString(h(VersionNoteSlot, { html: '<div role="note">x</div>' }))).toBe('<div class="el-version-slot"><div role="note">x</div></div>');
  });
});
