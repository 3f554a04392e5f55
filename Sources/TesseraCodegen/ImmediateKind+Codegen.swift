/// Per-immediate-kind code fragments used by the generators. Every kind's payload, binary decoding,
/// binary encoding and text parsing is described here once.
extension ImmediateKind {
    /// The payload labels and types of the enum case, or empty for no payload.
    var payload: [(label: String?, type: String)] {
        switch self {
        case .none, .zeroByte: []
        case .blockType: [(nil, "BlockType")]
        case .label, .index, .optionalIndex: [(nil, "UInt32")]
        case .brTable: [(nil, "BrTable")]
        case .callIndirect: [("typeIndex", "UInt32"), ("tableIndex", "UInt32")]
        case .memArg: [(nil, "MemArg")]
        case .memArgLane: [(nil, "MemArg"), ("lane", "UInt8")]
        case .lane: [(nil, "UInt8")]
        case .shuffle, .v128: [(nil, "V128")]
        case .i32: [(nil, "Int32")]
        case .i64: [(nil, "Int64")]
        case .f32: [(nil, "UInt32")]
        case .f64: [(nil, "UInt64")]
        case .heapType: [(nil, "HeapType")]
        case .castType: [(nil, "RefType")]
        case .brOnCast: [("label", "UInt32"), ("from", "RefType"), ("to", "RefType")]
        case .typedSelect: [(nil, "[ValueType]")]
        case .structField: [("typeIndex", "UInt32"), ("fieldIndex", "UInt32")]
        case .arrayNewFixed: [("typeIndex", "UInt32"), ("count", "UInt32")]
        case .arrayData: [("typeIndex", "UInt32"), ("dataIndex", "UInt32")]
        case .arrayElem: [("typeIndex", "UInt32"), ("elemIndex", "UInt32")]
        case .arrayCopy: [("destType", "UInt32"), ("sourceType", "UInt32")]
        case .memoryInit: [("dataIndex", "UInt32"), ("memory", "UInt32")]
        case .memoryCopy: [("destMemory", "UInt32"), ("sourceMemory", "UInt32")]
        case .tableInit: [("elemIndex", "UInt32"), ("table", "UInt32")]
        case .tableCopy: [("destTable", "UInt32"), ("sourceTable", "UInt32")]
        case .tryTable: [(nil, "BlockType"), (nil, "[Catch]")]
        }
    }

    /// Whether the case is declared `indirect` (its payload boxed). Payloads must stay within 16 bytes:
    /// Swift stores the payload-less cases as one tag plus an index in the payload bytes, and with a
    /// wider payload every `switch` over `Instruction` compiles to a linear chain of comparisons
    /// instead of a jump table. `memArgLane` (17 bytes), `brOnCast` and `tryTable` (over 20) are rare
    /// enough to box. The array payloads (`brTable`, `typedSelect`) are boxed too: every reference-counted
    /// payload is then one box pointer, which measured faster to decode than the inline array payloads.
    var isIndirect: Bool {
        switch self {
        case .memArgLane, .brOnCast, .tryTable, .brTable, .typedSelect: true
        default: false
        }
    }

    /// The case declaration's payload text, e.g. `(typeIndex: UInt32, tableIndex: UInt32)`.
    var payloadDeclaration: String {
        let p = payload
        if p.isEmpty { return "" }
        return "(" + p.map { ($0.label.map { "\($0): " } ?? "") + $0.type }.joined(separator: ", ") + ")"
    }

    /// A pattern binding every payload value to `a`, `b`, `c` (empty for no payload).
    var bindingPattern: String {
        let p = payload
        if p.isEmpty { return "" }
        return "(" + p.indices.map { "let \(Self.bindingNames[$0])" }.joined(separator: ", ") + ")"
    }

    static let bindingNames = ["a", "b", "c"]

    /// Builds a case expression from argument expressions, adding payload labels.
    func construct(_ caseName: String, _ arguments: [String]) -> String {
        if arguments.isEmpty { return ".\(caseName)" }
        let p = payload
        let parts = arguments.enumerated().map { i, arg in (p[i].label.map { "\($0): " } ?? "") + arg }
        return ".\(caseName)(" + parts.joined(separator: ", ") + ")"
    }

