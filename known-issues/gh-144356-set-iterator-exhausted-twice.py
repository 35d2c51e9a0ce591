# ftconform reproducer: one set iterator shared by three threads, run to its end — crashed
#
# Known issue gh-144356 (https://github.com/python/cpython/issues/144356): setiter_iternext runs
# si->si_set = NULL; Py_DECREF(so) at the iterator's end without a lock, so two threads reaching the end
# together drop its one reference to the set twice; the set is freed while in use. Open upstream (PR gh-144357
# keeps si_set on exhaustion). Found by ftconform's iterators suite on 3.13.15t (a frozenset's iterator too).
# Scenario:
#   c, o = _SI({0})  # shared set+iter; lock: none
#   thread 0:
#       r = next(o, None)
#       r = next(o, None)
#       r = next(o, None)
#   thread 1:
#       r = next(o, None)
#       r = next(o, None)
#       r = next(o, None)
#   thread 2:
#       r = next(o, None)
#       r = next(o, None)
#
# Usage: <interpreter> <this file> [seconds]   (default 60 s)
# Exit status: 1 when a forbidden outcome was seen, 0 when nothing was seen within the budget;
# a crash kills the interpreter (negative status / 128+signal), a hang is reported by the watchdog.
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
import collections as _collections
import json as _json
import time as _time


def _M(v):
    # A mortal int: built at run time (not a code constant, beyond the small-int cache), freed when dropped.
    return int(str(v))


def _S(s):
    # A str built at run time: not interned, so lookups compare it rather than match its identity.
    return "".join(list(s))


def _T(*xs):
    # A tuple built at run time.
    return tuple(list(xs))


class _K:
    # Keys that all hash alike: every lookup walks one collision chain and runs this Python __eq__.
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return type(other) is _K and self.v == other.v

    def __repr__(self):
        return "_K(%d)" % self.v


class _Y:
    # As _K, with an __eq__ that sleeps(0): the thread detaches, so a lookup can lose the object's lock.
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        _time.sleep(0)
        return type(other) is _Y and self.v == other.v

    def __repr__(self):
        return "_Y(%d)" % self.v


def _ORD(x):
    # The order set members are printed in (the oracle's pyCompare): by kind, then by value.
    if isinstance(x, str):
        return (1, x)
    if isinstance(x, tuple):
        return (2, tuple(_ORD(y) for y in x))
    if isinstance(x, _K):
        return (3, x.v)
    if isinstance(x, _Y):
        return (4, x.v)
    return (0, x)


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


class _X(str):
    # A container that failed its consistency check after a run: the detail, encoded {"x": detail}.
    __slots__ = ()


_MISS = object()


def FL(l):
    # A list's final state, checked: len agrees with iteration, and reading each index gives what
    # iteration gave.
    items = tuple(l)
    n = len(l)
    if len(items) != n:
        return _X("len(lst) is %d but iteration gave %d items" % (n, len(items)))
    for i, x in enumerate(items):
        if l[i] is not x:
            return _X("lst[%d] is %r but iteration gave %r" % (i, l[i], x))
    return items


def FD(d):
    # A dict's final state, checked: len agrees with iteration, and every iterated key is found by
    # lookup with its iterated value.
    items = tuple(d.items())
    n = len(d)
    if len(items) != n:
        return _X("len(d) is %d but iteration gave %d items" % (n, len(items)))
    for k, v in items:
        found = d.get(k, _MISS)
        if found is not v:
            if found is _MISS:
                return _X("d[%r] is missing but iteration gave it with %r" % (k, v))
            return _X("d[%r] looks up %r but iteration gave %r" % (k, found, v))
    return _D(items)


def FS(s):
    # A set's final state, checked: len agrees with iteration, members are distinct and each is found.
    if type(s) is frozenset:
        return s
    members = tuple(s)
    n = len(s)
    if len(members) != n or len(frozenset(members)) != n:
        return _X("len(s) is %d but iteration gave %r" % (n, sorted(members, key=_ORD)))
    for x in members:
        if x not in s:
            return _X("%r was iterated but is not in the set" % (x,))
    return frozenset(members)


def FDL(d):
    # A defaultdict(list)'s final state: checked as any dict, its list values frozen as tuples.
    f = FD(d)
    return f if isinstance(f, _X) else _D((k, tuple(v)) for k, v in f)


def _DD(d):
    # A defaultdict(list) holding the literal's items, with lists for values.
    return _collections.defaultdict(list, {k: list(v) for k, v in d.items()})


def _OD(d):
    return _collections.OrderedDict(d)


def _CT(d):
    return _collections.Counter(d)


class _I:
    # One class for every instance: their attribute dicts share their keys (split tables).
    pass


def _IN(d):
    # An instance whose attributes are the literal's items.
    o = _I()
    for k, v in d.items():
        setattr(o, k, v)
    return o


def FI(o):
    # An instance's final state: its attribute dict, checked and frozen as any dict.
    return FD(o.__dict__)


def FPAIR(f):
    # Two shared containers (c, o): the final state of both.
    return lambda p: (f(p[0]), f(p[1]))


def _LI(items):
    # A list and one iterator over it, shared by the threads.
    return (items, iter(items))


def FITER(p):
    return FL(p[0])


# Shared dict and set iterators. The pair (container, iterator) in the stride's list is the harness's
# only reference to either (no other list keeps the iterator), so that when an iterator drops its
# container's reference twice (gh-154130) the container is freed while the pair still names it and the
# final check below reads freed memory, as a program would.
_DITERS = {"keys": iter, "values": lambda d: iter(d.values()), "items": lambda d: iter(d.items()),
           "reversed": reversed}


