# Rosalind-style: translate RNA into protein, find open reading frames, and count RNA sources.
import sys
from itertools import product

BASES = "UCAG"
AMINO = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"
CODONS = {"".join(c): a for c, a in zip(product(BASES, repeat=3), AMINO)}
print(len(CODONS), CODONS["AUG"], CODONS["UAA"], CODONS["GGG"])


def translate(rna):
    protein = []
    for i in range(0, len(rna) - 2, 3):
        amino = CODONS[rna[i:i + 3]]
        if amino == "*":
            break
        protein.append(amino)
    return "".join(protein)


def orfs(dna):
    found = set()
    comp = dna.translate(str.maketrans("ACGT", "TGCA"))[::-1]
    for strand in (dna, comp):
        rna = strand.replace("T", "U")
        for start in range(len(rna) - 2):
            if rna[start:start + 3] != "AUG":
                continue
            for i in range(start, len(rna) - 2, 3):
                if CODONS[rna[i:i + 3]] == "*":
                    found.add(translate(rna[start:i]))
                    break
    return sorted(found, key=lambda p: (-len(p), p))


data = sys.stdin.read().split()
rna, dna = data[0], data[1]
print(translate(rna))
for p in orfs(dna):
    print(p)
counts = {}
for codon, amino in CODONS.items():
    counts[amino] = counts.get(amino, 0) + 1
protein = "MA"
total = counts["*"]
for amino in protein:
    total = total * counts[amino] % 1_000_000
print("sources of", protein, "=", total)