    /// Statements decoding the immediates after the opcode and returning the instruction.
    /// `nullable` selects the variant of a `castType` instruction.
    func decodeBody(_ caseName: String, nullable: Bool = false) -> String {
        let r = "reader"
        switch self {
        case .none: return "return .\(caseName)"
        case .zeroByte: return "try \(r).readZeroByte(); return .\(caseName)"
        case .blockType: return "return " + construct(caseName, ["try \(r).readBlockType()"])
        case .label, .index, .optionalIndex: return "return " + construct(caseName, ["try \(r).readU32()"])
        case .brTable: return "return " + construct(caseName, ["try \(r).readBrTable()"])
        case .memArg: return "return " + construct(caseName, ["try \(r).readMemArg()"])
        case .memArgLane:
            return "return " + construct(caseName, ["try \(r).readMemArg()", "try \(r).readByte()"])
        case .lane: return "return " + construct(caseName, ["try \(r).readByte()"])
        case .shuffle, .v128: return "return " + construct(caseName, ["try \(r).readV128()"])
        case .i32: return "return " + construct(caseName, ["try \(r).readS32()"])
        case .i64: return "return " + construct(caseName, ["try \(r).readS64()"])
        case .f32: return "return " + construct(caseName, ["try \(r).readF32Bits()"])
        case .f64: return "return " + construct(caseName, ["try \(r).readF64Bits()"])
        case .heapType: return "return " + construct(caseName, ["try \(r).readHeapType()"])
        case .castType:
            return "return " + construct(caseName, ["RefType(nullable: \(nullable), try \(r).readHeapType())"])
        case .brOnCast:
            return "let cast = try \(r).readBrOnCastImmediates(); return "
                + construct(caseName, ["cast.label", "cast.from", "cast.to"])
        case .typedSelect: return "return " + construct(caseName, ["try \(r).readValueTypeVector()"])
        case .tryTable:
            return "return " + construct(caseName, ["try \(r).readBlockType()", "try \(r).readCatchVector()"])
        case .callIndirect, .structField, .arrayNewFixed, .arrayData, .arrayElem, .arrayCopy, .memoryInit,
            .memoryCopy, .tableInit, .tableCopy:
            return "return " + construct(caseName, ["try \(r).readU32()", "try \(r).readU32()"])
        }
    }

    /// Statements encoding the immediates (payload bound to `a`, `b`, `c`) after the opcode.
    var encodeBody: [String] {
        switch self {
        case .none: []
        case .zeroByte: ["w.writeByte(0x00)"]
        case .blockType: ["w.writeBlockType(a)"]
        case .label, .index, .optionalIndex: ["w.writeU32(a)"]
        case .brTable: ["w.writeBrTable(a)"]
        case .memArg: ["w.writeMemArg(a)"]
        case .memArgLane: ["w.writeMemArg(a)", "w.writeByte(b)"]
        case .lane: ["w.writeByte(a)"]
        case .shuffle, .v128: ["w.writeV128(a)"]
        case .i32: ["w.writeS32(a)"]
        case .i64: ["w.writeS64(a)"]
        case .f32: ["w.writeF32Bits(a)"]
        case .f64: ["w.writeF64Bits(a)"]
        case .heapType: ["w.writeHeapType(a)"]
        case .castType: ["w.writeHeapType(a.heapType)"]
        case .brOnCast:
            ["w.writeByte((b.isNullable ? 1 : 0) | (c.isNullable ? 2 : 0))", "w.writeU32(a)",
             "w.writeHeapType(b.heapType)", "w.writeHeapType(c.heapType)"]
        case .typedSelect: ["w.writeValueTypeVector(a)"]
        case .tryTable: ["w.writeBlockType(a)", "w.writeCatchVector(b)"]
        case .callIndirect, .structField, .arrayNewFixed, .arrayData, .arrayElem, .arrayCopy, .memoryInit,
            .memoryCopy, .tableInit, .tableCopy:
            ["w.writeU32(a)", "w.writeU32(b)"]
        }
    }

