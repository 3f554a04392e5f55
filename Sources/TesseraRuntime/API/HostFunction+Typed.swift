public import TesseraTypes

extension HostFunction {
    /// A host function over Swift values: its WebAssembly type comes from the Swift types.
    ///
    /// ```swift
    /// let add = HostFunction((Int32, Int32).self, Int32.self) { caller, a, b in a &+ b }
    /// try linker.define(module: "env", name: "add", add)
    /// ```
    public init<each P: WasmValueConvertible, each R: WasmValueConvertible>(
        _ parameters: (repeat each P).Type, _ results: (repeat each R).Type,
        _ body: @escaping (Caller, repeat each P) throws -> (repeat each R)
    ) {
        var parameterTypes: [ValueType] = []
        for p in repeat (each P).self { parameterTypes.append(p.wasmType) }
        var resultTypes: [ValueType] = []
        for r in repeat (each R).self { resultTypes.append(r.wasmType) }
        self.init(type: FunctionType(parameters: parameterTypes, results: resultTypes)) { caller, arguments in
            // The store checked the arguments against the type before calling.
            var next = 0
            func argument<T: WasmValueConvertible>(_ type: T.Type) -> T {
                defer { next += 1 }
                return T(wasmValue: arguments[next])
            }
            let produced = try body(caller, repeat argument((each P).self))
            var values: [Value] = []
            for value in repeat each produced { values.append(value.wasmValue) }
            return values
        }
    }
}

extension Linker {
    /// Defines a host function (e.g. one made from typed Swift closures); throws on a duplicate.
    public mutating func define(module: String, name: String, _ function: HostFunction) throws(WasmError) {
        try define(module: module, name: name, type: function.type, function.body)
    }
}
