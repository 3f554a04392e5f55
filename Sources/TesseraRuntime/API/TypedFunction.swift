public import TesseraTypes

/// A Swift type that stands for one WebAssembly value type, for typed function calls.
///
/// `Int32`/`UInt32` are `i32`, `Int64`/`UInt64` are `i64`, `Float` is `f32`, `Double` is `f64`, `V128` is
/// `v128`; `FunctionReference` and `ExternReference` are the non-null `(ref func)` / `(ref extern)`, and
/// their optionals the nullable `funcref` / `externref`.
public protocol WasmValueConvertible {
    /// The WebAssembly type values of this Swift type have.
    static var wasmType: ValueType { get }
    /// The value as a WebAssembly value (of `wasmType`).
    var wasmValue: Value { get }
    /// Converts a WebAssembly value of `wasmType` (other values give an unspecified result).
    init(wasmValue: Value)
}

extension Int32: WasmValueConvertible {
    public static var wasmType: ValueType { .i32 }
    public var wasmValue: Value { .i32(self) }
    public init(wasmValue: Value) { self = wasmValue.i32 ?? 0 }
}

extension UInt32: WasmValueConvertible {
    public static var wasmType: ValueType { .i32 }
    public var wasmValue: Value { .i32(Int32(bitPattern: self)) }
    public init(wasmValue: Value) { self = UInt32(bitPattern: wasmValue.i32 ?? 0) }
}

extension Int64: WasmValueConvertible {
    public static var wasmType: ValueType { .i64 }
    public var wasmValue: Value { .i64(self) }
    public init(wasmValue: Value) { self = wasmValue.i64 ?? 0 }
}

extension UInt64: WasmValueConvertible {
    public static var wasmType: ValueType { .i64 }
    public var wasmValue: Value { .i64(Int64(bitPattern: self)) }
    public init(wasmValue: Value) { self = UInt64(bitPattern: wasmValue.i64 ?? 0) }
}

extension Float: WasmValueConvertible {
    public static var wasmType: ValueType { .f32 }
    public var wasmValue: Value { .f32(bitPattern) }
    public init(wasmValue: Value) { self = wasmValue.float32 ?? 0 }
}

extension Double: WasmValueConvertible {
    public static var wasmType: ValueType { .f64 }
    public var wasmValue: Value { .f64(bitPattern) }
    public init(wasmValue: Value) { self = wasmValue.float64 ?? 0 }
}

extension V128: WasmValueConvertible {
    public static var wasmType: ValueType { .v128 }
    public var wasmValue: Value { .v128(self) }
    public init(wasmValue: Value) {
        if case .v128(let v) = wasmValue { self = v } else { self = .zero }
    }
}

/// A non-null reference type usable in typed calls; its `Optional` is the nullable reference type.
public protocol WasmReferenceConvertible: WasmValueConvertible {
    /// The heap type the references point to.
    static var heapType: HeapType { get }
    /// The reference as a (possibly null) WebAssembly value.
    static func wasmValue(_ reference: Self?) -> Value
    /// The reference a WebAssembly value holds (nil for null or another kind of value).
    static func reference(_ value: Value) -> Self?
}

extension WasmReferenceConvertible {
    public static var wasmType: ValueType { .ref(RefType(nullable: false, heapType)) }
    public var wasmValue: Value { Self.wasmValue(self) }
    public init(wasmValue: Value) {
        // Only ever called with non-null values of the type (checked when the wrapper was made).
        self = Self.reference(wasmValue).unsafelyUnwrapped
    }
}

extension FunctionReference: WasmReferenceConvertible {
    public static var heapType: HeapType { .function }
    public static func wasmValue(_ reference: FunctionReference?) -> Value { .funcRef(reference) }
    public static func reference(_ value: Value) -> FunctionReference? {
        if case .funcRef(let r) = value { return r }
        return nil
    }
}

extension ExternReference: WasmReferenceConvertible {
    public static var heapType: HeapType { .extern }
    public static func wasmValue(_ reference: ExternReference?) -> Value { .externRef(reference) }
    public static func reference(_ value: Value) -> ExternReference? {
        if case .externRef(let r) = value { return r }
        return nil
    }
}

extension Optional: WasmValueConvertible where Wrapped: WasmReferenceConvertible {
    public static var wasmType: ValueType { .ref(RefType(nullable: true, Wrapped.heapType)) }
    public var wasmValue: Value { Wrapped.wasmValue(self) }
    public init(wasmValue: Value) { self = Wrapped.reference(wasmValue) }
}

