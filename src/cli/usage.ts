import { VALID_FLAGS } from '../options/parseArgs.ts';

/** `ftconform help`. */
export const usage = (): string => `usage: ftconform <command> [flags]

Checks that a free-threaded CPython keeps the documented thread-safety guarantees of dict, list and set.

commands:
  run         check the guarantees (finds or builds an interpreter unless --interp is given)
  doctor      show what an interpreter is and how well its threads run in parallel
  provision   find a free-threaded CPython or build one into the cache; prints its path last
              (--version X.Y.Z: that version; --tsan: a ThreadSanitizer build; builds sit side by side)
  merge DIR…  merge the shards' results (DIR/results.jsonl) into one JUnit, HTML report and summary;
              with one DIR, re-render its reports without running anything (also: report DIR)
  help        this text

flags:
  --interp PATH          interpreter to use (repeatable); default: $FTCONFORM_PYTHON, PATH, cache, or build
  --allow-gil            accept a free-threaded build whose GIL is on (results become inconclusive)
  --seed=S               fast-check seed to replay (may be negative: use '=')
  --path=P               fast-check replay path (needs --seed=)
  --property NAME        run only the property of that name (replay commands give it with --path)
  --suite NAME           run only this suite (repeatable)
  --profile NAME         quick | default | soak (default: quick when CI=true, else default)
  --budget 5m            time budget (per shard): 90s, 5m, 1h or plain seconds; in run, a case that ran over
                         is paid back by the cases after it, and shrinking gets what is left (at least 5 s)
  --shrink-budget 20s    time to shrink each finding (default: quick 20s, default 1m, soak 2m); when it
                         ends, the smallest failing scenario so far is reported
  --junit PATH           JUnit report (default: reports/junit.xml)
  --gil-differential     also run each scenario with PYTHON_GIL=1
  --reports DIR          report directory (default: reports)
  --tsan                 use a ThreadSanitizer build (cached or built) and report its data races as findings
  --version X.Y.Z        that CPython version, found in the cache or built (without --interp)
  --compare              with two --interp: the cases whose verdict differs, rerun on both (ftconform run only)
  --shard i/n            run only part i of n of the run (same --seed= on every shard; merge them after);
                         auto or auto/n: from FTCONFORM_SHARD, CI_NODE_INDEX/CI_NODE_TOTAL or JOB_COMPLETION_INDEX

environment:
  FTCONFORM_PYTHON           interpreter to use when --interp is not given
  FTCONFORM_CACHE            where built interpreters go (default: $XDG_CACHE_HOME/ftconform or ~/.cache/ftconform)
  FTCONFORM_PROBE_TIMEOUT_MS bound on probing one interpreter (default: 20000)
  FTCONFORM_SEED             the seed when --seed is not given
  FTCONFORM_SHARD            i/n for --shard auto; FTCONFORM_SHARD_TOTAL: n where the engine gives only an index
  TSAN_OPTIONS               added after ftconform's own on a ThreadSanitizer build (yours win)

all flags: ${VALID_FLAGS}
`;
