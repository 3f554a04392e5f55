public import TesseraTypes

// Hand-written: type and immediate decoding shared by the generated instruction decoder and the
// section decoder. Messages follow the spec reference interpreter.
extension BinaryReader {
    /// Whether `byte` starts a value type (number, vector, or reference type).
    public static func startsValueType(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x7B...0x7F, 0x63, 0x64: true
        default: AbstractHeapType(binaryCode: byte) != nil
        }
    }

    /// Reads a value type: a number or vector type, a reference type abbreviation, or `0x63`/`0x64`
    /// followed by a heap type.
    public mutating func readValueType() throws(WasmError) -> ValueType {
        let start = offset
        let byte = try readByte()
        switch byte {
        case 0x7F: return .i32
        case 0x7E: return .i64
        case 0x7D: return .f32
        case 0x7C: return .f64
        case 0x7B: return .v128
        case 0x63: return .ref(RefType(nullable: true, try readHeapType()))
        case 0x64: return .ref(RefType(nullable: false, try readHeapType()))
        default:
            if let abstract = AbstractHeapType(binaryCode: byte) {
                return .ref(RefType(nullable: true, .abstract(abstract)))
            }
            throw WasmError.malformed("malformed value type", offset: start)
        }
    }

    /// Reads a reference type (`0x63`/`0x64` with a heap type, or an abbreviation).
    public mutating func readRefType() throws(WasmError) -> RefType {
        let start = offset
        let byte = try readByte()
        switch byte {
        case 0x63: return RefType(nullable: true, try readHeapType())
        case 0x64: return RefType(nullable: false, try readHeapType())
        default:
            if let abstract = AbstractHeapType(binaryCode: byte) {
                return RefType(nullable: true, .abstract(abstract))
            }
            throw WasmError.malformed("malformed reference type", offset: start)
        }
    }

    /// Reads a heap type: an abstract heap type byte, or a non-negative s33 type index.
    public mutating func readHeapType() throws(WasmError) -> HeapType {
        let start = offset
        if let abstract = AbstractHeapType(binaryCode: try peekByte()) {
            offset += 1
            return .abstract(abstract)
        }
        let value = try readS33()
        guard value >= 0 else { throw WasmError.malformed("malformed heap type", offset: start) }
        return .concrete(UInt32(value))
    }

    /// Reads a block type: `0x40` (empty), a value type, or a non-negative s33 type index.
    public mutating func readBlockType() throws(WasmError) -> BlockType {
        let start = offset
        let byte = try peekByte()
        if byte == 0x40 {
            offset += 1
            return .empty
        }
        if Self.startsValueType(byte) { return .value(try readValueType()) }
        let value = try readS33()
        guard value >= 0 else { throw WasmError.malformed("malformed value type", offset: start) }
        return .typeIndex(UInt32(value))
    }

    /// Reads a vector of value types (`select t*`, locals are read by the section decoder).
    public mutating func readValueTypeVector() throws(WasmError) -> [ValueType] {
        let count = try readVectorCount()
        var types: [ValueType] = []
        types.reserveCapacity(count)
        for _ in 0..<count { types.append(try readValueType()) }
        return types
    }

    /// Reads a memory access immediate: alignment flags (bit 6: a memory index follows), then the
    /// offset as u64. Whether the offset fits a 32-bit memory is for the validator to decide.
    public mutating func readMemArg() throws(WasmError) -> MemArg {
        let start = offset
        let flags = try readU32()
        guard flags < 128 else { throw WasmError.malformed("malformed memop flags", offset: start) }
        let memory: UInt32 = flags & 0x40 != 0 ? try readU32() : 0
        let memoryOffset = try readU64()
        return MemArg(align: flags & ~0x40, memory: memory, offset: memoryOffset)
    }

    /// Reads the immediate of `br_table`.
    public mutating func readBrTable() throws(WasmError) -> BrTable {
        let count = try readVectorCount()
        var targets: [UInt32] = []
        targets.reserveCapacity(count)
        for _ in 0..<count { targets.append(try readU32()) }
        return BrTable(targets: targets, defaultTarget: try readU32())
    }

    /// Reads the catch clauses of `try_table`.
    public mutating func readCatchVector() throws(WasmError) -> [Catch] {
        let count = try readVectorCount(minimumElementSize: 2)
        var catches: [Catch] = []
        catches.reserveCapacity(count)
        for _ in 0..<count {
            let start = offset
            switch try readByte() {
            case 0x00: catches.append(.catch(tag: try readU32(), label: try readU32()))
            case 0x01: catches.append(.catchRef(tag: try readU32(), label: try readU32()))
            case 0x02: catches.append(.catchAll(label: try readU32()))
            case 0x03: catches.append(.catchAllRef(label: try readU32()))
            default: throw WasmError.malformed("malformed catch clause", offset: start)
            }
        }
        return catches
    }

    /// Reads the immediates of `br_on_cast`/`br_on_cast_fail`: a flags byte (bit 0: source nullable,
    /// bit 1: target nullable), the label, then the two heap types.
    public mutating func readBrOnCastImmediates() throws(WasmError) -> (label: UInt32, from: RefType, to: RefType) {
        let start = offset
        let flags = try readByte()
        guard flags <= 3 else { throw WasmError.malformed("malformed br_on_cast flags", offset: start) }
        let label = try readU32()
        let from = RefType(nullable: flags & 1 != 0, try readHeapType())
        let to = RefType(nullable: flags & 2 != 0, try readHeapType())
        return (label, from, to)
    }

    /// Reads a reserved byte that must be zero (`atomic.fence`).
    public mutating func readZeroByte() throws(WasmError) {
        let start = offset
        guard try readByte() == 0 else { throw WasmError.malformed("zero byte expected", offset: start) }
    }
}
