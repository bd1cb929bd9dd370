def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0


def isbn10_ok(code: str) -> bool:
    chars = code.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for pos, ch in enumerate(chars, start=1):
        if ch in "Xx" and pos == 10:
            value = 10
        elif ch.isdigit():
            value = int(ch)
        else:
            return False
        total += pos * value
    return total % 11 == 0


for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713"]:
    print(f"{card!r:>24}: {'valid' if luhn_ok(card) else 'invalid'}")
for isbn in ["0-306-40615-2", "0-306-40615-3", "0-8044-2957-X", "12345"]:
    print(isbn, isbn10_ok(isbn))
