import TesseraTypes

// Wasm backtraces: from a pc inside some function's code and its frame, the chain of frames through
// the frame headers (return pc, caller frame, caller instance) up to the entry from the host. Each frame
// names the function (index and name-section name) and the byte offset of the instruction it was at,
// from the compiled code's source map.

extension Store {
    /// At most this many frames are recorded (the innermost ones).
    static let backtraceFrameLimit = 100

    /// The backtrace of the frame `fp` of instance `ip`, executing the instruction that contains `pc`.
    func backtrace(from pc: PC, _ fp: FP, _ ip: IP) -> WasmBacktrace {
        var frames: [WasmBacktrace.Frame] = []
        var current: (site: PC, fp: FP, ip: IP)? = (pc, fp, ip)
        while let c = current, frames.count < Self.backtraceFrameLimit {
            guard let frame = describeFrame(at: c.site, in: instances[c.ip.pointee.index].module) else { break }
            frames.append(frame)
            current = callerFrame(of: c.site, c.fp, c.ip)
        }
        return WasmBacktrace(frames: frames)
    }

    /// The function and source offset of the code at `pc` of `module` (nil when it is not its code).
    func describeFrame(at pc: PC, in module: Module) -> WasmBacktrace.Frame? {
        let compiled = module.compiled
        let codeIndex = UnsafePointer(compiled.code).distance(to: pc)
        guard let defined = compiled.function(containing: codeIndex) else { return nil }
        let index = UInt32(module.validated.context.importedFunctionCount + defined)
        let names = module.module.names
        return WasmBacktrace.Frame(functionIndex: index, functionName: names?.functionNames[index],
                                   moduleName: names?.moduleName, offset: compiled.sourceOffset(of: codeIndex))
    }

    /// The one-frame backtrace of a trap raised without its frame: the trapping function only, found
    /// by searching the instances' code for `pc`.
    func backtrace(trapPC pc: PC) -> WasmBacktrace? {
        for record in instances {
            let compiled = record.module.compiled
            let start = UnsafePointer(compiled.code)
            guard pc >= start, pc < start + compiled.count else { continue }
            return describeFrame(at: pc, in: record.module).map { WasmBacktrace(frames: [$0]) }
        }
        return nil
    }

    /// Records the backtrace of a trap at `pc` in frame `fp` (called by `trap(_:_:_:_:)`).
    func recordTrap(at pc: PC, _ fp: FP, _ ip: IP) {
        control.trapBacktrace = (pc, backtrace(from: pc, fp, ip))
    }

    /// Adds the backtrace of the trap that caused `error` (if it has none yet): the one recorded with
    /// its frame, else the trapping function alone.
    func attachBacktrace(_ error: WasmError) -> WasmError {
        guard error.backtrace == nil, error.kind == .trap || error.kind == .exhaustion,
              let pc = state.pointee.trapPC else { return error }
        var error = error
        if let recorded = control.trapBacktrace, recorded.pc == pc {
            error.backtrace = recorded.backtrace
        } else {
            error.backtrace = backtrace(trapPC: pc)
        }
        return error
    }

    /// Forgets the last trap's location (before a new call from the host). A recorded backtrace always
    /// comes with a trap pc, so without one there is nothing to forget (and the common call skips the
    /// store's exclusivity-checked fields).
    @inline(__always)
    func clearTrapLocation() {
        guard state.pointee.trapPC != nil else { return }
        state.pointee.trapPC = nil
        control.trapBacktrace = nil
    }
}

/// Records a trap with its frame, so that the error carries the full backtrace, and stops. Prefer it to
/// `trap(_:_:_:)` wherever the frame pointer is at hand.
@inline(never)
func trap(_ code: TrapCode, _ pc: PC, _ fp: FP, _ ip: RawIP) -> PC? {
    if ip.instance.pointee.state.pointee.store != nil {
        Store.running(ip.instance).recordTrap(at: pc, fp, ip.instance)
    }
    return trap(code, pc, ip)
}
