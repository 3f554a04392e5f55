import Testing
import TesseraBinary
import TesseraText
import TesseraTypes

/// decode(encode(i)) == i for representative instances of every case, with the table's opcode.
@Test func binaryRoundTripOfEveryCase() throws {
    for sample in instructionSamples {
        var bytes: [UInt8] = []
        sample.instruction.encode(into: &bytes)
        #expect(sample.opcodes.contains { bytes.starts(with: $0) }, "\(sample.name): wrong opcode \(bytes)")
        var reader = BinaryReader(bytes)
        let decoded = try Instruction.decode(from: &reader)
        #expect(decoded == sample.instruction, "\(sample.name) did not round-trip")
        #expect(reader.isAtEnd, "\(sample.name): \(reader.remaining) bytes left over")
        #expect(decoded.textName == sample.name)
    }
}

@Test func infoMatchesTheTable() {
    #expect(Instruction.i32Add.fixedSignature! == ([.i32, .i32], [.i32]))
    #expect(Instruction.i64Add128.fixedSignature! == ([.i64, .i64, .i64, .i64], [.i64, .i64]))
    #expect(Instruction.v128Store8Lane(MemArg(align: 0), lane: 0).fixedSignature! == ([.i32, .v128], []))
    #expect(Instruction.localGet(0).fixedSignature == nil)
    #expect(Instruction.i64Load32S(MemArg(align: 2)).naturalAlignment == 2)
    #expect(Instruction.v128Load(MemArg(align: 4)).naturalAlignment == 4)
    #expect(Instruction.i32Add.naturalAlignment == nil)
    #expect(Instruction.i32Add.feature == [])
    #expect(Instruction.returnCallRef(0).feature == [.tailCall, .functionReferences])
    #expect(Instruction.i32x4RelaxedLaneselect.feature == .relaxedSimd)
    #expect(Instruction.atomicFence.feature == .threads)
    #expect(Instruction.typedSelect([.i32]).textName == "select")
}

@Test func featureLiteralsMatchTheNamedMembers() {
    #expect(!featureLiterals.isEmpty)
    for entry in featureLiterals {
        #expect(entry.literal == entry.members, "\(entry.literal.rawValue) != \(entry.members.rawValue)")
    }
}

@Test func immediateAccessorsCoverTheirKinds() {
    for sample in instructionSamples {
        let instruction = sample.instruction
        #expect((instruction.memoryArgument != nil) == (instruction.naturalAlignment != nil), "\(sample.name)")
    }
    #expect(Instruction.v128Load16Lane(MemArg(align: 1, offset: 8), lane: 3).memoryArgument! == (MemArg(align: 1, offset: 8), 3))
    #expect(Instruction.i64AtomicRmw32CmpxchgU(MemArg(align: 2)).memoryArgument! == (MemArg(align: 2), nil))
    #expect(Instruction.f64x2ReplaceLane(1).laneImmediate == 1)
    #expect(Instruction.i32Add.laneImmediate == nil && Instruction.i32Add.memoryArgument == nil)
}

@Test func binaryDecodingErrors() {
    func decodeError(_ bytes: [UInt8]) -> WasmError? {
        var reader = BinaryReader(bytes)
        do {
            _ = try Instruction.decode(from: &reader)
            return nil
        } catch {
            return error
        }
    }
    #expect(decodeError([0xFF])?.message == "illegal opcode ff")
    #expect(decodeError([0x00, 0xFF]) == nil)
    #expect(decodeError([0xFC, 0x63])?.message.hasPrefix("illegal opcode") == true)
    #expect(decodeError([0x28, 0x80, 0x01, 0x00]) == WasmError.malformed("malformed memop flags", offset: 1))
    #expect(decodeError([0x41])?.message.hasPrefix("unexpected end") == true)
    #expect(decodeError([0xFE, 0x03, 0x01])?.message == "zero byte expected")
    #expect(decodeError([0xFB, 0x18, 0x04, 0x00, 0x6E, 0x6C])?.message.hasPrefix("malformed") == true)
    #expect(decodeError([0xD0, 0x60])?.message == "malformed heap type")
    #expect(decodeError([0x1C, 0x01, 0x40])?.message == "malformed value type")
    // Overlong (but in range) sub-opcodes are accepted.
    var reader = BinaryReader([0xFC, 0x80, 0x80, 0x00])
    #expect((try? Instruction.decode(from: &reader)) == .i32TruncSatF32S)
    // 64-bit offsets are kept whole; whether they fit is for the validator.
    reader = BinaryReader([0x28, 0x42, 0x01, 0x80, 0x80, 0x80, 0x80, 0x10])
    #expect((try? Instruction.decode(from: &reader)) == .i32Load(MemArg(align: 2, memory: 1, offset: 1 << 32)))
}

