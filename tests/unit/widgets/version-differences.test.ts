import { describe, expect, it } from 'vitest';

import { differencesFrom } from '../../../src/widgets/version-differences';

describe('differencesFrom', () => {
  it('groups the other versions by what they print, newest first, and says which stream differs', () => {
    const runs = {
      '3.13': { stdout: 'a\n', stderr: '' },
      '3.12': { stdout: 'a\n', stderr: 'warning\n' },
      '3.11': { stdout: 'b\n', stderr: '' },
    };

    expect(differencesFrom(runs, '3.13')).toEqual([
      { versions: ['3.12'], printed: runs['3.12'], stdout: false, stderr: true },
      { versions: ['3.11'], printed: runs['3.11'], stdout: true, stderr: false },
    ]);
  });

  it('puts versions that print the same thing in one group', () => {
    const runs = { '3.13': { stdout: 'x\n', stderr: '' }, '3.12': { stdout: 'x\n', stderr: '' }, '3.11': { stdout: 'y\n', stderr: '' } };

    expect(differencesFrom(runs, '3.11').map((d) => d.versions)).toEqual([['3.13', '3.12']]);
  });

  it('is empty when every version prints the same, or the shown version has no run', () => {
    const same = { stdout: 'x\n', stderr: '' };

    expect(differencesFrom({ '3.13': same, '3.12': same, '3.11': same }, '3.12')).toEqual([]);
    expect(differencesFrom({ '3.13': same }, '3.11')).toEqual([]);
  });
});
