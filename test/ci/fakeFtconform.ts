import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder with a fake `ftconform` to put first on PATH: it writes its arguments (one per line) to
 * $FAKE_ARGS, prints $FAKE_STDOUT, and exits with $FAKE_EXIT; with $FAKE_TERM set it waits until SIGTERM
 * and notes the signal in that file. What a CI configuration's shell does around ftconform is then
 * tested without running it.
 */
export const fakeFtconform = (): { bin: string; argsFile: string; args: () => string[] } => {
  const bin = mkdtempSync(join(tmpdir(), 'ftconform-fake-'));
  writeFileSync(join(bin, 'ftconform'), `#!/bin/sh
for a in "$@"; do printf '%s\\n' "$a"; done > "$FAKE_ARGS"
[ -n "$FAKE_STDOUT" ] && printf '%s\\n' "$FAKE_STDOUT"
if [ -n "$FAKE_TERM" ]; then
  trap 'echo TERM > "$FAKE_TERM"; exit 130' TERM
  echo waiting > "$FAKE_TERM.ready"
  while :; do sleep 0.05; done
fi
exit "\${FAKE_EXIT:-0}"
`);
  chmodSync(join(bin, 'ftconform'), 0o755);
  const argsFile = join(bin, 'args');
  return { bin, argsFile, args: () => readFileSync(argsFile, 'utf8').split('\n').slice(0, -1) };
};
