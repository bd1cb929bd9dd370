log = bytearray()
view = memoryview(log)
print(len(view))
log.extend(b'first entry')
