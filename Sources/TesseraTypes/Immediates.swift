/// A memory access immediate.
public struct MemArg: Hashable, Sendable {
    /// log2 of the alignment hint.
    public var align: UInt32
    public var memory: UInt32
    public var offset: UInt64

    public init(align: UInt32, memory: UInt32 = 0, offset: UInt64 = 0) {
        self.align = align
        self.memory = memory
        self.offset = offset
    }
}

/// The immediate of `br_table`.
public struct BrTable: Hashable, Sendable {
    public var targets: [UInt32]
    public var defaultTarget: UInt32

    public init(targets: [UInt32], defaultTarget: UInt32) {
        self.targets = targets
        self.defaultTarget = defaultTarget
    }
}

/// A catch clause of `try_table`.
public enum Catch: Hashable, Sendable {
    case `catch`(tag: UInt32, label: UInt32)
    case catchRef(tag: UInt32, label: UInt32)
    case catchAll(label: UInt32)
    case catchAllRef(label: UInt32)

    public var label: UInt32 {
        switch self {
        case .catch(_, let l), .catchRef(_, let l), .catchAll(let l), .catchAllRef(let l): l
        }
    }
}

/// A 128-bit SIMD value, little-endian: `low` holds bytes 0–7, `high` bytes 8–15.
public struct V128: Hashable, Sendable {
    public var low: UInt64
    public var high: UInt64

    public init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

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

    public var bytes: [UInt8] {
        (0..<16).map { i in
            i < 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(i)))
                  : UInt8(truncatingIfNeeded: high >> (8 * UInt64(i - 8)))
        }
    }

    public static let zero = V128(low: 0, high: 0)
}
