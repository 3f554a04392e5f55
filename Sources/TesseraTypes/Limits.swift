/// Size limits of a memory or table, in pages or elements.
public struct Limits: Hashable, Sendable {
    public var min: UInt64
    public var max: UInt64?
    /// Whether the memory or table is indexed by i64 (memory64 / table64).
    public var is64: Bool
    /// Whether the memory is shared (threads).
    public var isShared: Bool

    public init(min: UInt64, max: UInt64? = nil, is64: Bool = false, isShared: Bool = false) {
        self.min = min
        self.max = max
        self.is64 = is64
        self.isShared = isShared
    }
}

public struct MemoryType: Hashable, Sendable {
    public var limits: Limits
    /// log2 of the page size (custom-page-sizes proposal); 16 for the standard 64 KiB pages.
    public var pageSizeLog2: UInt8

    public init(limits: Limits, pageSizeLog2: UInt8 = 16) {
        self.limits = limits
        self.pageSizeLog2 = pageSizeLog2
    }
}

public struct TableType: Hashable, Sendable {
    public var elementType: RefType
    public var limits: Limits

    public init(elementType: RefType, limits: Limits) {
        self.elementType = elementType
        self.limits = limits
    }
}

public struct GlobalType: Hashable, Sendable {
    public var valueType: ValueType
    public var isMutable: Bool

    public init(_ valueType: ValueType, mutable: Bool) {
        self.valueType = valueType
        self.isMutable = mutable
    }
}

/// An exception tag's type: the index of a function type whose results must be empty.
public struct TagType: Hashable, Sendable {
    public var typeIndex: UInt32

    public init(typeIndex: UInt32) {
        self.typeIndex = typeIndex
    }
}

/// The kinds of external values.
public enum ExternalKind: UInt8, Hashable, Sendable {
    case function = 0
    case table = 1
    case memory = 2
    case global = 3
    case tag = 4
}
