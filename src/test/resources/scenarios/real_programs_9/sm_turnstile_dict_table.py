TRANSITIONS = {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("locked", "push"): ("locked", "alarm"),
    ("unlocked", "coin"): ("unlocked", "thank you"),
    ("unlocked", "push"): ("locked", "lock"),
}


def run(events, state="locked"):
    counts = {}
    for ev in events:
        state, action = TRANSITIONS.get((state, ev), (state, "ignored"))
        counts[action] = counts.get(action, 0) + 1
        yield ev, state, action
    print("summary:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


events = "coin push push coin coin push kick".split()
for i, (ev, st, act) in enumerate(run(events), 1):
    print(str(i).rjust(2), ev.ljust(5), "->", st.ljust(8), act)
