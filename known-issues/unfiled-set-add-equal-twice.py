# Known issue unfiled-set-add-equal-twice (ftconform, README "Known issues"): plain Python, no harness, the same
# every run. Exit 1 when the set ends up holding one key twice. Usage: <interpreter> <this file> [rounds] [seconds]
# (the arguments are accepted and ignored: the interleaving is forced, not waited for).
# set_add_entry (Objects/setobject.c) runs a key's Python __eq__ under the set's lock; the lock is let go while it
# blocks (as the GIL is, with the GIL). After the comparison it checks only the entry it compared: an earlier
# slot it had already passed, meanwhile emptied (a dummy) and refilled with an equal key by another thread, goes
# unnoticed, and the key is inserted a second time further on. Shows with and without the GIL (3.11 to 3.13.15).
import sys, threading

parked, resume = threading.Event(), threading.Event()


class Y:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7                      # every key on one probe chain

    def __eq__(self, other):
        # The adder blocks in its comparison with Y(2): its thread detaches and the set's lock is let go.
        if threading.current_thread().name == "adder" and self.v == 2:
            parked.set()
            resume.wait()
        return type(other) is Y and self.v == other.v

    def __repr__(self):
        return "Y(%d)" % self.v


s = {Y(0), Y(2)}                      # Y(0) first on the chain, Y(2) after it


def adder():
    s.add(Y(1))                       # passes Y(0), blocks comparing with Y(2)


t = threading.Thread(target=adder, name="adder")
t.start()
parked.wait()
s.remove(next(k for k in s if k.v == 0))   # Y(0)'s slot becomes a dummy, before the adder's position
s.add(Y(1))                                # fills that dummy with Y(1)
resume.set()
t.join()                                   # the adder goes on past Y(2) and inserts Y(1) again
members = sorted(k.v for k in s)
print("set after the race:", sorted(s, key=lambda k: k.v), "len", len(s))
if len(set(members)) != len(members):
    print("FORBIDDEN outcome seen: the set holds Y(1) twice (in 1 rounds)")
    sys.exit(1)
print("no forbidden outcome: the set holds each key once (in 1 rounds)")
