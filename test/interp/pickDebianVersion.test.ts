import { describe, expect, it } from 'vitest';
import { pickDebianVersion, showsrcVersions, upstreamOf } from '../../src/interp/pickDebianVersion.ts';

// What `apt-cache showsrc python3.13` answered with forky and trixie in the private sources list (trimmed).
const SHOWSRC = `Package: python3.13
Binary: python3.13, python3.13-venv, libpython3.13-stdlib
Version: 3.13.15-1
Maintainer: Matthias Klose <doko@debian.org>

Package: python3.13
Binary: python3.13, python3.13-venv, libpython3.13-stdlib
Version: 3.13.5-2+deb13u5
Maintainer: Matthias Klose <doko@debian.org>
`;

describe('pickDebianVersion', () => {
  it('reads every version the archive serves and picks the one packaging the upstream release asked for', () => {
    const versions = showsrcVersions(SHOWSRC);
    expect(versions).toEqual(['3.13.15-1', '3.13.5-2+deb13u5']);
    expect(pickDebianVersion(versions, '3.13.5')).toBe('3.13.5-2+deb13u5');
    expect(pickDebianVersion(versions, '3.13.15')).toBe('3.13.15-1');
    expect(pickDebianVersion(versions, '3.13.1')).toBeUndefined();
  });

  it('drops the epoch and the Debian revision, and only those', () => {
    expect(upstreamOf('1:3.13.5-2+deb13u5')).toBe('3.13.5');
    expect(upstreamOf('3.14.0~rc1-1')).toBe('3.14.0~rc1');
  });
});
