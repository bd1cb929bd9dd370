def to_fahrenheit(c):
    return c * 9 / 5 + 32

def to_celsius(f):
    return (f - 32) * 5 / 9

def main():
    count = int(input("How many readings? "))
    results = []
    for i in range(count):
        line = input(f"Reading {i + 1}: ").strip()
        value, unit = float(line[:-1]), line[-1].upper()
        if unit == "C":
            results.append((value, to_fahrenheit(value), "F"))
        elif unit == "F":
            results.append((value, to_celsius(value), "C"))
        else:
            print("  unknown unit", unit)
    print()
    for original, converted, unit in results:
        print(f"{original:>7.1f} -> {converted:7.2f} {unit}")
    print("done:", len(results), "converted")

if __name__ == "__main__":
    main()
