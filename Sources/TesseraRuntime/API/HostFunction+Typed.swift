public import TesseraTypes

extension HostFunction {
    /// A host function over Swift values: its WebAssembly type comes from the Swift types.
    ///
    /// ```swift
    /// let add = HostFunction((Int32, Int32).self, Int32.self) { caller, a, b in a &+ b }
    /// try linker.define(module: "env", name: "add", add)
    /// ```
    ///
    /// Raw underneath: the arguments come straight from the call's slots and the results go straight
    /// back. Inlinable, so that the conversions specialize for the caller's Swift types.
    @inlinable
    public init<each P: WasmValueConvertible, each R: WasmValueConvertible>(
        _ parameters: (repeat each P).Type, _ results: (repeat each R).Type,
        _ body: @escaping (Caller, repeat each P) throws -> (repeat each R)
    ) {
        var parameterTypes: [ValueType] = []
        for p in repeat (each P).self { parameterTypes.append(p.wasmType) }
        var resultTypes: [ValueType] = []
        for r in repeat (each R).self { resultTypes.append(r.wasmType) }
        // The Swift types guarantee the results' types: no check is needed when writing them.
        self.init(type: FunctionType(parameters: parameterTypes, results: resultTypes), raw: { call in
            var slot = 0
            @inline(__always) func argument<T: WasmValueConvertible>(_ type: T.Type) -> T {
                let wasmType = T.wasmType
                let value = HostCall.argument(wasmType, at: call.slots + slot)
                if case .v128 = wasmType { slot += 2 } else { slot += 1 }
                return T(wasmValue: value)
            }
            let produced = try body(call.caller, repeat argument((each P).self))
            var next = 0
            for value in repeat each produced { next += HostCall.setResult(value.wasmValue, at: call.slots + next) }
        })
    }
}

extension HostCall {
    /// The value of `type` in the slots at `slots` (the typed form's reader).
    @usableFromInline
    static func argument(_ type: ValueType, at slots: UnsafeMutablePointer<UInt64>) -> Value {
        if case .v128 = type { return .v128(V128(low: slots[0], high: slots[1])) }
        return Value(slot: slots[0], type: type)
    }

    /// Writes `value` to the slots at `slots`; returns how many it took (the typed form's writer).
    @usableFromInline
    static func setResult(_ value: Value, at slots: UnsafeMutablePointer<UInt64>) -> Int {
        value.store(to: slots)
    }
}

extension Linker {
    /// Defines a host function (e.g. one made from typed Swift closures); throws on a duplicate.
    public mutating func define(module: String, name: String, _ function: HostFunction) throws(WasmError) {
        try add(module, name, .host(function))
    }
}
