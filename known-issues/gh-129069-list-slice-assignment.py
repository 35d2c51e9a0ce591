# ftconform data-race reproducer: gh-129069: lst[0:1] = [3, 2, 3] (memmove) while another thread scans it (5 in lst)
#
# Known upstream: https://github.com/python/cpython/issues/129069 (fixed in main by PRs #142957 and #143019)
# Reported on: /root/.cache/ftconform/cpython-3.13.15t-tsan/bin/python3.13t (Python 3.13.15, 3.13.15 experimental free-threading build (main, Nov 30 2026, 11:28:46) [GCC 12.2.0])
# Scenario:
#   c = [0, 1]  # shared list; lock: none
#   thread 0:
#       c[0:1] = (3, 2, 3)
#       r = None
#   thread 1:
#       r = 5 in c
#
# Usage: <ThreadSanitizer build of CPython> <this file> [seconds]   (default 30 s)
# Exit status: 1 when ThreadSanitizer reported one of the races below (its report is printed), 0 when the
# budget ended without it, 2 when the interpreter is not a ThreadSanitizer build.
import faulthandler
import json
import os
import random
import sys
import threading
import time
from array import array
from collections import Counter

# --- ftconform prelude: outcome encoding shared with the TypeScript oracle -------------------------
# Outcomes are hashable while the program runs (Counter keys) and encoded to canonical JSON once
# per distinct outcome: tuple/list -> array, dict -> {"d": [[k, v], ...]}, set -> {"s": sorted},
# exception -> {"e": "TypeName"}.
import json as _json


class _Exc:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


_EXCS = {}


def EXC(e):
    n = type(e).__name__
    x = _EXCS.get(n)
    if x is None:
        x = _EXCS[n] = _Exc(n)
    return x


class _D(tuple):
    __slots__ = ()


def FD(d):
    return _D(d.items())


def FS(s):
    return frozenset(s)


def FPAIR(f):
    # Two shared containers (c, o): the final state of both.
    return lambda p: (f(p[0]), f(p[1]))


def _LI(items):
    # A list and one iterator over it, shared by the threads.
    return (items, iter(items))


def FITER(p):
    return tuple(p[0])


def ENC(v):
    if isinstance(v, _Exc):
        return {"e": v.name}
    if isinstance(v, _D):
        return {"d": [[ENC(k), ENC(x)] for k, x in v]}
    if isinstance(v, (frozenset, set)):
        return {"s": [ENC(x) for x in sorted(v)]}
    if isinstance(v, dict):
        return {"d": [[ENC(k), ENC(x)] for k, x in v.items()]}
    if isinstance(v, (tuple, list)):
        return [ENC(x) for x in v]
    return v


def KEY(v):
    # ensure_ascii=False: escape only what JSON.stringify escapes, so both sides agree byte for byte.
    return _json.dumps(ENC(v), separators=(",", ":"), ensure_ascii=False)
# --- end of prelude ---------------------------------------------------------------------------------


faulthandler.enable()
_now = time.perf_counter_ns
_yield = time.sleep
GIL = bool(getattr(sys, "_is_gil_enabled", lambda: True)())
try:
    CPUS = len(os.sched_getaffinity(0))
except AttributeError:
    CPUS = os.cpu_count() or 1
STRIDE = 64
TIMED_EVERY = 8
# Threads meet every MEET elements; between meetings they run free (cheaper, still in step).
MEET = 2


class _Shared:
    __slots__ = ("conts", "prog", "res", "ts", "te", "timed", "stop")


def _sync_mode(nthreads):
    # With the GIL on or more threads than cores, a spinning thread waits on one that is not running:
    # spin briefly, then yield; under the GIL also switch threads as often as CPython allows.
    if GIL or nthreads > CPUS:
        if GIL:
            sys.setswitchinterval(1e-6)
        return "spin-yield", 50
    # Bounded even then: another process may have taken our core (the yield lets it give it back).
    return "spin", 2000


def _overlapped(ts, te, n):
    # A run overlapped when the intervals of at least two threads intersect.
    hits = 0
    if len(ts) == 2:
        a0, a1, b0, b1 = ts[0], te[0], ts[1], te[1]
        for j in range(n):
            if max(a0[j], b0[j]) < min(a1[j], b1[j]):
                hits += 1
        return hits
    for j in range(n):
        iv = sorted((ts[t][j], te[t][j]) for t in range(len(ts)))
        end = iv[0][1]
        for s, e in iv[1:]:
            if s < end:
                hits += 1
                break
            end = max(end, e)
    return hits

import re
import subprocess
import sysconfig
import tempfile


