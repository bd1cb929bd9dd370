PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.1, "cheese": 4.75}

def show_menu():
    print("Commands: add <item> <qty> | remove <item> | list | total | quit")

def main():
    cart = {}
    show_menu()
    while True:
        try:
            raw = input("> ")
        except EOFError:
            print("\n(end of input)")
            break
        parts = raw.split()
        if not parts:
            continue
        cmd, *args = parts
        cmd = cmd.lower()
        if cmd == "quit":
            print("bye")
            break
        elif cmd == "add":
            if len(args) != 2:
                print("usage: add <item> <qty>")
                continue
            item, qty = args
            if item not in PRICES:
                print(f"unknown item {item!r}; choose from {', '.join(sorted(PRICES))}")
                continue
            try:
                qty = int(qty)
            except ValueError:
                print(f"quantity must be a whole number, not {qty!r}")
                continue
            cart[item] = cart.get(item, 0) + qty
            print(f"added {qty} x {item}")
        elif cmd == "remove":
            removed = cart.pop(args[0] if args else "", None)
            print("removed" if removed else "not in cart")
        elif cmd == "list":
            if not cart:
                print("cart is empty")
            for item, qty in cart.items():
                print(f"  {item:<8}{qty:>3} x {PRICES[item]:5.2f} = {qty * PRICES[item]:6.2f}")
        elif cmd == "total":
            total = sum(PRICES[i] * q for i, q in cart.items())
            print(f"total: {total:.2f} ({sum(cart.values())} items)")
        else:
            print(f"unknown command {cmd!r}")
            show_menu()
    return cart

final = main()
print(final)
