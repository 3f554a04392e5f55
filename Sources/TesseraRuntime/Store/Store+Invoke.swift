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
            return try callHostDirectly(f, arguments: arguments)
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

    func callHostDirectly(_ f: FunctionRef, arguments: [Value]) throws(WasmError) -> [Value] {
        let host = hostFunctions[f.pointee.hostIndex]
        do {
            return try host.body(Caller(store: self, instance: nil), arguments)
        } catch let error as WasmError {
            throw error
        } catch {
            throw WasmError(.trap, "host error: \(error)")
        }
    }

    /// Runs a host function called from wasm with its arguments at `args` (results go there too).
    func callHost(_ f: FunctionRef, _ args: FP, _ callerIP: IP) -> Bool {
        let host = hostFunctions[f.pointee.hostIndex]
        let type = host.type
        let arguments = Value.load(type.parameters, from: args)
        let savedTop = state.pointee.stackTop
        state.pointee.stackTop = args + max(type.parameterSlots, type.resultSlots)
        defer { state.pointee.stackTop = savedTop }
        let caller = Caller(store: self, instance: Instance(store: self, index: callerIP.pointee.index))
        do {
            let results = try host.body(caller, arguments)
            guard results.count == type.results.count, zip(results, type.results).allSatisfy({ $0.matches($1) }) else {
                throw WasmError(.trap, "host function returned values of the wrong type")
            }
            var next = 0
            for r in results { next += r.store(to: args + next) }
            return true
        } catch {
            pendingError = error
            state.pointee.trap = .hostError
            return false
        }
    }
}

/// The bridge the call handlers use (kept out of line: it is the slow path).
@inline(never)
func invokeHost(_ f: FunctionRef, _ args: FP, _ callerIP: IP) -> Bool {
    guard let raw = callerIP.pointee.state.pointee.store else { return false }
    let store = Unmanaged<Store>.fromOpaque(raw).takeUnretainedValue()
    return store.callHost(f, args, callerIP)
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
