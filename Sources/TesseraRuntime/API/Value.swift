public import TesseraTypes

/// A reference to a function of some store (an opaque address; compare with `==`).
public struct FunctionReference: Hashable, Sendable {
    let address: UInt
}

/// A host-provided `externref` payload.
public struct ExternReference: Hashable, Sendable {
    public var id: UInt64
    public init(_ id: UInt64) { self.id = id }
}

/// A reference of the internal (`any`) hierarchy: an opaque address inside its store.
public struct AnyReference: Hashable, Sendable {
    let address: UInt
}

/// An `exnref`: an exception object of some store (an opaque address; the store keeps the object).
public struct ExceptionReference: Hashable, Sendable {
    let address: UInt
}

/// A WebAssembly value. Floats are kept as bit patterns so NaN payloads survive the trip.
public enum Value: Hashable, Sendable {
    case i32(Int32)
    case i64(Int64)
    /// An f32 as its IEEE-754 bit pattern (see `float32(_:)`).
    case f32(UInt32)
    /// An f64 as its IEEE-754 bit pattern (see `float64(_:)`).
    case f64(UInt64)
    case v128(V128)
    case funcRef(FunctionReference?)
    case externRef(ExternReference?)
    /// A reference of the `any` hierarchy (`anyref`, `eqref`, `i31ref`, `structref`, `arrayref`, …).
    case anyRef(AnyReference?)
    /// An `exnref`.
    case exnRef(ExceptionReference?)

    public static func float32(_ value: Float) -> Value { .f32(value.bitPattern) }
    public static func float64(_ value: Double) -> Value { .f64(value.bitPattern) }

    public var i32: Int32? { if case .i32(let v) = self { v } else { nil } }
    public var i64: Int64? { if case .i64(let v) = self { v } else { nil } }
    public var float32: Float? { if case .f32(let v) = self { Float(bitPattern: v) } else { nil } }
    public var float64: Double? { if case .f64(let v) = self { Double(bitPattern: v) } else { nil } }

    /// The value's type (references: the nullable top type of their hierarchy, e.g. `funcref`).
    public var type: ValueType {
        switch self {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        case .v128: .v128
        case .funcRef: .funcref
        case .externRef: .externref
        case .anyRef: .ref(RefType(nullable: true, .abstract(.any)))
        case .exnRef: .exnref
        }
    }

    /// Whether the value may be passed where `type` is expected (reference subtyping is approximated
    /// by the reference's hierarchy).
    public func matches(_ type: ValueType) -> Bool {
        switch (self, type) {
        case (.i32, .i32), (.i64, .i64), (.f32, .f32), (.f64, .f64), (.v128, .v128): true
        case (.funcRef(let r), .ref(let t)):
            (r != nil || t.isNullable) && Self.hierarchy(of: t.heapType) == .function
        case (.externRef(let r), .ref(let t)):
            (r != nil || t.isNullable) && Self.hierarchy(of: t.heapType) == .extern
        case (.anyRef(let r), .ref(let t)):
            (r != nil || t.isNullable) && Self.hierarchy(of: t.heapType) == .any
        case (.exnRef(let r), .ref(let t)):
            (r != nil || t.isNullable) && Self.hierarchy(of: t.heapType) == .exception
        default: false
        }
    }

    static func hierarchy(of heap: HeapType) -> AbstractHeapType {
        switch heap {
        case .abstract(let a): a.top
        case .concrete: .function
        }
    }

    /// The zero / null value of a type.
    public static func defaultValue(of type: ValueType) -> Value {
        switch type {
        case .i32: .i32(0)
        case .i64: .i64(0)
        case .f32: .f32(0)
        case .f64: .f64(0)
        case .v128: .v128(.zero)
        case .ref(let r):
            switch hierarchy(of: r.heapType) {
            case .extern: .externRef(nil)
            case .any: .anyRef(nil)
            case .exception: .exnRef(nil)
            default: .funcRef(nil)
            }
        }
    }

    // MARK: Slots

    /// The value's 64-bit slot form (nil for v128, which slots do not hold yet).
    var slot: UInt64? {
        switch self {
        case .i32(let v): UInt64(UInt32(bitPattern: v))
        case .i64(let v): UInt64(bitPattern: v)
        case .f32(let v): UInt64(v)
        case .f64(let v): v
        case .v128: nil
        case .funcRef(let r): r.map { UInt64($0.address) } ?? 0
        case .externRef(let r): r.map { $0.id &+ 1 } ?? 0
        case .anyRef(let r): r.map { UInt64($0.address) } ?? 0
        case .exnRef(let r): r.map { UInt64($0.address) } ?? 0
        }
    }

    init(slot: UInt64, type: ValueType) {
        switch type {
        case .i32: self = .i32(Int32(bitPattern: UInt32(truncatingIfNeeded: slot)))
        case .i64: self = .i64(Int64(bitPattern: slot))
        case .f32: self = .f32(UInt32(truncatingIfNeeded: slot))
        case .f64: self = .f64(slot)
        case .v128: self = .v128(.zero)
        case .ref(let r):
            switch Self.hierarchy(of: r.heapType) {
            case .extern: self = .externRef(slot == 0 ? nil : ExternReference(slot &- 1))
            case .any: self = .anyRef(slot == 0 ? nil : AnyReference(address: UInt(slot)))
            case .exception: self = .exnRef(slot == 0 ? nil : ExceptionReference(address: UInt(slot)))
            default: self = .funcRef(slot == 0 ? nil : FunctionReference(address: UInt(slot)))
            }
        }
    }
}
