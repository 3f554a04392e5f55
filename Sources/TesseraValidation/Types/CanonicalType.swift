public import TesseraTypes

/// A recursion group in canonical, module-independent form (iso-recursive type equivalence).
///
/// Type indices inside `types` are rewritten: an index `i < types.count` refers to the group's own
/// `types[i]`; an index `i >= types.count` refers to `externals[i - types.count]`, a type defined in an
/// earlier group. Two groups are equal exactly when the spec's type equivalence says so, whichever
/// module they come from, so `CanonicalRecGroup` can be used as a dictionary key to intern types across
/// modules (an engine-wide registry then compares types by identity).
///
/// Within one validated module equal groups are always the same object, so comparisons are O(1).
public final class CanonicalRecGroup: Hashable, @unchecked Sendable, CustomStringConvertible {
    /// The group's sub types in group-relative form.
    public let types: [SubType]
    /// The types from other groups that this group refers to, in order of first occurrence.
    /// (Immutable once built; only `deinit` empties it. That is what `@unchecked Sendable` relies on.)
    public private(set) var externals: [CanonicalType]
    private let structuralHash: Int

    init(types: [SubType], externals: [CanonicalType]) {
        self.types = types
        self.externals = externals
        var hasher = Hasher()
        hasher.combine(types)
        for e in externals { hasher.combine(e) }
        self.structuralHash = hasher.finalize()
    }

    /// Releases chains of groups iteratively: a module may define long chains of groups each
    /// referring to the previous one, and recursive deinitialisation would exhaust the stack.
    deinit {
        guard !externals.isEmpty else { return }
        var pending = externals.map(\.group)
        externals = []
        while var group = pending.popLast() {
            if isKnownUniquelyReferenced(&group) {
                pending.append(contentsOf: group.externals.lazy.map(\.group))
                group.externals = []
            }
        }
    }

    /// Structural equality (identity first), the spec's equivalence of recursion groups. Iterative,
    /// and each pair of groups is compared once.
    public static func == (lhs: CanonicalRecGroup, rhs: CanonicalRecGroup) -> Bool {
        if lhs === rhs { return true }
        var pending = [(lhs, rhs)]
        var compared = Set<[ObjectIdentifier]>()
        while let (a, b) = pending.popLast() {
            guard a.structuralHash == b.structuralHash, a.types == b.types,
                  a.externals.count == b.externals.count else { return false }
            for (x, y) in zip(a.externals, b.externals) {
                guard x.index == y.index else { return false }
                if x.group !== y.group
                    && compared.insert([ObjectIdentifier(x.group), ObjectIdentifier(y.group)]).inserted {
                    pending.append((x.group, y.group))
                }
            }
        }
        return true
    }

    /// Hashes the precomputed structural hash.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(structuralHash)
    }

    /// A short summary for diagnostics.
    public var description: String {
        "rec(\(types.count) types, \(externals.count) externals)"
    }

    /// The canonical type of a group-relative index.
    func resolve(_ relativeIndex: UInt32) -> CanonicalType {
        let i = Int(relativeIndex)
        return i < types.count ? CanonicalType(group: self, index: i) : externals[i - types.count]
    }
}

/// A defined type in canonical form: a position in a canonical recursion group. Equal exactly when the
/// spec's type equivalence holds, across modules; usable for import matching and `call_indirect`.
public struct CanonicalType: Hashable, Sendable, CustomStringConvertible {
    /// The canonical recursion group the type belongs to.
    public let group: CanonicalRecGroup
    /// The type's position within its group.
    public let index: Int

    /// The type at `index` of `group`.
    public init(group: CanonicalRecGroup, index: Int) {
        self.group = group
        self.index = index
    }

    /// Type equivalence: the same position in equal groups.
    public static func == (lhs: CanonicalType, rhs: CanonicalType) -> Bool {
        lhs.index == rhs.index && lhs.group == rhs.group
    }

    /// Hashes the group structurally and the position.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(group)
        hasher.combine(index)
    }

    /// The sub type in group-relative form (see `CanonicalRecGroup`).
    public var subType: SubType { group.types[index] }

    /// Whether the type is final (may not be declared as a supertype).
    public var isFinal: Bool { subType.isFinal }

    /// The declared supertype, if any.
    public var supertype: CanonicalType? {
        guard let s = subType.supertypes.first else { return nil }
        return group.resolve(s)
    }

    /// The canonical type a (group-relative) heap type index inside this type's definition denotes.
    public func resolve(relativeIndex: UInt32) -> CanonicalType {
        group.resolve(relativeIndex)
    }

    /// Whether this type is the other one or declares it as a (transitive) supertype.
    public func isSubtype(of other: CanonicalType) -> Bool {
        var current: CanonicalType? = self
        while let c = current {
            if c == other { return true }
            current = c.supertype
        }
        return false
    }

    /// Whether this is a function type.
    public var isFunction: Bool {
        if case .function = subType.composite { return true }
        return false
    }

    /// A short summary for diagnostics.
    public var description: String { "type \(index) of \(group)" }
}
