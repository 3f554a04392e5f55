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
public final class CanonicalRecGroup: Hashable, Sendable, CustomStringConvertible {
    /// The group's sub types in group-relative form.
    public let types: [SubType]
    /// The types from other groups that this group refers to, in order of first occurrence.
    public let externals: [CanonicalType]
    private let structuralHash: Int

    init(types: [SubType], externals: [CanonicalType]) {
        self.types = types
        self.externals = externals
        var hasher = Hasher()
        hasher.combine(types)
        for e in externals { hasher.combine(e) }
        self.structuralHash = hasher.finalize()
    }

    public static func == (lhs: CanonicalRecGroup, rhs: CanonicalRecGroup) -> Bool {
        if lhs === rhs { return true }
        return lhs.structuralHash == rhs.structuralHash && lhs.types == rhs.types && lhs.externals == rhs.externals
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(structuralHash)
    }

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
    public let group: CanonicalRecGroup
    public let index: Int

    public init(group: CanonicalRecGroup, index: Int) {
        self.group = group
        self.index = index
    }

    public static func == (lhs: CanonicalType, rhs: CanonicalType) -> Bool {
        lhs.index == rhs.index && lhs.group == rhs.group
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(group)
        hasher.combine(index)
    }

    /// The sub type in group-relative form (see `CanonicalRecGroup`).
    public var subType: SubType { group.types[index] }

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

    public var description: String { "type \(index) of \(group)" }
}
