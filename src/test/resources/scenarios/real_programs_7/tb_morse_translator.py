MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--",
}
REVERSE = {code: letter for letter, code in MORSE.items()}

def encode(msg):
    words = msg.upper().split()
    return " / ".join(" ".join(MORSE[ch] for ch in w if ch in MORSE) for w in words)

def decode(code):
    return " ".join("".join(REVERSE.get(sym, "?") for sym in word.split()) for word in code.split(" / "))

for msg in ["SOS", "Hello World", "Python 3"]:
    enc = encode(msg)
    print(f"{msg:<12} {enc}")
    print(f"{'':<12} {decode(enc)}")
print(decode("... --- ..--.."))
print(len(MORSE), len(REVERSE), max(MORSE, key=lambda k: len(MORSE[k])))
