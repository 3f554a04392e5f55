/// How the interpreter executes a scalar numeric or conversion instruction: the handler shape and the
/// Swift expression the handler applies.
///
/// One `Execution` value describes an operator family (the static members in `Execution+Numeric.swift`)
/// and is shared by every table entry of that family, e.g. `.wrappingAdd` by `i32.add` and `i64.add`:
/// the operand and result types come from the entry's ``Signature``, and the expression names them only
/// through placeholders:
///
/// - `$A` / `$R`: the Swift type of the operands / of the result (`UInt32`, `UInt64`, `Float`,
///   `Double`; the unsigned bit-pattern type when ``onBitPatterns`` is set);
/// - `$SA` / `$SR`: the signed integer type of the operand / result width (`Int32`, `Int64`);
/// - `$SIGN`: the sign-bit literal of the operand width (`0x8000_0000`, `0x8000_0000_0000_0000`).
///
/// The operands are `a` (and `b`); helpers are the runtime's `IntOps` and `FloatOps`
/// (`Interpreter/Semantics.swift`), the shapes its `unary`, `binaryRR`, … (`Handlers+Shapes.swift`).
public struct Execution: Hashable, Sendable {
    /// The operand layout and the runtime shape function a handler is written with.
    public enum Shape: Hashable, Sendable {
        /// `a -> result`: the `unary` shape, `[h, dst, a]`.
        case unary
        /// `a -> (result, TrapCode)`: the `trappingUnary` shape.
        case trappingUnary
        /// `(a, b) -> result`: `binaryRR`, and `binaryRI` (`[h, dst, a, imm]`) for integer operands.
        case binary
        /// `(a, b) -> (result, TrapCode)`: `trappingRR`, and `trappingRI` for integer operands.
        case trappingBinary
        /// `(a, b) -> Bool`: `compareRR` (and `compareRI`), and for integer operands the fused
        /// compare-and-branch handlers `branchCompareRR`/`branchCompareRI` (`[h, a, b, offset]`).
        case compare
        /// The slot already holds the result's bit pattern (reinterpretations): the shared `copySlot`.
        case copy
    }

    /// The handler shape.
    public var shape: Shape
    /// The Swift expression (or statements ending in `return`) computing the result from `a` and `b`.
    public var expression: String
    /// Operands and result are unsigned bit patterns even for a float instruction (`copysign`).
    public var onBitPatterns: Bool
    /// The expression yields the slot word itself (`UInt64`) rather than a value of the result type.
    public var resultIsSlot: Bool

    /// Creates an execution description; the static factories below read better in the table.
    public init(_ shape: Shape, _ expression: String, onBitPatterns: Bool = false, resultIsSlot: Bool = false) {
        self.shape = shape
        self.expression = expression
        self.onBitPatterns = onBitPatterns
        self.resultIsSlot = resultIsSlot
    }

    static func unary(_ expression: String, resultIsSlot: Bool = false) -> Execution {
        Execution(.unary, expression, resultIsSlot: resultIsSlot)
    }

    static func trappingUnary(_ expression: String) -> Execution { Execution(.trappingUnary, expression) }

    static func binary(_ expression: String, onBitPatterns: Bool = false) -> Execution {
        Execution(.binary, expression, onBitPatterns: onBitPatterns)
    }

    static func trappingBinary(_ expression: String) -> Execution { Execution(.trappingBinary, expression) }

    static func compare(_ expression: String) -> Execution { Execution(.compare, expression) }

    /// A reinterpretation: no handler of its own.
    static let copy = Execution(.copy, "a")
}

/// The Swift types a value-type name stands for in handlers.
enum Lane {
    /// The Swift type of a value of the named type as handlers read it from a slot.
    static func swiftType(_ valueType: String, asBits: Bool = false) -> String {
        switch (valueType, asBits) {
        case ("i32", _), ("f32", true): "UInt32"
        case ("i64", _), ("f64", true): "UInt64"
        case ("f32", false): "Float"
        case ("f64", false): "Double"
        default: preconditionFailure("no scalar lane type for \(valueType)")
        }
    }

    /// The signed integer type of the named type's width.
    static func signedType(_ valueType: String) -> String {
        bitWidth(valueType) == 32 ? "Int32" : "Int64"
    }

    /// The sign bit of the named type's width, as a Swift literal.
    static func signBit(_ valueType: String) -> String {
        bitWidth(valueType) == 32 ? "0x8000_0000" : "0x8000_0000_0000_0000"
    }

    static func bitWidth(_ valueType: String) -> Int {
        switch valueType {
        case "i32", "f32": 32
        case "i64", "f64": 64
        default: preconditionFailure("no scalar lane type for \(valueType)")
        }
    }

    /// Whether the named type is an integer type (integer operators also take an immediate operand).
    static func isInteger(_ valueType: String) -> Bool { valueType == "i32" || valueType == "i64" }
}
