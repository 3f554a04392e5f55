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
        guard state.pointee.entryDepth < engine.configuration.maxHostReentryDepth else {
            throw WasmError(.exhaustion, "call stack exhausted")
        }
        let fp = state.pointee.stackTop
        let frameEnd = fp + f.pointee.frameSize
        guard frameEnd <= stack + stackSlots else { throw WasmError(.exhaustion, "call stack exhausted") }
        for (i, argument) in arguments.enumerated() {
            guard let s = argument.slot else { throw WasmError(.trap, "not yet supported: v128 arguments") }
            fp[i] = s
        }
        let locals = f.pointee.localCount, header = f.pointee.headerSlot
        for i in arguments.count..<locals { fp[i] = 0 }
        fp[header] = 0
        fp[header + 1] = 0
        fp[header + 2] = 0
        let savedTop = state.pointee.stackTop
        let savedStore = state.pointee.store
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
        return type.results.enumerated().map { Value(slot: fp[$0.offset], type: $0.element) }
    }

    func trapError(_ code: TrapCode) -> WasmError {
        switch code {
        case .callStackExhausted: return WasmError(.exhaustion, code.message)
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
        let arguments = type.parameters.enumerated().map { Value(slot: args[$0.offset], type: $0.element) }
        let savedTop = state.pointee.stackTop
        state.pointee.stackTop = args + max(type.parameters.count, type.results.count)
        defer { state.pointee.stackTop = savedTop }
        let caller = Caller(store: self, instance: instances[callerIP.pointee.index].instance)
        do {
            let results = try host.body(caller, arguments)
            guard results.count == type.results.count, zip(results, type.results).allSatisfy({ $0.matches($1) }) else {
                throw WasmError(.trap, "host function returned values of the wrong type")
            }
            for (i, r) in results.enumerated() { args[i] = r.slot ?? 0 }
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
