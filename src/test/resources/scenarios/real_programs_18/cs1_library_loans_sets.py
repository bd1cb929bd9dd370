# CS1 library system: dicts of sets for loans, set algebra for reports.
catalog = {
    "978-0": "Dune", "978-1": "Emma", "978-2": "Ulysses", "978-3": "Beloved", "978-4": "Hamlet",
}
loans = {}
waitlist = {}

def borrow(member, isbn):
    if isbn not in catalog:
        return f"{isbn}: no such book"
    holder = next((m for m, books in loans.items() if isbn in books), None)
    if holder == member:
        return f"{member} already has {catalog[isbn]}"
    if holder:
        waitlist.setdefault(isbn, []).append(member)
        return f"{catalog[isbn]} is out (with {holder}); {member} waits #{len(waitlist[isbn])}"
    loans.setdefault(member, set()).add(isbn)
    return f"{member} borrows {catalog[isbn]}"

def give_back(member, isbn):
    loans.get(member, set()).discard(isbn)
    if not loans.get(member):
        loans.pop(member, None)
    queue = waitlist.get(isbn)
    if queue:
        nxt = queue.pop(0)
        return f"{member} returns {catalog[isbn]}; " + borrow(nxt, isbn)
    return f"{member} returns {catalog[isbn]}"

actions = [("borrow", "ana", "978-0"), ("borrow", "ben", "978-0"), ("borrow", "cy", "978-0"),
           ("borrow", "ana", "978-3"), ("borrow", "ana", "978-0"), ("borrow", "ben", "978-9"),
           ("return", "ana", "978-0"), ("borrow", "cy", "978-4"), ("return", "ben", "978-0")]
for act, who, isbn in actions:
    print(borrow(who, isbn) if act == "borrow" else give_back(who, isbn))
print({m: sorted(catalog[i] for i in b) for m, b in sorted(loans.items())})
out = set().union(*loans.values()) if loans else set()
print("on shelf:", sorted(catalog[i] for i in set(catalog) - out))
print("out:", sorted(catalog[i] for i in out), "| waiting:", {catalog[k]: v for k, v in waitlist.items() if v})
ana, cy = loans.get("ana", set()), loans.get("cy", set())
print(ana & cy, sorted(ana | cy), sorted(ana ^ cy), ana <= out, ana.isdisjoint(cy))
