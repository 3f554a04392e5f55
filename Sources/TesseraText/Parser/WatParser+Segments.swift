import TesseraTypes
import TesseraBinary

/// Element and data segments.
extension WatParser {
    /// Whether the cursor is at a folded instruction (an offset abbreviation), not another clause.
    var atFoldedInstruction: Bool {
        guard c.current.kind == .leftParen else { return false }
        let k = c.peek(1)
        guard k.kind == .keyword else { return false }
        switch c.text(k) {
        case "ref", "item", "table", "memory", "offset": return false
        default: return true
        }
    }

    /// `(offset instr*)` or a single folded instruction.
    mutating func parseOffset() throws(WasmError) -> ConstExpression {
        let offset = c.current.start
        if c.takeParen("offset") {
            let e = try parseConstExpression()
            try c.expectRightParen()
            return e
        }
        guard atFoldedInstruction else { throw c.unexpected() }
        resetFunctionContext()
        var instructions: [Instruction] = []
        try parseFolded(&instructions)
        return ConstExpression(instructions, offset: offset)
    }

    /// The rest of `(elem ...)`.
    mutating func parseElem() throws(WasmError) {
        _ = c.takeId()
        let mode: SegmentMode
        var legacyList = false
        if c.takeKeyword("declare") {
            mode = .declarative
        } else if c.takeParen("table") {
            let table = try expectIndex(.table)
            try c.expectRightParen()
            mode = .active(index: table, offset: try parseOffset())
            legacyList = true
        } else if c.atParen("offset") || atFoldedInstruction {
            mode = .active(index: 0, offset: try parseOffset())
            legacyList = true
        } else if atIndex {
            // MVP syntax: `(elem tableidx (offset ...) funcidx*)`.
            let table = try expectIndex(.table)
            mode = .active(index: table, offset: try parseOffset())
            legacyList = true
        } else {
            mode = .passive
        }
        let (type, items) = try parseElementListWithType(allowBareIndices: legacyList)
        try c.expectRightParen()
        module.elements.append(ElementSegment(type: type, mode: mode, items: items))
    }

    /// `func funcidx*`, `reftype elemexpr*`, or (MVP form) bare `funcidx*`.
    mutating func parseElementListWithType(allowBareIndices: Bool) throws(WasmError) -> (RefType, ElementItems) {
        if c.takeKeyword("func") {
            var indices: [UInt32] = []
            while atIndex { indices.append(try expectIndex(.function)) }
            return (Self.functionReference, .functions(indices))
        }
        if let type = try takeRefType() {
            let items = try parseElementList()
            if case .functions(let indices) = items {
                return (type, .expressions(indices.map { ConstExpression([.refFunc($0)]) }))
            }
            return (type, items)
        }
        guard allowBareIndices else { throw unknownWord() }
        var indices: [UInt32] = []
        while atIndex { indices.append(try expectIndex(.function)) }
        return (Self.functionReference, .functions(indices))
    }

    /// `(ref func)`: the type of a segment of function indices.
    static let functionReference = RefType(nullable: false, .function)

    /// Element items after the type: function indices, or expressions `(item instr*)` / `(instr)`.
    mutating func parseElementList() throws(WasmError) -> ElementItems {
        if atIndex {
            var indices: [UInt32] = []
            while atIndex { indices.append(try expectIndex(.function)) }
            return .functions(indices)
        }
        var expressions: [ConstExpression] = []
        while c.current.kind == .leftParen {
            let offset = c.current.start
            if c.takeParen("item") {
                expressions.append(try parseConstExpression())
                try c.expectRightParen()
            } else {
                resetFunctionContext()
                var instructions: [Instruction] = []
                try parseFolded(&instructions)
                expressions.append(ConstExpression(instructions, offset: offset))
            }
        }
        return .expressions(expressions)
    }

    /// The rest of `(data ...)`.
    mutating func parseData() throws(WasmError) {
        _ = c.takeId()
        var mode = SegmentMode.passive
        if c.takeParen("memory") {
            let memory = try expectIndex(.memory)
            try c.expectRightParen()
            mode = .active(index: memory, offset: try parseOffset())
        } else if c.atParen("offset") || atFoldedInstruction {
            mode = .active(index: 0, offset: try parseOffset())
        } else if atIndex {
            let memory = try expectIndex(.memory)
            mode = .active(index: memory, offset: try parseOffset())
        }
        var bytes: [UInt8] = []
        while let s = c.takeString() { bytes.append(contentsOf: s) }
        try c.expectRightParen()
        module.data.append(DataSegment(mode: mode, bytes: bytes))
    }
}
