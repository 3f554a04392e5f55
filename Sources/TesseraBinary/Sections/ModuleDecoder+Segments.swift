import TesseraTypes

/// Element, data and data count sections, and constant expressions.
extension ModuleDecoder {
    /// Decodes a constant expression up to its matching `end` (not included). Constness is checked by the
    /// validator; here the instructions only have to be well-formed. Nested blocks are tracked by depth,
    /// without recursion.
    mutating func readConstExpression() throws(WasmError) -> ConstExpression {
        let start = reader.offset
        var instructions: [Instruction] = []
        var depth = 0
        while true {
            let opcode = try reader.peekByte()
            let instruction = try Instruction.decode(from: &reader)
            switch BlockEffect(opcode: opcode) {
            case .opensBlock, .opensIf: depth += 1
            case .end:
                if depth == 0 { return ConstExpression(instructions, offset: start) }
                depth -= 1
            case .none, .else: break
            }
            instructions.append(instruction)
        }
    }

    mutating func decodeElementSection() throws(WasmError) {
        module.elements = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readElementSegment()
        }
    }

    /// The eight element segment forms. Bit 0: passive or declarative (else active); bit 1: with bit 0,
    /// declarative, without it an explicit table index; bit 2: items are expressions with a reference
    /// type (else function indices with an element kind).
    private mutating func readElementSegment() throws(WasmError) -> ElementSegment {
        let flagsOffset = reader.offset
        let flags = try reader.readU32()
        guard flags <= 7 else {
            throw WasmError.malformed("malformed elements segment kind", offset: flagsOffset)
        }
        let mode: SegmentMode
        if flags & 0x01 == 0 {
            let table = flags & 0x02 != 0 ? try reader.readU32() : 0
            mode = .active(index: table, offset: try readConstExpression())
        } else {
            mode = flags & 0x02 != 0 ? .declarative : .passive
        }
        let usesExpressions = flags & 0x04 != 0
        // Forms 0 and 4 have no type byte: their items are (ref func) indices or funcref expressions.
        let hasTypeByte = flags & 0x03 != 0
        if usesExpressions {
            let type = hasTypeByte ? try reader.readRefType() : RefType.funcref
            let items = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
                try d.readConstExpression()
            }
            return ElementSegment(type: type, mode: mode, items: .expressions(items))
        }
        if hasTypeByte {
            let kindOffset = reader.offset
            guard try reader.readByte() == 0x00 else {
                throw WasmError.malformed("malformed element kind", offset: kindOffset)
            }
        }
        let indices = try readVector { (d: inout ModuleDecoder) throws(WasmError) in try d.reader.readU32() }
        return ElementSegment(type: RefType(nullable: false, .function), mode: mode, items: .functions(indices))
    }

    mutating func decodeDataSection() throws(WasmError) {
        module.data = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readDataSegment()
        }
    }

    /// Data segment forms: 0 active in memory 0, 1 passive, 2 active with a memory index.
    private mutating func readDataSegment() throws(WasmError) -> DataSegment {
        let flagsOffset = reader.offset
        let mode: SegmentMode
        switch try reader.readU32() {
        case 0: mode = .active(index: 0, offset: try readConstExpression())
        case 1: mode = .passive
        case 2:
            let memory = try reader.readU32()
            mode = .active(index: memory, offset: try readConstExpression())
        default:
            throw WasmError.malformed("malformed data segment kind", offset: flagsOffset)
        }
        // A byte count beyond the input reads as running out of bytes, as in the reference interpreter.
        let count = Int(try reader.readU32())
        return DataSegment(mode: mode, bytes: Array(try reader.readBytes(count)))
    }
}

/// How an instruction changes the block structure of an instruction sequence, told by its opcode byte
/// (cheaper than matching the decoded enum). Shared by constant expressions and function bodies.
enum BlockEffect {
    case none
    /// `block`, `loop`, `try_table`: a block ended by a matching `end`.
    case opensBlock
    /// `if`: a block that may contain one `else`.
    case opensIf
    case `else`
    case end

    @inline(__always)
    init(opcode: UInt8) {
        switch opcode {
        case 0x02, 0x03, 0x1F: self = .opensBlock
        case 0x04: self = .opensIf
        case 0x05: self = .else
        case 0x0B: self = .end
        default: self = .none
        }
    }
}
