def compile_brackets(code):
    stack, jumps = [], {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    return jumps


def run(code, data=""):
    code = "".join(ch for ch in code if ch in "+-<>[].,")
    jumps = compile_brackets(code)
    tape, ptr, pc, out, inp = [0] * 64, 0, 0, [], iter(data)
    executed = 0
    while pc < len(code):
        ch = code[pc]
        executed += 1
        if ch == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif ch == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif ch == ">":
            ptr += 1
        elif ch == "<":
            ptr -= 1
        elif ch == ".":
            out.append(chr(tape[ptr]))
        elif ch == ",":
            tape[ptr] = ord(next(inp, "\0"))
        elif ch == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif ch == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), executed, tape[:8]


HI = "++++++++[>+++++++++<-]>.<+++++[>++++<-]>+."
print(run(HI))
ECHO_UPPER = ",[>++++[<-------->-]<.,]"
print(run(ECHO_UPPER, "abc"))
ADD = ",>,[<+>-]<------------------------------------------------."
print(run(ADD, "34"))
for bad in ("[[]", "+]"):
    try:
        run(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