    /// Statements parsing the text immediates with `p` and returning the instruction.
    func parseBody(_ caseName: String, naturalAlignment: UInt32?) -> String {
        switch self {
        case .none: return "return .\(caseName)"
        case .zeroByte: return "return .\(caseName)"
        case .blockType: return "return " + construct(caseName, ["try p.parseBlockType()"])
        case .label: return "return " + construct(caseName, ["try p.parseLabel()"])
        case .index(let s): return "return " + construct(caseName, ["try p.parseIndex(.\(s.rawValue))"])
        case .optionalIndex(let s):
            return "return " + construct(caseName, ["try p.parseOptionalIndex(.\(s.rawValue))"])
        case .brTable: return "return " + construct(caseName, ["try p.parseBrTable()"])
        case .callIndirect:
            return "let r = try p.parseCallIndirect(); return " + construct(caseName, ["r.typeIndex", "r.tableIndex"])
        case .memArg:
            return "return " + construct(caseName, ["try p.parseMemArg(naturalAlignment: \(naturalAlignment ?? 0))"])
        case .memArgLane:
            return "let r = try p.parseMemArgLane(naturalAlignment: \(naturalAlignment ?? 0)); return "
                + construct(caseName, ["r.memArg", "r.lane"])
        case .lane: return "return " + construct(caseName, ["try p.parseLane()"])
        case .shuffle: return "return " + construct(caseName, ["try p.parseShuffle()"])
        case .v128: return "return " + construct(caseName, ["try p.parseV128()"])
        case .i32: return "return " + construct(caseName, ["try p.parseI32()"])
        case .i64: return "return " + construct(caseName, ["try p.parseI64()"])
        case .f32: return "return " + construct(caseName, ["try p.parseF32Bits()"])
        case .f64: return "return " + construct(caseName, ["try p.parseF64Bits()"])
        case .heapType: return "return " + construct(caseName, ["try p.parseHeapType()"])
        case .castType: return "return " + construct(caseName, ["try p.parseRefType()"])
        case .brOnCast:
            return "return " + construct(caseName, ["try p.parseLabel()", "try p.parseRefType()", "try p.parseRefType()"])
        case .typedSelect: return "return " + construct(caseName, ["try p.parseSelectResultTypes() ?? []"])
        case .structField:
            return "let t = try p.parseIndex(.type); return "
                + construct(caseName, ["t", "try p.parseFieldIndex(typeIndex: t)"])
        case .arrayNewFixed: return "return " + construct(caseName, ["try p.parseIndex(.type)", "try p.parseU32()"])
        case .arrayData: return "return " + construct(caseName, ["try p.parseIndex(.type)", "try p.parseIndex(.data)"])
        case .arrayElem: return "return " + construct(caseName, ["try p.parseIndex(.type)", "try p.parseIndex(.elem)"])
        case .arrayCopy: return "return " + construct(caseName, ["try p.parseIndex(.type)", "try p.parseIndex(.type)"])
        case .memoryInit:
            return "let r = try p.parseOptionalIndexThenIndex(.memory, .data); return "
                + construct(caseName, ["r.index", "r.optional"])
        case .tableInit:
            return "let r = try p.parseOptionalIndexThenIndex(.table, .elem); return "
                + construct(caseName, ["r.index", "r.optional"])
        case .memoryCopy:
            return "let r = try p.parseOptionalIndexPair(.memory); return " + construct(caseName, ["r.0", "r.1"])
        case .tableCopy:
            return "let r = try p.parseOptionalIndexPair(.table); return " + construct(caseName, ["r.0", "r.1"])
        case .tryTable: return "return " + construct(caseName, ["try p.parseBlockType()", "try p.parseCatches()"])
        }
    }

    /// Representative payload argument lists (one instance per list) for round-trip tests.
    var sampleArguments: [[String]] {
        switch self {
        case .none, .zeroByte: [[]]
        case .blockType: [[".empty"], [".value(.i64)"], [".typeIndex(7)"], [".value(.ref(RefType(nullable: false, .concrete(2))))"]]
        case .label, .index, .optionalIndex: [["0"], ["300"]]
        case .brTable: [["BrTable(targets: [0, 1, 200], defaultTarget: 3)"], ["BrTable(targets: [], defaultTarget: 0)"]]
        case .memArg:
            [["MemArg(align: 0)"], ["MemArg(align: 3, memory: 1, offset: 0x1_0000_0000)"], ["MemArg(align: 2, offset: 65536)"]]
        case .memArgLane: [["MemArg(align: 0, offset: 4)", "1"], ["MemArg(align: 1, memory: 2)", "0"]]
        case .lane: [["0"], ["15"]]
        case .shuffle: [["V128(bytes: [0, 17, 2, 19, 4, 21, 6, 23, 8, 25, 10, 27, 12, 29, 14, 31])"]]
        case .v128: [["V128(low: 0x0102_0304_0506_0708, high: 0xFFFF_FFFF_0000_0001)"]]
        case .i32: [["0"], ["-1"], ["Int32.min"], ["Int32.max"]]
        case .i64: [["0"], ["-129"], ["Int64.min"], ["Int64.max"]]
        case .f32: [["0x7FC0_0001"], ["0x8000_0000"]]
        case .f64: [["0x7FF8_0000_0000_0001"], ["0x3FF0_0000_0000_0000"]]
        case .heapType: [[".abstract(.function)"], [".abstract(.noException)"], [".concrete(70)"]]
        case .castType:
            [["RefType(nullable: true, .abstract(.eq))"], ["RefType(nullable: false, .concrete(5))"]]
        case .brOnCast:
            [["1", "RefType(nullable: true, .abstract(.any))", "RefType(nullable: false, .abstract(.i31))"],
             ["0", "RefType(nullable: false, .concrete(3))", "RefType(nullable: true, .abstract(.none))"]]
        case .typedSelect: [["[.i32]"], ["[.ref(.funcref), .v128]"]]
        case .tryTable:
            [[".empty", "[]"],
             [".value(.i32)", "[.catch(tag: 0, label: 1), .catchRef(tag: 2, label: 0), .catchAll(label: 3), .catchAllRef(label: 4)]"]]
        case .callIndirect, .structField, .arrayNewFixed, .arrayData, .arrayElem, .arrayCopy, .memoryInit,
            .memoryCopy, .tableInit, .tableCopy:
            [["0", "0"], ["3", "129"]]
        }
    }
}