def scenario_k0(budget, max_runs, seed, stop_on=None):
    T = 2
    N = STRIDE
    mode, SPIN = _sync_mode(T)
    L = threading.Lock()
    rng = random.Random(seed)
    # Seeded jitter: a few idle steps before some operations, so that every order of arrival happens.
    jit = [[(rng.randrange(1, 12) if rng.random() < 0.3 else 0) for _ in range(N)] for _ in range(T)]
    sh = _Shared()
    sh.stop = False
    sh.res = [[None] * N for _ in range(T)]
    sh.ts = [[0] * N for _ in range(T)]
    sh.te = [[0] * N for _ in range(T)]
    go = threading.Barrier(T + 1)
    done = threading.Barrier(T + 1)

    def w0():
        jt = jit[0]
        res = sh.res[0]
        ts = sh.ts[0]
        te = sh.te[0]
        while True:
            go.wait()
            if sh.stop:
                return
            cs = sh.conts
            prog = sh.prog
            if sh.timed:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[0] = j0
                    n = 0
                    while prog[1] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        ts[j] = _now()
                        try:
                            c[0:1] = (3, 2, 3)
                            r = None
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        te[j] = _now()
                        res[j] = (r0,)
            else:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[0] = j0
                    n = 0
                    while prog[1] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        try:
                            c[0:1] = (3, 2, 3)
                            r = None
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        res[j] = (r0,)
            done.wait()

    def w1():
        jt = jit[1]
        res = sh.res[1]
        ts = sh.ts[1]
        te = sh.te[1]
        while True:
            go.wait()
            if sh.stop:
                return
            cs = sh.conts
            prog = sh.prog
            if sh.timed:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[1] = j0
                    n = 0
                    while prog[0] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        ts[j] = _now()
                        try:
                            r = 5 in c
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        te[j] = _now()
                        res[j] = (r0,)
            else:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[1] = j0
                    n = 0
                    while prog[0] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c = cs[j]
                        try:
                            r = 5 in c
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        res[j] = (r0,)
            done.wait()

    workers = [threading.Thread(target=w, daemon=True) for w in (w0, w1,)]
    for w in workers:
        w.start()
    hist = Counter()
    runs = rounds = timed = overlapped = known = 0
    started = time.monotonic()
    deadline = started + budget
    final = tuple
    while True:
        sh.conts = [[0, 1] for _ in range(N)]
        sh.prog = array('q', [-1] * T)
        sh.timed = rounds % TIMED_EVERY == 0
        go.wait()
        done.wait()
        res = sh.res
        hist.update(zip(res[0], res[1], map(final, sh.conts)))
        if sh.timed:
            timed += N
            overlapped += _overlapped(sh.ts, sh.te, N)
        runs += N
        rounds += 1
        # A reproducer stops as soon as an outcome it looks for shows up.
        if stop_on is not None and len(hist) != known:
            known = len(hist)
            if any(stop_on(KEY(k)) for k in hist):
                break
        if runs >= max_runs or time.monotonic() >= deadline:
            break
    sh.stop = True
    go.wait()
    for w in workers:
        w.join()
    return {"runs": runs, "hist": {KEY(k): v for k, v in hist.items()}, "timed": timed,
            "overlapped": overlapped, "sync": mode, "gil": GIL, "cpus": CPUS,
            "seconds": round(time.monotonic() - started, 3)}



# The races looked for: the functions each access is blamed on, in either order.
RACES = [
    ("list_ass_slice_lock_held", "list_get_item_ref"),
]

SUPPRESSIONS = "# This file contains suppressions for the free-threaded build. It contains the\n# suppressions for the default build and additional suppressions needed only in\n# the free-threaded build.\n#\n# reference: https://github.com/google/sanitizers/wiki/ThreadSanitizerSuppressions\n\n## Default build suppresssions\n\nrace:get_allocator_unlocked\nrace:set_allocator_unlocked\n\n## Free-threaded suppressions\n\n\n# These entries are for warnings that trigger in a library function, as called\n# by a CPython function.\n\n# https://gist.github.com/swtaarrs/8e0e365e1d9cecece3269a2fb2f2b8b8\nrace:sock_recv_impl\n\n# gh-124878: race condition when interpreter finalized while daemon thread runs\nrace:free_threadstate\n\n\n# These warnings trigger directly in a CPython function.\n\nrace_top:assign_version_tag\nrace_top:new_reference\nrace_top:_multiprocessing_SemLock_acquire_impl\nrace_top:list_get_item_ref\nrace_top:_Py_slot_tp_getattr_hook\nrace_top:add_threadstate\nrace_top:dump_traceback\nrace_top:fatal_error\nrace_top:_multiprocessing_SemLock_release_impl\nrace_top:_PyFrame_GetCode\nrace_top:_PyFrame_Initialize\nrace_top:PyInterpreterState_ThreadHead\nrace_top:_PyObject_TryGetInstanceAttribute\nrace_top:PyThreadState_Next\nrace_top:PyUnstable_InterpreterFrame_GetLine\nrace_top:sock_close\nrace_top:tstate_delete_common\nrace_top:tstate_is_freed\nrace_top:type_modified_unlocked\nrace_top:write_thread_id\nrace_top:PyThreadState_Clear\n# Only seen on macOS, sample: https://gist.github.com/aisk/dda53f5d494a4556c35dde1fce03259c\nrace_top:set_default_allocator_unlocked\n\n# gh-127266: type slot updates are not thread-safe (test_opcache.test_load_attr_method_lazy_dict)\nrace_top:update_one_slot\n\n# https://gist.github.com/mpage/6962e8870606cfc960e159b407a0cb40\nthread:pthread_create\n\n## ftconform's harness (src/tsan/harnessSuppressions.ts)\nrace_top:q_getitem\nrace_top:q_setitem\n"

