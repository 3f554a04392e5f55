/// Size limits of a memory or table, in pages or elements.
public struct Limits: Hashable, Sendable {
    /// The minimum size.
    public var min: UInt64
    /// The maximum size, if one is declared.
    public var max: UInt64?
    /// Whether the memory or table is indexed by i64 (memory64 / table64).
    public var is64: Bool
    /// Whether the memory is shared (threads).
    public var isShared: Bool

    /// Creates limits; 32-bit, unshared and without a maximum by default.
    public init(min: UInt64, max: UInt64? = nil, is64: Bool = false, isShared: Bool = false) {
        self.min = min
        self.max = max
        self.is64 = is64
        self.isShared = isShared
    }
}

/// A memory's type: its limits in pages and its page size.
public struct MemoryType: Hashable, Sendable {
    /// The size limits, in pages.
    public var limits: Limits
    /// log2 of the page size (custom-page-sizes proposal); 16 for the standard 64 KiB pages.
    public var pageSizeLog2: UInt8

    /// Creates a memory type; standard 64 KiB pages by default.
    public init(limits: Limits, pageSizeLog2: UInt8 = 16) {
        self.limits = limits
        self.pageSizeLog2 = pageSizeLog2
    }
}

/// A table's type: its element reference type and its limits.
public struct TableType: Hashable, Sendable {
    /// The type of the table's elements.
    public var elementType: RefType
    /// The size limits, in elements.
    public var limits: Limits

    /// Creates a table type.
    public init(elementType: RefType, limits: Limits) {
        self.elementType = elementType
        self.limits = limits
    }
}

/// A global's type: its value type and mutability.
public struct GlobalType: Hashable, Sendable {
    /// The type of the global's value.
    public var valueType: ValueType
    /// Whether the global may be set (`mut`).
    public var isMutable: Bool

    /// Creates a global type.
    public init(_ valueType: ValueType, mutable: Bool) {
        self.valueType = valueType
        self.isMutable = mutable
    }
}

/// An exception tag's type: the index of a function type whose results must be empty.
public struct TagType: Hashable, Sendable {
    /// The index of the tag's function type; its parameters are the values an exception carries.
    public var typeIndex: UInt32

    /// Creates a tag type.
    public init(typeIndex: UInt32) {
        self.typeIndex = typeIndex
    }
}

/// The kinds of external values.
public enum ExternalKind: UInt8, Hashable, Sendable {
    /// A function (`func`, binary 0x00).
    case function = 0
    /// A table (binary 0x01).
    case table = 1
    /// A memory (binary 0x02).
    case memory = 2
    /// A global (binary 0x03).
    case global = 3
    /// An exception tag (binary 0x04).
    case tag = 4
}
