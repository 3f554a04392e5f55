/// A function signature.
public struct FunctionType: Hashable, Sendable {
    public var parameters: [ValueType]
    public var results: [ValueType]

    public init(parameters: [ValueType] = [], results: [ValueType] = []) {
        self.parameters = parameters
        self.results = results
    }
}

/// The shape of a defined type: a function, a struct or an array.
public enum CompositeType: Hashable, Sendable {
    case function(FunctionType)
    case structure([FieldType])
    case array(FieldType)
}

/// A defined type with its subtyping information.
public struct SubType: Hashable, Sendable {
    public var isFinal: Bool
    /// Declared supertypes as type indices (at most one is valid).
    public var supertypes: [UInt32]
    public var composite: CompositeType

    public init(isFinal: Bool = true, supertypes: [UInt32] = [], composite: CompositeType) {
        self.isFinal = isFinal
        self.supertypes = supertypes
        self.composite = composite
    }
}

/// A recursive type group. A plain type definition is a group of one.
public struct RecGroup: Hashable, Sendable {
    public var types: [SubType]
    /// Whether the group was written as an explicit `rec` (binary 0x4E). A `rec` of one type is
    /// distinct from a plain type definition only in its encoding, not its meaning.
    public var isExplicit: Bool

    public init(types: [SubType], isExplicit: Bool = false) {
        self.types = types
        self.isExplicit = isExplicit
    }
}

/// The type of a block, loop, if or try_table.
public enum BlockType: Hashable, Sendable {
    case empty
    case value(ValueType)
    case typeIndex(UInt32)
}
