package com.studyhall.simulation.runtime;

/** io: StringIO only (the checker refuses the module's other names: open, BytesIO, TextIOWrapper...). */
final class IoModule extends NativeModule {
    IoModule(Interpreter in, StringIOType strings) {
        super("io", in);
        keywordFunction("StringIO", strings::construct);
    }
}
