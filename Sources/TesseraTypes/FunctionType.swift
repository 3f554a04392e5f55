/// A function signature.
public struct FunctionType: Hashable, Sendable {
    /// The parameter types, in order.
    public var parameters: [ValueType]
    /// The result types, in order.
    public var results: [ValueType]

    /// Creates a signature from its parameter and result types.
    public init(parameters: [ValueType] = [], results: [ValueType] = []) {
        self.parameters = parameters
        self.results = results
    }
}

/// The shape of a defined type: a function, a struct or an array.
public enum CompositeType: Hashable, Sendable {
    /// A function type (`func`).
    case function(FunctionType)
    /// A struct type (`struct`): its fields in order.
    case structure([FieldType])
    /// An array type (`array`): its element type.
    case array(FieldType)
}

/// A defined type with its subtyping information.
public struct SubType: Hashable, Sendable {
    /// Whether the type is final: no type may declare it as a supertype.
    public var isFinal: Bool
    /// Declared supertypes as type indices (at most one is valid).
    public var supertypes: [UInt32]
    /// The type's shape.
    public var composite: CompositeType

    /// Creates a sub type; by default final and without supertypes, like a plain definition.
    public init(isFinal: Bool = true, supertypes: [UInt32] = [], composite: CompositeType) {
        self.isFinal = isFinal
        self.supertypes = supertypes
        self.composite = composite
    }
}

/// A recursive type group. A plain type definition is a group of one.
public struct RecGroup: Hashable, Sendable {
    /// The group's types, in order; they take consecutive type indices.
    public var types: [SubType]
    /// Whether the group was written as an explicit `rec` (binary 0x4E). A `rec` of one type is
    /// distinct from a plain type definition only in its encoding, not its meaning.
    public var isExplicit: Bool

    /// Creates a group; `isExplicit` records whether it was written as an explicit `rec`.
    public init(types: [SubType], isExplicit: Bool = false) {
        self.types = types
        self.isExplicit = isExplicit
    }
}

/// The type of a block, loop, if or try_table.
public enum BlockType: Hashable, Sendable {
    /// No parameters and no results (binary 0x40).
    case empty
    /// No parameters and one result.
    case value(ValueType)
    /// The parameters and results of the function type at this type index.
    case typeIndex(UInt32)
}
