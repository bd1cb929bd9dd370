# Rosalind-style: count nucleotides, transcribe, reverse complement, GC content of FASTA records.
import sys

lines = [line.rstrip("\n") for line in sys.stdin]
records = {}
order = []
current = None
for line in lines:
    if line.startswith(">"):
        current = line[1:]
        order.append(current)
        records[current] = []
    elif current is not None:
        records[current].append(line.strip())
records = {k: "".join(v) for k, v in records.items()}

COMPLEMENT = str.maketrans("ACGT", "TGCA")
for name in order:
    dna = records[name]
    counts = [dna.count(b) for b in "ACGT"]
    rna = dna.replace("T", "U")
    revc = dna.translate(COMPLEMENT)[::-1]
    gc = 100 * (dna.count("G") + dna.count("C")) / len(dna)
    print(name)
    print("  counts:", *counts)
    print("  rna:   ", rna[:30] + ("..." if len(rna) > 30 else ""))
    print("  revc:  ", revc[:30] + ("..." if len(revc) > 30 else ""))
    print(f"  GC:     {gc:.6f}")

best = max(order, key=lambda n: (records[n].count("G") + records[n].count("C")) / len(records[n]))
print(best)
a, b = records[order[0]], records[order[1]]
print("hamming:", sum(x != y for x, y in zip(a, b)))
motif = "ATAT"
print("motif at:", *[i + 1 for i in range(len(a) - len(motif) + 1) if a[i:i + len(motif)] == motif])
