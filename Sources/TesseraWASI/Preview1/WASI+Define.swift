public import TesseraRuntime
public import TesseraTypes

/// A preview-1 function body: reads its arguments, works on guest memory, returns by throwing an
/// errno (or returning for `success`).
typealias Syscall = @Sendable (WASI, GuestMemory, [Value]) throws(WASIErrno) -> Void

extension [Value] {
    /// Argument `index` as an unsigned 32-bit value (pointers, lengths, descriptors, flags).
    func u32(_ index: Int) -> UInt32 { UInt32(bitPattern: self[index].i32 ?? 0) }
    /// Argument `index` as an unsigned 64-bit value (offsets, sizes, timestamps, rights).
    func u64(_ index: Int) -> UInt64 { UInt64(bitPattern: self[index].i64 ?? 0) }
}

extension WASIPreview1 {
    /// The name and parameter types of every function returning an errno, with its body.
    static let syscalls: [(name: String, parameters: [ValueType], body: Syscall)] =
        argumentSyscalls + clockSyscalls + descriptorSyscalls + descriptorMetadataSyscalls + pathSyscalls
        + pollSyscalls + socketSyscalls

    /// The names of all preview-1 functions this implementation provides (all of them).
    public static var functionNames: Set<String> {
        Set(syscalls.map(\.name)).union(["proc_exit", "proc_raise"])
    }
}

extension WASI {
    /// Defines every `wasi_snapshot_preview1` function in `linker`, served by this context.
    public func define(in linker: inout Linker) throws(WasmError) {
        let module = WASIPreview1.moduleName
        for syscall in WASIPreview1.syscalls {
            let body = syscall.body
            try linker.define(module: module, name: syscall.name,
                              type: FunctionType(parameters: syscall.parameters, results: [.i32])) { caller, values in
                [.i32(Int32(self.perform(body, caller, values).rawValue))]
            }
        }
        try linker.define(module: module, name: "proc_exit", type: FunctionType(parameters: [.i32], results: [])) {
            _, values in
            let code = Int32(bitPattern: values.u32(0))
            self.exitCode = code
            throw WASIExit(code: code)
        }
        try linker.define(module: module, name: "proc_raise", type: FunctionType(parameters: [.i32], results: [.i32])) {
            _, values in
            let signal = values.u32(0)
            if signal == 0 { return [.i32(0)] }
            guard signal <= 30 else { return [.i32(Int32(WASIErrno.invalid.rawValue))] }
            // No signal handlers in WASI: a raised signal terminates the guest like the default action.
            throw WasmError(.trap, "the guest raised signal \(signal)")
        }
    }

    /// Runs one function body on the caller's memory (its export "memory", else memory 0).
    func perform(_ body: Syscall, _ caller: Caller, _ values: [Value]) -> WASIErrno {
        func run(_ memory: GuestMemory) -> WASIErrno {
            do {
                try body(self, memory, values)
                return .success
            } catch {
                return error
            }
        }
        guard let memory = caller.memory("memory") ?? caller.memory(at: 0) else {
            return run(GuestMemory(bytes: UnsafeMutableRawBufferPointer(start: nil, count: 0)))
        }
        return memory.withUnsafeMutableBytes { run(GuestMemory(bytes: $0)) }
    }
}
