import TesseraTypes
import TesseraBinary

/// The text syntax of instruction immediates, called by the generated `Instruction.parse(mnemonic:_:)`.
extension WatParser: InstructionImmediateParser {
    mutating func parseLabel() throws(WasmError) -> UInt32 {
        try expectLabel()
    }

    mutating func parseIndex(_ space: IndexSpace) throws(WasmError) -> UInt32 {
        try expectIndex(space)
    }

    mutating func parseOptionalIndex(_ space: IndexSpace) throws(WasmError) -> UInt32 {
        try takeIndex(space) ?? 0
    }

    func isIndexToken(_ t: Token) -> Bool {
        t.kind == .id || (t.kind == .reserved && !t.isMixed && scanNat(c.source, t.start, t.end) != nil)
    }

    mutating func parseOptionalIndexThenIndex(
        _ optional: IndexSpace, _ required: IndexSpace
    ) throws(WasmError) -> (optional: UInt32, index: UInt32) {
        if isIndexToken(c.current), isIndexToken(c.peek(1)) {
            let first = try expectIndex(optional)
            return (first, try expectIndex(required))
        }
        return (0, try expectIndex(required))
    }

    mutating func parseOptionalIndexPair(_ space: IndexSpace) throws(WasmError) -> (UInt32, UInt32) {
        guard atIndex else { return (0, 0) }
        let first = try expectIndex(space)
        return (first, try expectIndex(space))
    }

    mutating func parseFieldIndex(typeIndex: UInt32) throws(WasmError) -> UInt32 {
        let t = c.current
        if t.kind == .id {
            let name = c.idName(t)
            guard let index = fieldNames[typeIndex]?[name] else { throw c.error("unknown field $\(name)", at: t) }
            c.advance()
            return index
        }
        return try c.expectU32()
    }

    mutating func parseU32() throws(WasmError) -> UInt32 {
        try c.expectU32()
    }

    mutating func parseBlockType() throws(WasmError) -> BlockType {
        pendingLabel = .some(c.takeId())
        let use = try parseTypeUse(allowNames: false)
        if use.index == nil, use.parameters.isEmpty {
            switch use.results.count {
            case 0: return .empty
            case 1: return .value(use.results[0])
            default: break
            }
        }
        return .typeIndex(try resolve(use))
    }

    mutating func parseBrTable() throws(WasmError) -> BrTable {
        var targets: [UInt32] = []
        while atLabel { targets.append(try expectLabel()) }
        guard let last = targets.popLast() else { throw c.unexpected() }
        return BrTable(targets: targets, defaultTarget: last)
    }

    mutating func parseCatches() throws(WasmError) -> [Catch] {
        var catches: [Catch] = []
        while c.current.kind == .leftParen {
            if c.takeParen("catch") {
                let tag = try expectIndex(.tag)
                catches.append(.catch(tag: tag, label: try expectLabel()))
            } else if c.takeParen("catch_ref") {
                let tag = try expectIndex(.tag)
                catches.append(.catchRef(tag: tag, label: try expectLabel()))
            } else if c.takeParen("catch_all") {
                catches.append(.catchAll(label: try expectLabel()))
            } else if c.takeParen("catch_all_ref") {
                catches.append(.catchAllRef(label: try expectLabel()))
            } else {
                break
            }
            try c.expectRightParen()
        }
        return catches
    }

    mutating func parseCallIndirect() throws(WasmError) -> (typeIndex: UInt32, tableIndex: UInt32) {
        let table = try takeIndex(.table) ?? 0
        let use = try parseTypeUse(allowNames: false)
        return (try resolve(use), table)
    }

    mutating func parseSelectResultTypes() throws(WasmError) -> [ValueType]? {
        guard c.atParen("result") else { return nil }
        var types: [ValueType] = []
        while c.takeParen("result") { types.append(contentsOf: try valueTypesToClose()) }
        return types
    }

    // MARK: - Memory arguments

    private func memArgValue(_ t: Token, prefix: String) -> (value: UInt64, overflow: Bool)?? {
        guard t.kind == .keyword else { return nil }
        let count = prefix.utf8.count
        guard t.end - t.start > count, c.source[t.start..<(t.start + count)].elementsEqual(prefix.utf8) else {
            return nil
        }
        return .some(scanNat(c.source, t.start + count, t.end))
    }

    /// `offset=n? align=n?` after the optional memory index.
    private mutating func parseMemArgFields(memory: UInt32, naturalAlignment: UInt32) throws(WasmError) -> MemArg {
        var offset: UInt64 = 0
        if let v = memArgValue(c.current, prefix: "offset=") {
            guard let (value, overflow) = v else { throw c.error("unknown operator", at: c.current) }
            // An offset beyond the 32-bit range is a validation error (for 32-bit memories).
            if overflow { throw c.error("offset out of range") }
            offset = value
            c.advance()
        }
        var align = naturalAlignment
        if let v = memArgValue(c.current, prefix: "align=") {
            guard let (value, overflow) = v else { throw c.error("unknown operator", at: c.current) }
            guard !overflow, value != 0, value & (value - 1) == 0 else {
                throw c.error("alignment must be a power of two")
            }
            align = UInt32(value.trailingZeroBitCount)
            c.advance()
        }
        return MemArg(align: align, memory: memory, offset: offset)
    }

    mutating func parseMemArg(naturalAlignment: UInt32) throws(WasmError) -> MemArg {
        let memory = try takeIndex(.memory) ?? 0
        return try parseMemArgFields(memory: memory, naturalAlignment: naturalAlignment)
    }

    mutating func parseMemArgLane(naturalAlignment: UInt32) throws(WasmError) -> (memArg: MemArg, lane: UInt8) {
        // A leading index is the memory only if something else (memarg fields or the lane) follows it.
        var memory: UInt32 = 0
        let next = c.peek(1)
        if c.current.kind == .id
            || (isIndexToken(c.current)
                && (isIndexToken(next) || memArgValue(next, prefix: "offset=") != nil
                    || memArgValue(next, prefix: "align=") != nil))
        {
            memory = try expectIndex(.memory)
        }
        let memArg = try parseMemArgFields(memory: memory, naturalAlignment: naturalAlignment)
        return (memArg, try parseLane())
    }

    mutating func parseHeapType() throws(WasmError) -> HeapType {
        try expectHeapType()
    }

    mutating func parseRefType() throws(WasmError) -> RefType {
        try expectRefType()
    }
}

/// Numeric immediates (see `TokenCursor+Literals`).
extension WatParser {
    mutating func parseI32() throws(WasmError) -> Int32 { try c.expectI32() }
    mutating func parseI64() throws(WasmError) -> Int64 { try c.expectI64() }
    mutating func parseF32Bits() throws(WasmError) -> UInt32 { try c.expectF32Bits() }
    mutating func parseF64Bits() throws(WasmError) -> UInt64 { try c.expectF64Bits() }
    mutating func parseV128() throws(WasmError) -> V128 { try c.expectV128() }
    mutating func parseLane() throws(WasmError) -> UInt8 { try c.expectLane() }
    mutating func parseShuffle() throws(WasmError) -> V128 { try c.expectShuffle() }
}
