import TesseraTypes

// args_* and environ_*: a list of NUL-terminated strings and a table of pointers to them.

extension WASIPreview1 {
    static let argumentSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("args_sizes_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            try WASI.sizes(of: wasi.arguments, memory, a.u32(0), a.u32(1)) }),
        ("args_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            try WASI.copy(wasi.arguments, memory, a.u32(0), a.u32(1)) }),
        ("environ_sizes_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            try WASI.sizes(of: wasi.environment, memory, a.u32(0), a.u32(1)) }),
        ("environ_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            try WASI.copy(wasi.environment, memory, a.u32(0), a.u32(1)) }),
    ]
}

extension WASI {
    static func sizes(of strings: [[UInt8]], _ memory: GuestMemory, _ countAddress: UInt32,
                      _ sizeAddress: UInt32) throws(WASIErrno) {
        let total = strings.reduce(0) { $0 + $1.count + 1 }
        guard let count = UInt32(exactly: strings.count), let size = UInt32(exactly: total) else { throw .overflow }
        try memory.store(count, at: countAddress)
        try memory.store(size, at: sizeAddress)
    }

    static func copy(_ strings: [[UInt8]], _ memory: GuestMemory, _ table: UInt32, _ buffer: UInt32) throws(WASIErrno) {
        var next = buffer
        for (index, string) in strings.enumerated() {
            let (slot, overflow) = table.addingReportingOverflow(UInt32(truncatingIfNeeded: index * 4))
            guard !overflow else { throw .fault }
            try memory.store(next, at: slot)
            try memory.write(string + [0], at: next)
            next = next &+ UInt32(truncatingIfNeeded: string.count + 1)
        }
    }
}