/// Every mnemonic parses to its own case; unknown mnemonics give nil.
@Test func textParserKnowsEveryMnemonic() throws {
    var parser = StubImmediateParser()
    for sample in instructionSamples {
        parser.lastNaturalAlignment = nil
        let parsed = try Instruction.parse(mnemonic: sample.name, &parser)
        #expect(parsed?.textName == sample.name)
        #expect(parser.lastNaturalAlignment == parsed?.naturalAlignment)
    }
    #expect(try Instruction.parse(mnemonic: "select", &parser) == .select)
    parser.selectTypes = [.f64]
    #expect(try Instruction.parse(mnemonic: "select", &parser) == .typedSelect([.f64]))
    #expect(try Instruction.parse(mnemonic: "i32.bogus", &parser) == nil)
}

/// Answers every immediate with a fixed value.
struct StubImmediateParser: InstructionImmediateParser {
    var lastNaturalAlignment: UInt32?
    var selectTypes: [ValueType]?

    mutating func parseLabel() throws(WasmError) -> UInt32 { 0 }
    mutating func parseIndex(_ space: IndexSpace) throws(WasmError) -> UInt32 { 1 }
    mutating func parseOptionalIndex(_ space: IndexSpace) throws(WasmError) -> UInt32 { 0 }
    mutating func parseOptionalIndexThenIndex(
        _ optional: IndexSpace, _ required: IndexSpace
    ) throws(WasmError) -> (optional: UInt32, index: UInt32) { (0, 1) }
    mutating func parseOptionalIndexPair(_ space: IndexSpace) throws(WasmError) -> (UInt32, UInt32) { (0, 0) }
    mutating func parseFieldIndex(typeIndex: UInt32) throws(WasmError) -> UInt32 { 0 }
    mutating func parseU32() throws(WasmError) -> UInt32 { 2 }
    mutating func parseBlockType() throws(WasmError) -> BlockType { .empty }
    mutating func parseBrTable() throws(WasmError) -> BrTable { BrTable(targets: [], defaultTarget: 0) }
    mutating func parseCatches() throws(WasmError) -> [Catch] { [] }
    mutating func parseCallIndirect() throws(WasmError) -> (typeIndex: UInt32, tableIndex: UInt32) { (0, 0) }
    mutating func parseSelectResultTypes() throws(WasmError) -> [ValueType]? { selectTypes }
    mutating func parseMemArg(naturalAlignment: UInt32) throws(WasmError) -> MemArg {
        lastNaturalAlignment = naturalAlignment
        return MemArg(align: naturalAlignment)
    }
    mutating func parseMemArgLane(naturalAlignment: UInt32) throws(WasmError) -> (memArg: MemArg, lane: UInt8) {
        lastNaturalAlignment = naturalAlignment
        return (MemArg(align: naturalAlignment), 0)
    }
    mutating func parseLane() throws(WasmError) -> UInt8 { 0 }
    mutating func parseShuffle() throws(WasmError) -> V128 { .zero }
    mutating func parseI32() throws(WasmError) -> Int32 { 0 }
    mutating func parseI64() throws(WasmError) -> Int64 { 0 }
    mutating func parseF32Bits() throws(WasmError) -> UInt32 { 0 }
    mutating func parseF64Bits() throws(WasmError) -> UInt64 { 0 }
    mutating func parseV128() throws(WasmError) -> V128 { .zero }
    mutating func parseHeapType() throws(WasmError) -> HeapType { .function }
    mutating func parseRefType() throws(WasmError) -> RefType { .funcref }
}

/// Payloads wider than 16 bytes make every `switch` over `Instruction` a linear chain of comparisons
/// (the payload-less cases are told apart by an index stored in the payload bytes); the generator boxes
/// the few wide cases (`indirect`) to keep the payload within 16 bytes plus the tag byte.
@Test func instructionStaysNarrow() {
    #expect(MemoryLayout<Instruction>.size <= 17)
    #expect(MemoryLayout<Instruction>.stride <= 24)
}
