import TesseraTypes

// Clocks, randomness and sched_yield.

extension WASIPreview1 {
    static let clockSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("clock_res_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            try memory.store(try wasi.system.resolution(try WASI.clock(a.u32(0))), at: a.u32(1)) }),
        ("clock_time_get", [.i32, .i64, .i32], { wasi, memory, a throws(WASIErrno) in
            try memory.store(try wasi.system.time(try WASI.clock(a.u32(0))), at: a.u32(2)) }),
        ("random_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let region = try memory.region(a.u32(0), a.u32(1))
            if region.count > 0 { try wasi.system.random(into: region) } }),
        ("sched_yield", [], { wasi, _, _ throws(WASIErrno) in wasi.system.yield() }),
    ]
}

extension WASI {
    /// A clock id from the guest (`inval` for an unknown one).
    static func clock(_ id: UInt32) throws(WASIErrno) -> WASIClockID {
        guard let clock = WASIClockID(rawValue: id) else { throw .invalid }
        return clock
    }
}
