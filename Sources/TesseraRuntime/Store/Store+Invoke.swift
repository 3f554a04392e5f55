import TesseraTypes

// Entering wasm from the host, and host functions called from wasm.

extension Store {
    /// Calls a function with slot-encoded arguments; returns slot-encoded results.
    func invoke(_ f: FunctionRef, type: FunctionType, arguments: [Value]) throws(WasmError) -> [Value] {
        guard arguments.count == type.parameters.count,
              zip(arguments, type.parameters).allSatisfy({ $0.matches($1) }) else {
            throw WasmError(.trap, "argument type mismatch: expected \(type.parameters.count) arguments of the function's types")
        }
        if f.pointee.code == nil {
            return try callHostDirectly(f, type: type, arguments: arguments)
        }
        let fp = try run(f) { fp in
            var next = 0
            for argument in arguments { next += argument.store(to: fp + next) }
            return next
        }
        return Value.load(type.results, from: fp)
    }

    /// Runs wasm function `f` (arguments already checked): `arguments` writes the parameters into the
    /// frame's first slots and returns how many slots it wrote. Returns the frame, whose first slots
    /// then hold the results (valid until the next call). Shared by `invoke` and typed calls.
    func run(_ f: FunctionRef, arguments: (FP) -> Int) throws(WasmError) -> FP {
        try checkReentry()
        let fp = state.pointee.stackTop
        let frameEnd = fp + f.pointee.frameSize
        guard frameEnd <= stack + stackSlots else { throw WasmError(.exhaustion, "call stack exhausted") }
        let next = arguments(fp)
        let locals = f.pointee.localCount, header = f.pointee.headerSlot
        for i in next..<max(next, locals) { fp[i] = 0 }
        fp[header] = 0
        fp[header + 1] = 0
        fp[header + 2] = 0
        let savedTop = state.pointee.stackTop
        let savedStore = state.pointee.store
        if state.pointee.entryDepth == 0 { resetInterruptForCall() }
        state.pointee.entryDepth += 1
        state.pointee.trap = .none
        state.pointee.store = Unmanaged.passUnretained(self).toOpaque()
        Interpreter.run(f.pointee.code.unsafelyUnwrapped, fp, f.pointee.instance.unsafelyUnwrapped)
        state.pointee.entryDepth -= 1
        state.pointee.stackTop = savedTop
        state.pointee.store = savedStore
        let code = state.pointee.trap
        state.pointee.trap = .none
        if code != .none { throw trapError(code) }
        return fp
    }

    func trapError(_ code: TrapCode) -> WasmError {
        switch code {
        case .callStackExhausted, .fuelExhausted: return WasmError(.exhaustion, code.message)
        case .interrupted: return interruptError()
        case .hostError:
            let error = pendingError
            pendingError = nil
            if let wasm = error as? WasmError { return wasm }
            return WasmError(.trap, "host error: \(error.map { "\($0)" } ?? "unknown")")
        default: return WasmError(.trap, code.message)
        }
    }

    /// Runs host function `f` for the host (no calling instance): its slots sit on the value stack at
    /// the top, so the host function may re-enter wasm above them.
    func callHostDirectly(_ f: FunctionRef, type: FunctionType, arguments: [Value]) throws(WasmError) -> [Value] {
        let host = hostTable.pointee.entries[f.pointee.hostIndex].takeUnretainedValue()
        let slots = state.pointee.stackTop
        guard slots + host.slotCount <= stack + stackSlots else { throw WasmError(.exhaustion, "call stack exhausted") }
        var next = 0
        for argument in arguments { next += argument.store(to: slots + next) }
        state.pointee.stackTop = slots + host.slotCount
        defer { state.pointee.stackTop = slots }
        do {
            try host.raw(HostCall(slots: slots, store: self, context: nil))
        } catch let error as WasmError {
            throw error
        } catch {
            throw WasmError(.trap, "host error: \(error)")
        }
        return Value.load(type.results, from: slots)
    }
}

extension Value {
    /// Writes the value's slots at `slots`; returns how many it took.
    func store(to slots: FP) -> Int {
        if case .v128(let v) = self {
            slots[0] = v.low
            slots[1] = v.high
            return 2
        }
        slots[0] = slot ?? 0
        return 1
    }

    /// Reads values of `types` laid out by width from `slots`.
    static func load(_ types: [ValueType], from slots: FP) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(types.count)
        var next = 0
        for t in types {
            if t == .v128 {
                values.append(.v128(V128(low: slots[next], high: slots[next + 1])))
                next += 2
            } else {
                values.append(Value(slot: slots[next], type: t))
                next += 1
            }
        }
        return values
    }
}
