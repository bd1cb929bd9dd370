# a tiny state machine
transitions = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("ready", "refund"): "idle",
}
def run(events, state="idle"):
    history = [state]
    for ev in events:
        try:
            state = transitions[(state, ev)]
        except KeyError:
            print(f"ignored {ev!r} in state {state!r}")
            continue
        history.append(state)
    return history
print(run(["coin", "push", "done"]))
print(run(["push", "coin", "refund", "coin"]))
states = {s for pair in transitions for s in (pair[0],)} | set(transitions.values())
print(sorted(states), len(transitions))
by_state = {}
for (src, ev), dst in transitions.items():
    by_state.setdefault(src, []).append(f"{ev}->{dst}")
for k in sorted(by_state):
    print(k.ljust(8), ", ".join(by_state[k]))
