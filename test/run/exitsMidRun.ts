// Test helper for process-tree-kill: starts a hanging program, waits until it runs, then exits Node
// abruptly. The program is detached, so only runProgram's exit hook can take it down with us.
import { runFixture, waitForPid } from './fixtureRun.ts';

const pidFile = process.argv[2];
void runFixture('hang_no_watchdog.py', { timeoutMs: 60_000, args: [pidFile] });
await waitForPid(pidFile);
process.exit(0);