# The innermost frame that is CPython's own code (the same rule as ftconform's src/tsan/blameFrame.ts).
_PLUMBING_FN = re.compile(r"^(__tsan_|__interceptor_|__sanitizer_|_Py_atomic_|__memmove|__memcpy|__memset)|^(memmove|memcpy|memset|free|malloc|realloc|calloc|<null>)$")
_PLUMBING_FILE = re.compile(r"(^|/)(Include|libsanitizer|compiler-rt)/")
_ACCESS = re.compile(r"^\s+(Previous )?((?:[Aa]tomic )?(?:[Rr]ead|[Ww]rite)) of size \d+ at ")
_FRAME = re.compile(r"^\s+#\d+ (\S+)(?: (\S+))?")


def blamed(report):
    out = []
    frames = None
    for line in report.splitlines():
        if _ACCESS.match(line):
            frames = []
            out.append(frames)
        elif frames is not None and _FRAME.match(line):
            fn, where = _FRAME.match(line).groups()
            frames.append((fn, where or ""))
        elif frames is not None and line.strip() == "":
            frames = None
    names = []
    for fs in out:
        mine = [fn for fn, where in fs if not _PLUMBING_FN.search(fn) and not _PLUMBING_FILE.search(where)
                and "libtsan" not in where]
        names.append(mine[0] if mine else (fs[0][0] if fs else "?"))
    return names


def reports(stderr):
    parts = re.split(r"^==================$", stderr, flags=re.M)
    return [p.strip("\n") for p in parts if "WARNING: ThreadSanitizer:" in p]


def child(seconds):
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:
        left = deadline - time.monotonic()
        faulthandler.dump_traceback_later(int(min(left, 1.0) * 3) + 60, exit=True)
        out = scenario_k0(min(left, 1.0), 10 ** 12, 1 + runs)
        faulthandler.cancel_dump_traceback_later()
        runs += out["runs"]
    print("runs %d" % runs)


def is_tsan_build():
    flags = " ".join(str(sysconfig.get_config_var(k) or "") for k in ("CONFIG_ARGS", "PY_CFLAGS", "CFLAGS", "LDFLAGS"))
    return "--with-thread-sanitizer" in flags or "-fsanitize=thread" in flags


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(float(sys.argv[2]))
        return
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30
    if not is_tsan_build():
        print("%s is not a ThreadSanitizer build (configure --with-thread-sanitizer): it cannot see data races" % sys.executable)
        sys.exit(2)
    with tempfile.NamedTemporaryFile("w", suffix=".supp", delete=False) as f:
        f.write(SUPPRESSIONS)
    options = "halt_on_error=0 exitcode=0 handle_segv=0 history_size=7 suppressions=" + f.name
    env = dict(os.environ, TSAN_OPTIONS=(options + " " + os.environ.get("TSAN_OPTIONS", "")).strip())
    wanted = set(tuple(sorted(r)) for r in RACES)
    deadline = time.monotonic() + seconds
    others = {}
    tries = 0
    try:
        while time.monotonic() < deadline:
            tries += 1
            chunk = max(0.5, min(2.0, deadline - time.monotonic()))
            r = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", str(chunk)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
            for report in reports(r.stderr):
                pair = tuple(sorted(blamed(report)))
                if pair in wanted:
                    print("data race reproduced (%s) in run %d:" % (" <-> ".join(pair), tries))
                    print(report)
                    sys.exit(1)
                others[pair] = others.get(pair, 0) + 1
            if r.returncode != 0:
                print("the scenario's process ended with status %d:" % r.returncode)
                print(r.stderr[-4000:])
                sys.exit(r.returncode if r.returncode > 0 else 1)
    finally:
        os.unlink(f.name)
    print("not reproduced: %d runs of the scenario in %.0f s" % (tries, seconds))
    for pair, n in sorted(others.items(), key=lambda kv: -kv[1]):
        print("  other race seen %d times: %s" % (n, " <-> ".join(pair)))
    sys.exit(0)


if __name__ == "__main__":
    main()
