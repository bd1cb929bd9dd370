# int(s, base) reads prefixes, underscores and signs; base 0 follows literal rules.
print(int("ff", 16), int("0xff", 16), int("0xFF", 0), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int(" -42 "), int("1_000"), int("+7"), int("101", 2), int("777", 8))
