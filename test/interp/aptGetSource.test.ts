import { describe, expect, it } from 'vitest';
import { APT_ATTEMPTS, aptPrivateArgs, aptSourcesList } from '../../src/interp/aptGetSource.ts';

describe('apt-get source with a private configuration', () => {
  it('lists each suite once, signed by the Debian archive keyring', () => {
    expect(aptSourcesList(['forky', 'forky', 'trixie'])).toBe(
      'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian forky main\n' +
        'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main\n',
    );
  });

  it('points sources, lists and cache at the private dir and never at /etc/apt', () => {
    const args = aptPrivateArgs('/w/apt').join(' ');
    expect(args).toContain('-o Dir::Etc::SourceList=/w/apt/sources.list');
    expect(args).toContain('-o Dir::Etc::SourceParts=/dev/null');
    expect(args).toContain('-o Dir::State::Lists=/w/apt/lists');
    expect(args).toContain('-o Dir::Cache=/w/apt/cache');
    expect(args).not.toContain('/etc/apt');
  });

  it('tries 3.14 before 3.13', () => {
    expect(APT_ATTEMPTS[0].pkg).toBe('python3.14');
    expect(APT_ATTEMPTS.at(-1)).toEqual({ pkg: 'python3.13', suite: 'trixie' });
  });
});
