import TesseraTypes

// Rewriting and visiting the type indices that occur inside types. Canonicalisation rewrites every
// index of a recursion group into a group-relative form; validation visits them to check bounds.

extension HeapType {
    /// The heap type with its type index (if any) replaced by `transform(index)`.
    func mappingTypeIndices(_ transform: (UInt32) -> UInt32) -> HeapType {
        switch self {
        case .abstract: self
        case .concrete(let index): .concrete(transform(index))
        }
    }
}

extension RefType {
    func mappingTypeIndices(_ transform: (UInt32) -> UInt32) -> RefType {
        RefType(nullable: isNullable, heapType.mappingTypeIndices(transform))
    }
}

extension ValueType {
    func mappingTypeIndices(_ transform: (UInt32) -> UInt32) -> ValueType {
        switch self {
        case .ref(let r): .ref(r.mappingTypeIndices(transform))
        default: self
        }
    }

    /// The type index this value type refers to, if it is a concrete reference.
    var referencedTypeIndex: UInt32? {
        if case .ref(let r) = self, case .concrete(let index) = r.heapType { return index }
        return nil
    }
}

extension FieldType {
    func mappingTypeIndices(_ transform: (UInt32) -> UInt32) -> FieldType {
        switch storage {
        case .i8, .i16: self
        case .value(let v): FieldType(.value(v.mappingTypeIndices(transform)), mutable: isMutable)
        }
    }
}

extension CompositeType {
    func mappingTypeIndices(_ transform: (UInt32) -> UInt32) -> CompositeType {
        switch self {
        case .function(let f):
            .function(FunctionType(
                parameters: f.parameters.map { $0.mappingTypeIndices(transform) },
                results: f.results.map { $0.mappingTypeIndices(transform) }))
        case .structure(let fields):
            .structure(fields.map { $0.mappingTypeIndices(transform) })
        case .array(let field):
            .array(field.mappingTypeIndices(transform))
        }
    }

    /// Calls `body` with every type index occurring in the composite type, in order.
    func forEachTypeIndex<E: Error>(_ body: (UInt32) throws(E) -> Void) throws(E) {
        switch self {
        case .function(let f):
            for t in f.parameters { if let i = t.referencedTypeIndex { try body(i) } }
            for t in f.results { if let i = t.referencedTypeIndex { try body(i) } }
        case .structure(let fields):
            for field in fields {
                if case .value(let v) = field.storage, let i = v.referencedTypeIndex { try body(i) }
            }
        case .array(let field):
            if case .value(let v) = field.storage, let i = v.referencedTypeIndex { try body(i) }
        }
    }
}

extension SubType {
    func mappingTypeIndices(_ transform: (UInt32) -> UInt32) -> SubType {
        SubType(isFinal: isFinal, supertypes: supertypes.map(transform),
                composite: composite.mappingTypeIndices(transform))
    }
}
