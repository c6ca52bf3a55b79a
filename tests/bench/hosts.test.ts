import { describe, expect, it } from 'vitest';
import { hostFit, type HostLimits } from '../../src/bench/hosts.ts';

const HOST: HostLimits = { name: 'Test host', source: 'https://example.org/limits', totalBytes: 1000, files: 3, fileBytes: 25 * 1024 * 1024, filesPerFolder: 2 };

describe('which hosts a built folder fits', () => {
  it('fits when every limit holds', () => {
    expect(hostFit([{ path: 'a/index.html', bytes: 10 }, { path: 'b/index.html', bytes: 10 }], [HOST])).toEqual([{ host: 'Test host', fits: true, over: [] }]);
  });

  it('names each limit passed: total size, file count, largest file, fullest folder', () => {
    const files = [
      { path: 'data/all.zip', bytes: 30 * 1024 * 1024 },
      { path: 'ky/x/index.html', bytes: 1 },
      { path: 'ky/y/index.html', bytes: 1 },
      { path: 'data/a.csv', bytes: 1 },
      { path: 'data/b.csv', bytes: 1 },
    ];
    const [fit] = hostFit(files, [HOST]);
    expect(fit!.fits).toBe(false);
    expect(fit!.over).toEqual([
      expect.stringMatching(/GB in all$/),
      '5 files > 3',
      'data/all.zip is 30.0 MiB > 25 MiB',
      'data holds 3 files > 2',
    ]);
  });

  it('checks only the limits a host publishes', () => {
    expect(hostFit(Array.from({ length: 10 }, (_, i) => ({ path: `p${i}.html`, bytes: 1 })), [{ name: 'Only size', source: '', totalBytes: 100 }])[0]!.fits).toBe(true);
  });
});
