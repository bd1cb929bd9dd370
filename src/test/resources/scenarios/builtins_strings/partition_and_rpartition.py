# partition and rpartition split around the first or last separator into three parts.
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
