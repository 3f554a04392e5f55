import TesseraTypes

/// The sections that define functions, tables, memories, tags, globals and exports.
extension ModuleDecoder {
    mutating func decodeFunctionSection() throws(WasmError) {
        module.functions = try readVector { (d: inout ModuleDecoder) throws(WasmError) in try d.reader.readU32() }
    }

    mutating func decodeTableSection() throws(WasmError) {
        module.tables = try readVector(minimumElementSize: 3) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readTable()
        }
    }

    /// A table: either a plain table type (null-initialised), or 0x40 0x00 followed by the table type and
    /// an initialiser expression.
    private mutating func readTable() throws(WasmError) -> Table {
        guard try reader.peekByte() == 0x40 else {
            return Table(type: try readTableType())
        }
        reader.offset += 1
        let zeroOffset = reader.offset
        guard try reader.readByte() == 0x00 else {
            throw WasmError.malformed("zero byte expected", offset: zeroOffset)
        }
        let type = try readTableType()
        return Table(type: type, initializer: try readConstExpression())
    }

    mutating func decodeMemorySection() throws(WasmError) {
        module.memories = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readMemoryType()
        }
    }

    mutating func decodeTagSection() throws(WasmError) {
        module.tags = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readTagType()
        }
    }

    mutating func decodeGlobalSection() throws(WasmError) {
        module.globals = try readVector(minimumElementSize: 3) { (d: inout ModuleDecoder) throws(WasmError) in
            let type = try d.readGlobalType()
            return Global(type: type, initializer: try d.readConstExpression())
        }
    }

    mutating func decodeExportSection() throws(WasmError) {
        module.exports = try readVector(minimumElementSize: 3) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readExport()
        }
    }

    private mutating func readExport() throws(WasmError) -> Export {
        let name = try reader.readName()
        let kindOffset = reader.offset
        guard let kind = ExternalKind(rawValue: try reader.readByte()) else {
            throw WasmError.malformed("malformed export kind", offset: kindOffset)
        }
        return Export(name: name, kind: kind, index: try reader.readU32())
    }
}