/// A function whose parameter and result types were checked once, when the wrapper was made: calls
/// take and return Swift values directly, without `[Value]` arrays.
///
/// ```swift
/// let add = try instance.typedFunction("add", (Int32, Int32).self, Int32.self)
/// let sum = try add(2, 3)                  // Int32
/// let swap = try instance.typedFunction("swap", (Int64, Double).self, (Double, Int64).self)
/// let (d, i) = try swap(1, 2.5)
/// let tick = try instance.typedFunction("tick", Void.self, Void.self)
/// try tick()
/// ```
///
/// `Result` is the tuple of the result types: a single type for one result, `Void` for none.
public struct TypedFunction<each Parameter: WasmValueConvertible, Result> {
    /// The untyped function.
    public let function: Function
    let readResults: (FP) -> Result

    /// Calls the function. Traps throw `WasmError` of kind `.trap`; stack overflow `.exhaustion`.
    public func callAsFunction(_ arguments: repeat each Parameter) throws(WasmError) -> Result {
        let store = function.store
        let entry = function.entry
        guard entry.pointee.code != nil else {
            // Host functions run through the untyped path (their body takes `[Value]` anyway).
            var values: [Value] = []
            for argument in repeat each arguments { values.append(argument.wasmValue) }
            return Self.unpack(try function.call(values), with: readResults)
        }
        // Errors carry the wasm backtrace, as `Function.call`'s do.
        store.clearTrapLocation()
        do {
            let frame = try store.run(entry) { fp in
                var next = 0
                for argument in repeat each arguments { next += argument.wasmValue.store(to: fp + next) }
                return next
            }
            return readResults(frame)
        } catch {
            throw store.attachBacktrace(error)
        }
    }

    /// Reads host-function results through the same reader (laid out in slots first).
    static func unpack(_ results: [Value], with read: (FP) -> Result) -> Result {
        let slots = FP.allocate(capacity: max(2 * results.count, 1))
        defer { slots.deallocate() }
        var next = 0
        for value in results { next += value.store(to: slots + next) }
        return read(slots)
    }
}

extension Function {
    /// This function with Swift parameter and result types, checked now: each parameter type must be
    /// exactly the function's, each result type must accept the function's result (a nullable Swift
    /// reference type accepts a non-null result). Throws `.unlinkable` ("type mismatch") otherwise.
    public func typed<each P: WasmValueConvertible, each R: WasmValueConvertible>(
        _ parameters: (repeat each P).Type, _ results: (repeat each R).Type
    ) throws(WasmError) -> TypedFunction<repeat each P, (repeat each R)> {
        var parameterTypes: [ValueType] = []
        for p in repeat (each P).self { parameterTypes.append(p.wasmType) }
        var resultTypes: [ValueType] = []
        for r in repeat (each R).self { resultTypes.append(r.wasmType) }
        guard parameterTypes == type.parameters, resultTypes.count == type.results.count,
              zip(type.results, resultTypes).allSatisfy({ Self.accepts($1, $0) }) else {
            throw WasmError(.unlinkable, "type mismatch: the function has type \(type.parameters) -> \(type.results), "
                                + "not \(parameterTypes) -> \(resultTypes)")
        }
        return TypedFunction(function: self, readResults: { fp in
            var next = 0
            func read<T: WasmValueConvertible>(_ type: T.Type) -> T {
                let t = T.wasmType
                let value = t == .v128 ? Value.v128(V128(low: fp[next], high: fp[next + 1])) : Value(slot: fp[next], type: t)
                next += t == .v128 ? 2 : 1
                return T(wasmValue: value)
            }
            return (repeat read((each R).self))
        })
    }

    /// Whether a Swift result of type `target` can hold a function result of type `actual`.
    static func accepts(_ target: ValueType, _ actual: ValueType) -> Bool {
        guard case .ref(let t) = target, case .ref(let a) = actual else { return target == actual }
        return (t.isNullable || !a.isNullable) && Value.hierarchy(of: t.heapType) == Value.hierarchy(of: a.heapType)
            && (t.heapType == a.heapType || t.heapType == .abstract(Value.hierarchy(of: t.heapType)))
    }
}

extension Instance {
    /// The exported function `name` with Swift parameter and result types (see `Function.typed`).
    /// Throws `.unlinkable` when there is no such function export or its type differs.
    public func typedFunction<each P: WasmValueConvertible, each R: WasmValueConvertible>(
        _ name: String, _ parameters: (repeat each P).Type, _ results: (repeat each R).Type
    ) throws(WasmError) -> TypedFunction<repeat each P, (repeat each R)> {
        guard let function = function(name) else {
            throw WasmError(.unlinkable, "unknown function export \"\(name)\"")
        }
        return try function.typed(parameters, results)
    }
}