def _DI(d, how, holes):
    # A dict and one iterator over it. The hole keys are added and deleted first: deleted entries stay
    # in the entry table, and the iterator's position counts them.
    for k in holes:
        d[k] = None
    for k in holes:
        del d[k]
    return (d, _DITERS[how](d))


def _SI(s):
    return (s, iter(s))


def _FI(s):
    # A frozenset and one iterator over it: only next() runs on it.
    f = frozenset(s)
    return (f, iter(f))


def FDITER(p):
    # A dict freed while the pair still names it may by now be another object in the same memory.
    if type(p[0]) is not dict:
        return _X("the dict is now a %s object: freed while still referenced" % type(p[0]).__name__)
    return FD(p[0])


def FSITER(p):
    if type(p[0]) not in (set, frozenset):
        return _X("the set is now a %s object: freed while still referenced" % type(p[0]).__name__)
    return FS(p[0])


def ENC(v):
    if isinstance(v, _X):
        return {"x": str(v)}
    if isinstance(v, _Exc):
        return {"e": v.name}
    if isinstance(v, _D):
        return {"d": [[ENC(k), ENC(x)] for k, x in v]}
    if isinstance(v, (frozenset, set)):
        return {"s": [ENC(x) for x in sorted(v, key=_ORD)]}
    if isinstance(v, _K):
        return {"k": v.v}
    if isinstance(v, _Y):
        return {"y": v.v}
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
STRIDE = 512
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



def scenario_k0(budget, max_runs, seed, stop_on=None):
    T = 3
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
                    n = 0
                    while prog[2] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c, o = cs[j]
                        ts[j] = _now()
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r2 = r
                        te[j] = _now()
                        res[j] = (r0, r1, r2,)
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
                    n = 0
                    while prog[2] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c, o = cs[j]
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r2 = r
                        res[j] = (r0, r1, r2,)
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
                    n = 0
                    while prog[2] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c, o = cs[j]
                        ts[j] = _now()
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r2 = r
                        te[j] = _now()
                        res[j] = (r0, r1, r2,)
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
                    n = 0
                    while prog[2] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
                    for j in range(j0, j0 + MEET):
                        k = jt[j]
                        while k:
                            k -= 1
                        c, o = cs[j]
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r2 = r
                        res[j] = (r0, r1, r2,)
            done.wait()

    def w2():
        jt = jit[2]
        res = sh.res[2]
        ts = sh.ts[2]
        te = sh.te[2]
        while True:
            go.wait()
            if sh.stop:
                return
            cs = sh.conts
            prog = sh.prog
            if sh.timed:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[2] = j0
                    n = 0
                    while prog[0] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
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
                        c, o = cs[j]
                        ts[j] = _now()
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        te[j] = _now()
                        res[j] = (r0, r1,)
            else:
                for j0 in range(0, N, MEET):
                    # Meet the other threads at every MEET-th element: spin until each has reached it.
                    prog[2] = j0
                    n = 0
                    while prog[0] < j0:
                        n += 1
                        if n > SPIN:
                            _yield(0)
                            n = 0
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
                        c, o = cs[j]
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r0 = r
                        try:
                            r = next(o, None)
                        except Exception as e:
                            r = EXC(e)
                        r1 = r
                        res[j] = (r0, r1,)
            done.wait()

    workers = [threading.Thread(target=w, daemon=True) for w in (w0, w1, w2,)]
    for w in workers:
        w.start()
    hist = Counter()
    runs = rounds = timed = overlapped = known = 0
    started = time.monotonic()
    deadline = started + budget
    final = FSITER
    while True:
        sh.conts = [_SI({0}) for _ in range(N)]
        sh.prog = array('q', [-1] * T)
        sh.timed = rounds % TIMED_EVERY == 0
        go.wait()
        done.wait()
        res = sh.res
        hist.update(zip(res[0], res[1], res[2], map(final, sh.conts)))
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



# Every outcome a correct interpreter may produce for this scenario (canonical JSON, see the prelude).
ALLOWED = {
    "[[0,null,null],[0,null,null],[0,null],{\"s\":[0]}]",
    "[[0,null,null],[0,null,null],[null,null],{\"s\":[0]}]",
    "[[0,null,null],[null,null,null],[0,null],{\"s\":[0]}]",
    "[[0,null,null],[null,null,null],[null,null],{\"s\":[0]}]",
    "[[null,null,null],[0,null,null],[0,null],{\"s\":[0]}]",
    "[[null,null,null],[0,null,null],[null,null],{\"s\":[0]}]",
    "[[null,null,null],[null,null,null],[0,null],{\"s\":[0]}]",
}


def _bad(k):
    return k not in ALLOWED


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60
    deadline = time.monotonic() + seconds
    total = Counter()
    runs = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        faulthandler.dump_traceback_later(int(min(left, 1.0) * 3) + 30, exit=True)
        out = scenario_k0(min(left, 1.0), 10 ** 12, 1 + runs, stop_on=_bad)
        faulthandler.cancel_dump_traceback_later()
        runs += out["runs"]
        total.update(out["hist"])
        bad = {k: v for k, v in total.items() if _bad(k)}
        if bad:
            print("FORBIDDEN outcome seen after %d runs:" % runs)
            for k, v in sorted(bad.items(), key=lambda kv: -kv[1]):
                print("  %8d  %s" % (v, k))
            print("allowed outcomes seen:")
            for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
                if not _bad(k):
                    print("  %8d  %s" % (v, k))
            sys.exit(1)
    print("not reproduced: %d runs in %.0f s, outcomes all allowed" % (runs, seconds))
    for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
        print("  %8d  %s" % (v, k))
    sys.exit(0)


if __name__ == "__main__":
    main()
