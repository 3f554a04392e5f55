public import TesseraTypes

/// Appends WebAssembly binary encodings to a byte array: LEB128 integers (always the shortest form),
/// floats, names, types and instruction immediates. Hand-written; the generated instruction encoder and
/// the module encoder both use it.
public struct BinaryWriter: Sendable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    @inlinable
    public mutating func writeByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    public mutating func writeBytes(_ other: some Sequence<UInt8>) {
        bytes.append(contentsOf: other)
    }

    /// Unsigned LEB128.
    public mutating func writeU64(_ value: UInt64) {
        var v = value
        repeat {
            var byte = UInt8(v & 0x7F)
            v >>= 7
            if v != 0 { byte |= 0x80 }
            bytes.append(byte)
        } while v != 0
    }

    public mutating func writeU32(_ value: UInt32) {
        writeU64(UInt64(value))
    }

    /// Signed LEB128 (also used for s33).
    public mutating func writeS64(_ value: Int64) {
        var v = value
        while true {
            let byte = UInt8(v & 0x7F)
            v >>= 7
            let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0)
            bytes.append(done ? byte : byte | 0x80)
            if done { return }
        }
    }

    public mutating func writeS32(_ value: Int32) {
        writeS64(Int64(value))
    }

    public mutating func writeF32Bits(_ bits: UInt32) {
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt32(i)))) }
    }

    public mutating func writeF64Bits(_ bits: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
    }

    public mutating func writeV128(_ value: V128) {
        writeF64Bits(value.low)
        writeF64Bits(value.high)
    }

    /// A length-prefixed UTF-8 name.
    public mutating func writeName(_ name: String) {
        writeU32(UInt32(name.utf8.count))
        bytes.append(contentsOf: name.utf8)
    }

    /// A heap type: its abstract byte, or the type index as s33.
    public mutating func writeHeapType(_ heapType: HeapType) {
        switch heapType {
        case .abstract(let a): bytes.append(a.binaryCode)
        case .concrete(let index): writeS64(Int64(index))
        }
    }

    /// A reference type, abbreviated when it is a nullable abstract type.
    public mutating func writeRefType(_ refType: RefType) {
        if refType.isNullable, case .abstract(let a) = refType.heapType {
            bytes.append(a.binaryCode)
            return
        }
        bytes.append(refType.isNullable ? 0x63 : 0x64)
        writeHeapType(refType.heapType)
    }

    public mutating func writeValueType(_ type: ValueType) {
        switch type {
        case .i32: bytes.append(0x7F)
        case .i64: bytes.append(0x7E)
        case .f32: bytes.append(0x7D)
        case .f64: bytes.append(0x7C)
        case .v128: bytes.append(0x7B)
        case .ref(let r): writeRefType(r)
        }
    }

    public mutating func writeValueTypeVector(_ types: [ValueType]) {
        writeU32(UInt32(types.count))
        for t in types { writeValueType(t) }
    }

    public mutating func writeBlockType(_ blockType: BlockType) {
        switch blockType {
        case .empty: bytes.append(0x40)
        case .value(let t): writeValueType(t)
        case .typeIndex(let index): writeS64(Int64(index))
        }
    }

    /// A memory access immediate; the memory index is written only when it is not 0.
    public mutating func writeMemArg(_ memArg: MemArg) {
        if memArg.memory != 0 {
            writeU32(memArg.align | 0x40)
            writeU32(memArg.memory)
        } else {
            writeU32(memArg.align)
        }
        writeU64(memArg.offset)
    }

    public mutating func writeBrTable(_ table: BrTable) {
        writeU32(UInt32(table.targets.count))
        for t in table.targets { writeU32(t) }
        writeU32(table.defaultTarget)
    }

    public mutating func writeCatchVector(_ catches: [Catch]) {
        writeU32(UInt32(catches.count))
        for c in catches {
            switch c {
            case .catch(let tag, let label):
                bytes.append(0x00)
                writeU32(tag)
                writeU32(label)
            case .catchRef(let tag, let label):
                bytes.append(0x01)
                writeU32(tag)
                writeU32(label)
            case .catchAll(let label):
                bytes.append(0x02)
                writeU32(label)
            case .catchAllRef(let label):
                bytes.append(0x03)
                writeU32(label)
            }
        }
    }
}
