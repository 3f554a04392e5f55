public import TesseraTypes

/// The validated type section of a module: every defined type with its canonical identity.
///
/// Type equivalence is iso-recursive: recursion groups are canonicalised (indices inside the group
/// taken relatively, indices to earlier groups replaced by those groups' canonical types) and interned
/// by hashing, so two type indices are equal exactly when their dense `canonicalIDs` are equal, and
/// subtyping between defined types walks a chain of ids. Building is linear in the size of the section.
public struct TypeContext: Sendable {
    /// The defined types in module index space.
    public private(set) var types: [SubType] = []
    /// The module-independent canonical type of each type index.
    public private(set) var canonicalTypes: [CanonicalType] = []
    /// Dense module-local ids: `canonicalIDs[a] == canonicalIDs[b]` iff types `a` and `b` are equal.
    public private(set) var canonicalIDs: [Int] = []
    /// The canonical id of the declared supertype of each canonical id (-1 when none).
    private var superIDs: [Int] = []
    /// The length of each canonical id's supertype chain (0 without a supertype).
    private var depths: [Int] = []
    /// Whether each type's instances can be created with default values (`struct.new_default`,
    /// `array.new_default`): every field or the element is defaultable. False for function types.
    public private(set) var hasDefaultableFields: [Bool] = []

    // Implementation limits (those of the JS API). They keep validation linear: no single instruction
    // does more than a bounded amount of work for a few bytes of input.
    /// Longest supertype chain; keeps subtype checks O(1).
    public static let maximumSubtypingDepth = 63
    /// Most parameters, and most results, of a function type.
    public static let maximumFunctionArity = 1000
    /// Most fields of a struct type.
    public static let maximumStructFields = 10_000
    private var interned: [CanonicalRecGroup: Int] = [:]
    private var nextID = 0

    /// An empty type section.
    public init() {}

    /// Builds and validates the types of all groups in order.
    public init(recGroups: [RecGroup]) throws(WasmError) {
        for group in recGroups { try addRecGroup(group) }
    }

    /// The number of defined types.
    public var count: Int { types.count }

    /// The composite type of a (bounds-checked) type index.
    @inline(__always)
    public func composite(_ index: UInt32) -> CompositeType { types[Int(index)].composite }

    /// The function type of a type index, if it is one.
    public func functionType(_ index: UInt32) -> FunctionType? {
        guard Int(index) < types.count, case .function(let f) = types[Int(index)].composite else { return nil }
        return f
    }

    /// Appends a recursion group: checks its indices, canonicalises it and validates its subtype
    /// declarations.
    public mutating func addRecGroup(_ group: RecGroup) throws(WasmError) {
        let start = types.count
        let n = group.types.count
        let end = start + n
        // 1. Indices must refer to this or earlier groups; supertypes to strictly earlier types.
        for (k, sub) in group.types.enumerated() {
            try sub.composite.forEachTypeIndex { (i: UInt32) throws(WasmError) in
                if Int(i) >= end { throw WasmError.invalid("unknown type \(i)") }
            }
            try Self.checkLimits(sub.composite)
            if sub.supertypes.count > 1 { throw WasmError.invalid("sub type: multiple supertypes") }
            for s in sub.supertypes {
                if Int(s) >= end { throw WasmError.invalid("unknown type \(s)") }
                if Int(s) >= start + k { throw WasmError.invalid("sub type: forward supertype \(s)") }
            }
        }
        // 2. Canonical, group-relative form.
        var externals: [CanonicalType] = []
        var externalSlot: [Int: UInt32] = [:]
        let relative = group.types.map { sub in
            sub.mappingTypeIndices { (i: UInt32) -> UInt32 in
                if Int(i) >= start { return i - UInt32(start) }
                let id = canonicalIDs[Int(i)]
                if let slot = externalSlot[id] { return slot }
                let slot = UInt32(n + externals.count)
                externalSlot[id] = slot
                externals.append(canonicalTypes[Int(i)])
                return slot
            }
        }
        let canonical = CanonicalRecGroup(types: relative, externals: externals)
        let base: Int
        let isNew: Bool
        let canonicalGroup: CanonicalRecGroup
        if let position = interned.index(forKey: canonical) {
            (canonicalGroup, base) = interned[position]
            isNew = false
        } else {
            base = nextID
            nextID += n
            interned[canonical] = base
            canonicalGroup = canonical
            isNew = true
        }
        for k in 0..<n {
            types.append(group.types[k])
            hasDefaultableFields.append(Self.hasDefaultableFields(group.types[k].composite))
            canonicalIDs.append(base + k)
            canonicalTypes.append(CanonicalType(group: canonicalGroup, index: k))
        }
        guard isNew else { return }  // an equal group was validated before
        for k in 0..<n {
            let superID = group.types[k].supertypes.first.map { canonicalIDs[Int($0)] } ?? -1
            superIDs.append(superID)
            // Supertypes come earlier (checked above), so their depth is known.
            let depth = superID < 0 ? 0 : depths[superID] + 1
            if depth > Self.maximumSubtypingDepth {
                throw WasmError.invalid("sub type: subtyping depth exceeds \(Self.maximumSubtypingDepth)")
            }
            depths.append(depth)
        }
        // 3. Subtype declarations.
        for k in 0..<n {
            let sub = group.types[k]
            guard let s = sub.supertypes.first else { continue }
            let sup = types[Int(s)]
            if sup.isFinal { throw WasmError.invalid("sub type \(start + k) does not match its final supertype \(s)") }
            if !compositeMatches(sub.composite, sup.composite) {
                throw WasmError.invalid("sub type \(start + k) does not match supertype \(s)")
            }
        }
    }

    static func checkLimits(_ composite: CompositeType) throws(WasmError) {
        switch composite {
        case .function(let f):
            if f.parameters.count > maximumFunctionArity || f.results.count > maximumFunctionArity {
                throw WasmError.invalid("function type has more than \(maximumFunctionArity) parameters or results")
            }
        case .structure(let fields):
            if fields.count > maximumStructFields {
                throw WasmError.invalid("struct type has more than \(maximumStructFields) fields")
            }
        case .array:
            break
        }
    }

    static func hasDefaultableFields(_ composite: CompositeType) -> Bool {
        func defaultable(_ field: FieldType) -> Bool {
            if case .value(let v) = field.storage { return v.isDefaultable }
            return true
        }
        switch composite {
        case .function: return false
        case .structure(let fields): return fields.allSatisfy(defaultable)
        case .array(let element): return defaultable(element)
        }
    }

    /// Whether defined type `a` is a subtype of defined type `b` (both bounds-checked indices).
    public func isSubtype(_ a: UInt32, of b: UInt32) -> Bool {
        var x = canonicalIDs[Int(a)]
        let y = canonicalIDs[Int(b)]
        while x >= 0 {
            if x == y { return true }
            x = superIDs[x]
        }
        return false
    }

    /// Whether two type indices denote the same type.
    @inline(__always)
    public func equal(_ a: UInt32, _ b: UInt32) -> Bool {
        canonicalIDs[Int(a)] == canonicalIDs[Int(b)]
    }
}
