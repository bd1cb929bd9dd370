# Telling functions, lambdas, generators, methods and builtins apart with the types module.
import sys
import types

def square(n):
    return n * n

def countdown(n):
    while n > 0:
        yield n
        n -= 1

class Greeter:
    def hello(self):
        return "hello"

things = [square, lambda x: x, countdown(3), Greeter().hello, len, "text".upper, sys]
for thing in things:
    kinds = []
    if isinstance(thing, types.FunctionType):
        kinds.append("function")
    if isinstance(thing, types.GeneratorType):
        kinds.append("generator")
    if isinstance(thing, types.MethodType):
        kinds.append("method")
    if isinstance(thing, types.BuiltinFunctionType):
        kinds.append("builtin")
    if isinstance(thing, types.ModuleType):
        kinds.append("module")
    print(type(thing).__name__, kinds)
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(types.FunctionType, types.GeneratorType, types.MethodType)
print(type(square) is types.FunctionType, isinstance(square, (types.MethodType, types.FunctionType)))
