public import TesseraTypes

// Execution limits from the host's side: fuel, deadlines, interrupts. How compiled code charges fuel and
// polls the interrupt flag: Translator+Limits.swift and Handlers+Limits.swift.
//
// Semantics:
// - Fuel is one store-wide counter. Each executed WebAssembly instruction costs one unit, except the
//   purely structural `nop`, `drop`, `block`, `loop`, `try_table`, `else` and `end`, which are free.
//   Code pays in advance, when control reaches it, for the straight-line code ahead up to the next
//   unconditional transfer or branch target: the fall-through side of a conditional branch and the
//   code after a call are paid with the code before them, and a taken branch adjusts the charge (a
//   refund of the skipped fall-through, plus its target's code). So a call that completes has paid
//   exactly one unit per executed instruction, deterministically; a call that traps or unwinds by
//   exception may have paid for code it did not run. A charge that would take the fuel below zero
//   stops the call before the code it pays for runs, with the fuel left at 0; that can happen early,
//   by at most the prepaid code a branch would have refunded. A store's fuel starts at 0.
// - The interrupt flag is polled at every function entry and loop back-edge. `interrupt()` (or a handle,
//   from any thread) raises it; the deadline thread raises it when the armed deadline passes. Every
//   outermost call (not a host → wasm re-entry) clears it when it starts, then raises it again at once
//   if the armed deadline has already passed: a deadline stops every call that runs after it, until it
//   is re-armed or cleared, while an interrupt only stops the call running when it lands (as with
//   wasmtime's epochs, a request made before the call starts does not count).
// - Re-entries from host functions share the same fuel, flag and deadline.

extension Store {
    /// The fuel left; nil when the engine does not meter fuel (`EngineConfiguration.fuelMetering`).
    public var fuel: UInt64? {
        guard engine.configuration.fuelMetering else { return nil }
        return UInt64(max(state.pointee.fuel, 0))
    }

    /// Sets the fuel left to `units`, at most `maxFuel` (more is clamped). Throws `.invalid` when the
    /// engine does not meter fuel.
    public func setFuel(_ units: UInt64) throws(WasmError) {
        guard engine.configuration.fuelMetering else {
            throw WasmError(.invalid, "fuel metering is off: create the engine with EngineConfiguration(fuelMetering: true)")
        }
        state.pointee.fuel = Int64(min(units, Self.maxFuel))
    }

    /// The most fuel a store holds (2^62 - 1 units): room above it keeps the refunds of code paid in
    /// advance from overflowing when a host function refills the tank in the middle of a call.
    public static let maxFuel = UInt64(Int64.max >> 1)

    /// Arms a deadline `duration` from now, replacing any previous one: calls running when it passes
    /// stop with `.exhaustion` ("interrupted: deadline exceeded"), and so do calls started after it,
    /// until it is cleared or re-armed. Needs an interruptible engine (the default).
    public func setDeadline(after duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let nanoseconds: UInt64 = seconds < 0 ? 0
            : UInt64(clamping: seconds).multipliedReportingOverflow(by: 1_000_000_000).partialValue
                &+ UInt64(clamping: max(attoseconds, 0) / 1_000_000_000)
        let now = monotonicNanoseconds()
        let (at, overflow) = now.addingReportingOverflow(nanoseconds)
        let when = overflow || seconds > Int64(UInt64.max / 1_000_000_000) ? UInt64.max : at
        deadline = when
        // A deadline from an earlier arming must not stop a call the new one allows.
        if state.pointee.entryDepth == 0 { interruptFlag.clear() }
        DeadlineTimer.shared.arm(interruptFlag, at: when)
    }

    /// Disarms the deadline.
    public func clearDeadline() {
        deadline = nil
        DeadlineTimer.shared.cancel(interruptFlag)
        if state.pointee.entryDepth == 0 { interruptFlag.clear() }
    }

    /// Stops the running call at its next function entry or loop iteration (`.exhaustion`,
    /// "interrupted"). From another thread, use `interruptHandle`.
    public func interrupt() { interruptFlag.raise() }

    /// A handle that interrupts this store's running call from any thread.
    public var interruptHandle: InterruptHandle { InterruptHandle(flag: interruptFlag) }

    /// Whether the armed deadline has passed.
    var deadlinePassed: Bool {
        guard let deadline else { return false }
        return monotonicNanoseconds() >= deadline
    }

    /// Prepares the interrupt flag for an outermost call (see the semantics above).
    func resetInterruptForCall() {
        if deadline != nil && deadlinePassed { interruptFlag.raise() } else { interruptFlag.clear() }
    }

    /// The error of a call stopped by the interrupt flag.
    func interruptError() -> WasmError {
        WasmError(.exhaustion, deadlinePassed ? "interrupted: deadline exceeded" : "interrupted")
    }
}

// MARK: - The resource limiter

extension Store {
    /// The store's bound on a memory's size in pages of `2^pageSizeLog2` bytes.
    func memoryPageLimit(pageSizeLog2: UInt8) -> UInt64 {
        guard let bytes = limits.maxMemoryBytes else { return .max }
        return bytes >> UInt64(pageSizeLog2)
    }

    /// Throws when a memory's minimum size exceeds the store's limit.
    func checkMinimum(_ pages: UInt64, pageSizeLog2: UInt8, index: Int?) throws(WasmError) {
        guard let bytes = limits.maxMemoryBytes, pages > memoryPageLimit(pageSizeLog2: pageSizeLog2) else { return }
        let name = index.map { "memory \($0)" } ?? "memory"
        let size = pages.multipliedReportingOverflow(by: UInt64(1) << UInt64(pageSizeLog2))
        let sizeText = size.overflow ? "" : " (\(size.partialValue) bytes)"
        throw WasmError(.exhaustion, "\(name): minimum size of \(pages) pages\(sizeText) exceeds the store limit of \(bytes) bytes (StoreLimits.maxMemoryBytes)")
    }

    /// Throws when a table's minimum size exceeds the store's limit.
    func checkMinimum(elements: UInt64, index: Int?) throws(WasmError) {
        guard let limit = limits.maxTableElements, elements > limit else { return }
        let name = index.map { "table \($0)" } ?? "table"
        throw WasmError(.exhaustion, "\(name): minimum size of \(elements) elements exceeds the store limit of \(limit) elements (StoreLimits.maxTableElements)")
    }

    /// Applies changed `limits` to the growth of existing memories and tables.
    func applyLimits() {
        for m in memories {
            m.pointee.maxPages = min(m.pointee.ceilingPages, memoryPageLimit(pageSizeLog2: m.pointee.pageSizeLog2))
        }
        for t in tables {
            t.pointee.maximum = min(t.pointee.ceiling, limits.maxTableElements ?? .max)
        }
    }
}
