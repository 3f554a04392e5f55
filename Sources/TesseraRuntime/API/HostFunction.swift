public import TesseraTypes

/// A host function's definition: its WebAssembly type and a body.
///
/// Every host function runs through one raw body over the call's slots (`HostCall`): no arrays, no
/// allocation and no `Caller` per call. The `[Value]` form and the typed form
/// (`HostFunction((Int32, Int32).self, Int32.self) { … }`) are adapters over it.
public struct HostFunction {
    /// The function's WebAssembly type.
    public let type: FunctionType
    /// The raw body: reads the arguments from the call's slots and writes the results there.
    let raw: (HostCall) throws -> Void
    /// Slots the call occupies: the larger of the parameters' and the results' (v128 takes two).
    let slotCount: Int

    /// A raw host function: `body` reads its arguments from `call`'s slots and writes its results to
    /// the slots from 0 (see `HostCall`). The store trusts the body to write results of `type`.
    ///
    /// ```swift
    /// let add = HostFunction(type: FunctionType(parameters: [.i32, .i32], results: [.i32])) { call in
    ///     call.setI32(0, call.i32(0) &+ call.i32(1))
    /// }
    /// ```
    public init(type: FunctionType, raw body: @escaping (HostCall) throws -> Void) {
        self.type = type
        self.raw = body
        self.slotCount = max(type.parameters.slotCount, type.results.slotCount)
    }

    /// A host function over `[Value]` arrays: `body` gets the arguments and returns the results, which
    /// must match the type's results (or the call traps with "host function returned values of the
    /// wrong type"). The slower form: the raw and typed forms avoid the arrays.
    public init(type: FunctionType, _ body: @escaping (Caller, [Value]) throws -> [Value]) {
        let parameters = type.parameters, results = type.results
        self.init(type: type, raw: { call in
            let produced = try body(call.caller, Value.load(parameters, from: call.slots))
            guard produced.count == results.count, zip(produced, results).allSatisfy({ $0.matches($1) }) else {
                throw WasmError(.trap, "host function returned values of the wrong type")
            }
            var next = 0
            for value in produced { next += value.store(to: call.slots + next) }
        })
    }
}

extension [ValueType] {
    /// The slots values of these types take (v128 takes two).
    var slotCount: Int {
        var count = 0
        for type in self { count += type == .v128 ? 2 : 1 }
        return count
    }
}
