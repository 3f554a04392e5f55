import TesseraTypes
import TesseraValidation

/// A store-wide type identity: structural for plain function types (so host functions match), canonical
/// (iso-recursive) for everything else.
enum TypeKey: Hashable {
    case function(FunctionType)
    case canonical(CanonicalType)

    init(_ canonical: CanonicalType) {
        let group = canonical.group
        if group.types.count == 1, group.externals.isEmpty, case let sub = group.types[0], sub.isFinal,
           sub.supertypes.isEmpty, case .function(let f) = sub.composite,
           !(f.parameters + f.results).contains(where: Self.hasConcreteReference) {
            self = .function(f)
        } else {
            self = .canonical(canonical)
        }
    }

    static func hasConcreteReference(_ type: ValueType) -> Bool {
        if case .ref(let r) = type, case .concrete = r.heapType { return true }
        return false
    }
}

// MARK: - Subtyping at run time

extension Store {
    /// Whether a value whose store type id is `sub` may be used where type id `sup` is expected: the
    /// same type, or `sub` declares `sup` as a (transitive) supertype. Plain function types (final,
    /// without supertypes) match only themselves.
    func typeID(_ sub: Int, isSubtypeOf sup: Int) -> Bool {
        if sub == sup { return true }
        if sub >= control.typeKeys.count {
            // Rebuild the reverse map: ids are dense, in order of registration.
            var keys = [TypeKey?](repeating: nil, count: (typeIDs.values.max() ?? -1) + 1)
            for (key, id) in typeIDs { keys[id] = key }
            control.typeKeys = keys
        }
        guard sub >= 0, sub < control.typeKeys.count, case .canonical(let type)? = control.typeKeys[sub] else {
            return false
        }
        var current = type.supertype
        while let s = current {
            if typeIDs[TypeKey(s)] == sup { return true }
            current = s.supertype
        }
        return false
    }
}

/// A heap type in module-independent form: abstract, or a defined type's canonical identity.
enum CanonicalHeapType {
    case abstract(AbstractHeapType)
    case defined(CanonicalType)

    /// The heap type `heap` of a module with types `context` (nil when it has a concrete type and no
    /// context to resolve it in).
    init?(_ heap: HeapType, in context: TypeContext?) {
        switch heap {
        case .abstract(let a): self = .abstract(a)
        case .concrete(let i):
            guard let context, Int(i) < context.canonicalTypes.count else { return nil }
            self = .defined(context.canonicalTypes[Int(i)])
        }
    }

    /// Heap subtyping across modules: defined types by their declared supertypes, placed under `func`,
    /// `struct` / `array` (and `eq`, `any`) by their shape; bottoms below every type of their hierarchy.
    func isSubtype(of other: CanonicalHeapType) -> Bool {
        switch (self, other) {
        case (.abstract(let a), .abstract(let b)):
            return TypeContext.abstractIsSubtype(a, of: b)
        case (.defined(let a), .defined(let b)):
            return a.isSubtype(of: b)
        case (.defined(let a), .abstract(let b)):
            switch a.subType.composite {
            case .function: return b == .function
            case .structure: return b == .structure || b == .eq || b == .any
            case .array: return b == .array || b == .eq || b == .any
            }
        case (.abstract(let a), .defined(let b)):
            if case .function = b.subType.composite { return a == .noFunction }
            return a == .none
        }
    }
}

/// Whether a value of type `provided` (indices into `providedTypes`) may be used where `declared`
/// (indices into `declaredTypes`) is expected. `exact` asks for type equivalence instead (mutable
/// globals, tables).
func valueTypeMatches(_ provided: ValueType, in providedTypes: TypeContext?, _ declared: ValueType,
                      in declaredTypes: TypeContext?, exact: Bool = false) -> Bool {
    switch (provided, declared) {
    case (.ref(let p), .ref(let d)):
        guard let ph = CanonicalHeapType(p.heapType, in: providedTypes),
              let dh = CanonicalHeapType(d.heapType, in: declaredTypes) else { return false }
        if exact { return p.isNullable == d.isNullable && ph.isSubtype(of: dh) && dh.isSubtype(of: ph) }
        return (!p.isNullable || d.isNullable) && ph.isSubtype(of: dh)
    case (.ref, _), (_, .ref): return false
    default: return provided == declared
    }
}
