public import TesseraTypes

/// The type of an operand-stack entry during validation.
public enum OperandType: Hashable, Sendable, CustomStringConvertible {
    /// A value of a known type.
    case value(ValueType)
    /// Any type: an entry conjured by popping below an unreachable frame's base (the spec's ⊥).
    case unknown
    /// A non-null reference of unknown heap type (the spec's `(ref bot)`), produced in unreachable
    /// code by reference instructions whose operand was `unknown`.
    case bottomReference

    /// The value type, when known.
    public var valueType: ValueType? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// The type as the reference interpreter prints it (`_` for unknown).
    public var description: String {
        switch self {
        case .value(let v): v.validationName
        case .unknown: "_"
        case .bottomReference: "(ref bot)"
        }
    }
}

/// A control frame: a block, loop, if/else, try_table or the function body itself.
public struct ControlFrame: Sendable {
    /// The instruction that opened the frame (`function` for the body itself).
    public enum Kind: Sendable, Hashable {
        case function, block, loop, `if`, `else`, tryTable
    }

    /// What opened the frame.
    public let kind: Kind
    /// The block type's parameters.
    public let parameters: [ValueType]
    /// The block type's results.
    public let results: [ValueType]
    /// Operand stack height at the start of the frame (below its parameters).
    public let height: Int
    /// Whether the rest of the frame is unreachable (after br, return, unreachable, throw…).
    public internal(set) var isUnreachable: Bool
    /// Length of the initialised-locals log when the frame was entered (restored at its end).
    let initializationMark: Int

    /// The types a branch to this frame's label carries: the parameters of a loop, else the results.
    @inline(__always)
    public var labelTypes: [ValueType] { kind == .loop ? parameters : results }
}

/// The locals of a function (parameters first) with run-length storage, so huge local counts cost
/// memory proportional to the number of declarations.
struct LocalTypes: Sendable {
    private var flat: [ValueType] = []
    /// For large counts: (end index exclusive, type) runs.
    private var runs: [(end: UInt64, type: ValueType)] = []
    private(set) var count: UInt64 = 0
    private static let flatLimit: UInt64 = 1 << 16

    init() {}

    mutating func append(_ type: ValueType, count n: UInt64) {
        guard n > 0 else { return }
        if runs.isEmpty && count + n <= Self.flatLimit {
            flat.append(contentsOf: repeatElement(type, count: Int(n)))
        } else {
            if runs.isEmpty {
                var i = 0
                while i < flat.count {
                    var j = i
                    while j < flat.count && flat[j] == flat[i] { j += 1 }
                    runs.append((end: UInt64(j), type: flat[i]))
                    i = j
                }
            }
            runs.append((end: count + n, type: type))
        }
        count += n
    }

    subscript(index: UInt32) -> ValueType? {
        let i = UInt64(index)
        guard i < count else { return nil }
        if runs.isEmpty { return flat[Int(i)] }
        var lo = 0, hi = runs.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].end <= i { lo = mid + 1 } else { hi = mid }
        }
        return runs[lo].type
    }
}

extension ValueType {
    /// The name the reference interpreter prints for a type in error messages.
    public var validationName: String {
        switch self {
        case .i32: "i32"
        case .i64: "i64"
        case .f32: "f32"
        case .f64: "f64"
        case .v128: "v128"
        case .ref(let r):
            switch (r.isNullable, r.heapType) {
            case (true, .abstract(let a)) where a != .none && a != .noFunction && a != .noExtern && a != .noException:
                "\(a.textName)ref"
            case (let nullable, .abstract(let a)): nullable ? "(ref null \(a.textName))" : "(ref \(a.textName))"
            case (let nullable, .concrete(let i)): nullable ? "(ref null \(i))" : "(ref \(i))"
            }
        }
    }
}
