/// A memory access immediate.
public struct MemArg: Hashable, Sendable {
    /// log2 of the alignment hint.
    public var align: UInt32
    /// The index of the accessed memory (multi-memory).
    public var memory: UInt32
    /// The static offset added to the address (64 bits wide for memory64).
    public var offset: UInt64

    /// Creates a memory argument; memory 0 and offset 0 by default.
    public init(align: UInt32, memory: UInt32 = 0, offset: UInt64 = 0) {
        self.align = align
        self.memory = memory
        self.offset = offset
    }
}

/// The immediate of `br_table`.
public struct BrTable: Hashable, Sendable {
    /// The labels chosen by operand values 0, 1, 2, ….
    public var targets: [UInt32]
    /// The label taken when the operand is out of range.
    public var defaultTarget: UInt32

    /// Creates a `br_table` immediate.
    public init(targets: [UInt32], defaultTarget: UInt32) {
        self.targets = targets
        self.defaultTarget = defaultTarget
    }
}

/// A catch clause of `try_table`.
public enum Catch: Hashable, Sendable {
    /// `catch x l`: branches to `l` with the values of tag `x`.
    case `catch`(tag: UInt32, label: UInt32)
    /// `catch_ref x l`: branches to `l` with the values of tag `x` and the exception as an `exnref`.
    case catchRef(tag: UInt32, label: UInt32)
    /// `catch_all l`: branches to `l` with no values.
    case catchAll(label: UInt32)
    /// `catch_all_ref l`: branches to `l` with the exception as an `exnref`.
    case catchAllRef(label: UInt32)

    /// The label the clause branches to.
    public var label: UInt32 {
        switch self {
        case .catch(_, let l), .catchRef(_, let l), .catchAll(let l), .catchAllRef(let l): l
        }
    }
}

/// A 128-bit SIMD value, little-endian: `low` holds bytes 0–7, `high` bytes 8–15.
public struct V128: Hashable, Sendable {
    /// Bytes 0–7, little-endian.
    public var low: UInt64
    /// Bytes 8–15, little-endian.
    public var high: UInt64

    /// Creates a value from its two 64-bit halves.
    public init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Creates a value from exactly 16 bytes in memory order.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == 16)
        var lo: UInt64 = 0, hi: UInt64 = 0
        for i in 0..<8 {
            lo |= UInt64(bytes[i]) << (8 * UInt64(i))
            hi |= UInt64(bytes[i + 8]) << (8 * UInt64(i))
        }
        self.low = lo
        self.high = hi
    }

    /// The 16 bytes in memory order.
    public var bytes: [UInt8] {
        (0..<16).map { i in
            i < 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(i)))
                  : UInt8(truncatingIfNeeded: high >> (8 * UInt64(i - 8)))
        }
    }

    /// All bits zero.
    public static let zero = V128(low: 0, high: 0)
}
