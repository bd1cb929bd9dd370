inventory = {"apple": 3, "pear": 0}

def show():
    for item, qty in sorted(inventory.items()):
        print(f"  {item:<8}{qty:>3}")

def main():
    while True:
        choice = input("[a]dd [r]emove [s]how [q]uit > ").strip().lower()
        if choice == "q":
            print("bye")
            break
        elif choice == "s":
            show()
        elif choice in ("a", "r"):
            item = input("item: ").strip()
            try:
                qty = int(input("qty: "))
            except ValueError:
                print("not a number")
                continue
            if choice == "a":
                inventory[item] = inventory.get(item, 0) + qty
            elif inventory.get(item, 0) >= qty:
                inventory[item] -= qty
            else:
                print("not enough", item)
        else:
            print("unknown choice", repr(choice))

main()
print(sum(inventory.values()), max(inventory, key=inventory.get))
