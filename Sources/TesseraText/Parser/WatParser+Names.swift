import TesseraTypes

/// Symbolic names: index spaces, resolution of `$id` references, locals and labels.
extension WatParser {
    func spaceOrdinal(_ space: IndexSpace) -> Int {
        switch space {
        case .type: 0
        case .function: 1
        case .table: 2
        case .memory: 3
        case .global: 4
        case .local: 5
        case .tag: 6
        case .elem: 7
        case .data: 8
        }
    }

    /// The word used in "duplicate …" messages.
    func spaceName(_ space: IndexSpace) -> String {
        switch space {
        case .function: "func"
        default: space.rawValue
        }
    }

    /// The word used in "unknown …" messages.
    func unknownName(_ space: IndexSpace) -> String {
        switch space {
        case .elem: "elem segment"
        case .data: "data segment"
        default: space.rawValue
        }
    }

    /// The number of entries of an index space declared in the module (types: explicit ones so far).
    func count(_ space: IndexSpace) -> Int {
        switch space {
        case .type: Int(typeCount)
        case .local: Int(localCount)
        default: declarations[spaceOrdinal(space)].count
        }
    }

    /// Consumes an index (`nat` or `$id`) of the space if one is there.
    mutating func takeIndex(_ space: IndexSpace) throws(WasmError) -> UInt32? {
        let t = c.current
        if t.kind == .id {
            let name = c.idName(t)
            let found = space == .local ? localNames[name] : names[spaceOrdinal(space)][name]
            guard let index = found else { throw c.error("unknown \(unknownName(space)) $\(name)", at: t) }
            c.advance()
            if space == .data, inFunctionBody { usesDataIndex = true }
            return index
        }
        guard let v = try c.takeU32() else { return nil }
        if space == .data, inFunctionBody { usesDataIndex = true }
        return v
    }

    mutating func expectIndex(_ space: IndexSpace) throws(WasmError) -> UInt32 {
        guard let v = try takeIndex(space) else { throw c.unexpected() }
        return v
    }

    /// Whether the current token is an index (`nat` or `$id`).
    var atIndex: Bool { c.current.kind == .id || c.atNat }

    /// Consumes a label reference: a depth, or a `$label` resolved to the innermost block with that label.
    mutating func expectLabel() throws(WasmError) -> UInt32 {
        let t = c.current
        if t.kind == .id {
            let name = c.idName(t)
            guard let i = labels.lastIndex(where: { $0 == name }) else {
                throw c.error("unknown label $\(name)", at: t)
            }
            c.advance()
            return UInt32(labels.count - 1 - i)
        }
        guard let v = try c.takeU32() else { throw c.unexpected() }
        return v
    }

    var atLabel: Bool { atIndex }

    /// Declares a parameter or local, checking for duplicates.
    mutating func declareLocal(_ name: String?, at t: Token) throws(WasmError) {
        if let name {
            if localNames[name] != nil { throw c.error("duplicate local", at: t) }
            localNames[name] = localCount
        }
        localCount += 1
    }
}
