import TesseraTypes

/// The import section and the entity types it shares with the definition sections: limits, table,
/// memory, global and tag types.
extension ModuleDecoder {
    mutating func decodeImportSection() throws(WasmError) {
        module.imports = try readVector(minimumElementSize: 3) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readImport()
        }
        module.sourceLayout.importCount = module.imports.count
        module.sourceLayout.importedFunctionCount = module.importedFunctionCount
    }

    private mutating func readImport() throws(WasmError) -> Import {
        let moduleName = try reader.readName()
        let name = try reader.readName()
        let kindOffset = reader.offset
        let descriptor: ImportDescriptor
        switch try reader.readByte() {
        case 0x00: descriptor = .function(typeIndex: try reader.readU32())
        case 0x01: descriptor = .table(try readTableType())
        case 0x02: descriptor = .memory(try readMemoryType())
        case 0x03: descriptor = .global(try readGlobalType())
        case 0x04: descriptor = .tag(try readTagType())
        default: throw WasmError.malformed("malformed import kind", offset: kindOffset)
        }
        return Import(module: moduleName, name: name, descriptor: descriptor)
    }

    /// Limits flags: bit 0 a maximum follows, bit 1 shared, bit 2 64-bit indices, bit 3 a custom page
    /// size follows (memories only, custom-page-sizes). Returns the limits and the page size exponent.
    private mutating func readLimits(isMemory: Bool) throws(WasmError) -> (Limits, UInt8?) {
        let flagsOffset = reader.offset
        let flags = try reader.readByte()
        // Bits the enabled features define: a maximum always, 64-bit indices with memory64, and for
        // memories the shared bit with threads and the page size with custom-page-sizes.
        var allowed: UInt8 = 0x01
        if features.contains(.memory64) { allowed |= 0x04 }
        if isMemory && features.contains(.threads) { allowed |= 0x02 }
        if isMemory && features.contains(.customPageSizes) { allowed |= 0x08 }
        guard flags & ~allowed == 0 else {
            throw WasmError.malformed("malformed limits flags", offset: flagsOffset)
        }
        // Sizes are u64 for both index types; the validator bounds them ("memory size must be at most…").
        let min = try reader.readU64()
        let max: UInt64? = flags & 0x01 != 0 ? try reader.readU64() : nil
        var pageSizeLog2: UInt8?
        if flags & 0x08 != 0 {
            let start = reader.offset
            let exponent = try reader.readU32()
            guard exponent < 64 else { throw WasmError.malformed("invalid custom page size", offset: start) }
            pageSizeLog2 = UInt8(exponent)
        }
        return (Limits(min: min, max: max, is64: flags & 0x04 != 0, isShared: flags & 0x02 != 0), pageSizeLog2)
    }

    mutating func readTableType() throws(WasmError) -> TableType {
        let elementType = try reader.readRefType()
        let (limits, _) = try readLimits(isMemory: false)
        return TableType(elementType: elementType, limits: limits)
    }

    mutating func readMemoryType() throws(WasmError) -> MemoryType {
        let (limits, pageSizeLog2) = try readLimits(isMemory: true)
        return MemoryType(limits: limits, pageSizeLog2: pageSizeLog2 ?? 16)
    }

    mutating func readGlobalType() throws(WasmError) -> GlobalType {
        let valueType = try reader.readValueType()
        return GlobalType(valueType, mutable: try readMutability())
    }

    /// A tag type: an attribute byte that must be 0 (exception), then a function type index.
    mutating func readTagType() throws(WasmError) -> TagType {
        let start = reader.offset
        guard try reader.readByte() == 0 else {
            throw WasmError.malformed("malformed tag attribute", offset: start)
        }
        return TagType(typeIndex: try reader.readU32())
    }
}
