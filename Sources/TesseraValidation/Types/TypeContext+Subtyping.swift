public import TesseraTypes

/// The shape of a defined type, for placing concrete heap types in the abstract hierarchy.
public enum CompositeKind: Sendable {
    case function, structure, array
}

extension CompositeType {
    /// Whether this is a function, struct or array type.
    public var kind: CompositeKind {
        switch self {
        case .function: .function
        case .structure: .structure
        case .array: .array
        }
    }
}

extension TypeContext {
    /// The kind of a (bounds-checked) type index.
    @inline(__always)
    public func kind(_ index: UInt32) -> CompositeKind { types[Int(index)].composite.kind }

    /// The top of the hierarchy a heap type belongs to (`func`, `extern`, `any` or `exn`).
    public func top(of heap: HeapType) -> AbstractHeapType {
        switch heap {
        case .abstract(let a): a.top
        case .concrete(let i): kind(i) == .function ? .function : .any
        }
    }

    /// The bottom of the hierarchy a heap type belongs to.
    public func bottom(of heap: HeapType) -> AbstractHeapType {
        switch heap {
        case .abstract(let a): a.bottom
        case .concrete(let i): kind(i) == .function ? .noFunction : .none
        }
    }

    /// Heap subtyping: the abstract hierarchies (any ⊇ eq ⊇ i31/struct/array ⊇ none, func ⊇ nofunc,
    /// extern ⊇ noextern, exn ⊇ noexn) with defined types placed under `func`, `struct` or `array`.
    public func isSubtype(_ a: HeapType, of b: HeapType) -> Bool {
        switch (a, b) {
        case (.abstract(let x), .abstract(let y)):
            return Self.abstractIsSubtype(x, of: y)
        case (.concrete(let x), .abstract(let y)):
            switch kind(x) {
            case .function: return y == .function
            case .structure: return y == .structure || y == .eq || y == .any
            case .array: return y == .array || y == .eq || y == .any
            }
        case (.abstract(let x), .concrete(let y)):
            switch kind(y) {
            case .function: return x == .noFunction
            case .structure, .array: return x == .none
            }
        case (.concrete(let x), .concrete(let y)):
            return isSubtype(x, of: y)
        }
    }

    /// Subtyping between abstract heap types.
    public static func abstractIsSubtype(_ a: AbstractHeapType, of b: AbstractHeapType) -> Bool {
        if a == b { return true }
        switch b {
        case .any: return a == .eq || a == .i31 || a == .structure || a == .array || a == .none
        case .eq: return a == .i31 || a == .structure || a == .array || a == .none
        case .i31, .structure, .array: return a == .none
        case .function: return a == .noFunction
        case .extern: return a == .noExtern
        case .exception: return a == .noException
        case .none, .noFunction, .noExtern, .noException: return false
        }
    }

    /// Reference subtyping: nullability may only be gained, the heap type must be a subtype.
    public func isSubtype(_ a: RefType, of b: RefType) -> Bool {
        (!a.isNullable || b.isNullable) && isSubtype(a.heapType, of: b.heapType)
    }

    /// Value subtyping: numeric and vector types match only themselves.
    public func isSubtype(_ a: ValueType, of b: ValueType) -> Bool {
        switch (a, b) {
        case (.ref(let x), .ref(let y)): isSubtype(x, of: y)
        case (.ref, _), (_, .ref): false
        default: a == b
        }
    }

    /// Type equality (equal canonical types for concrete references).
    public func equal(_ a: ValueType, _ b: ValueType) -> Bool {
        switch (a, b) {
        case (.ref(let x), .ref(let y)):
            guard x.isNullable == y.isNullable else { return false }
            switch (x.heapType, y.heapType) {
            case (.concrete(let i), .concrete(let j)): return equal(i, j)
            default: return x.heapType == y.heapType
            }
        default: return a == b
        }
    }

    /// Whether every type of `a` is a subtype of the corresponding type of `b` (same length).
    public func isSubtype(_ a: [ValueType], of b: [ValueType]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where !isSubtype(a[i], of: b[i]) { return false }
        return true
    }

    func storageMatches(_ a: StorageType, _ b: StorageType) -> Bool {
        switch (a, b) {
        case (.i8, .i8), (.i16, .i16): true
        case (.value(let x), .value(let y)): isSubtype(x, of: y)
        default: false
        }
    }

    func fieldMatches(_ a: FieldType, _ b: FieldType) -> Bool {
        guard a.isMutable == b.isMutable else { return false }
        if a.isMutable {
            // Mutable fields are invariant.
            return storageMatches(a.storage, b.storage) && storageMatches(b.storage, a.storage)
        }
        return storageMatches(a.storage, b.storage)
    }

    /// Structural matching of composite types for subtype declarations: function parameters are
    /// contravariant and results covariant; structs match by width and depth; arrays by element.
    func compositeMatches(_ a: CompositeType, _ b: CompositeType) -> Bool {
        switch (a, b) {
        case (.function(let f), .function(let g)):
            return isSubtype(g.parameters, of: f.parameters) && isSubtype(f.results, of: g.results)
        case (.structure(let x), .structure(let y)):
            guard x.count >= y.count else { return false }
            for i in y.indices where !fieldMatches(x[i], y[i]) { return false }
            return true
        case (.array(let x), .array(let y)):
            return fieldMatches(x, y)
        default:
            return false
        }
    }
}
