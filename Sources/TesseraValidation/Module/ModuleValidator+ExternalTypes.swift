import TesseraTypes

// Validity of table, memory, global and tag types (shared by imports and definitions).

extension ModuleContextBuilder {
    func checkTableType(_ table: TableType) throws(WasmError) {
        let limits = table.limits
        if limits.is64 && !features.contains(.memory64) {
            throw WasmError.invalid("table64 requires the memory64 feature")
        }
        if !limits.is64 {
            let bound = UInt64(UInt32.max)
            if limits.min > bound || (limits.max ?? 0) > bound {
                throw WasmError.invalid("table size must be at most 2^32-1")
            }
        }
        if let max = limits.max, limits.min > max {
            throw WasmError.invalid("size minimum must not be greater than maximum")
        }
        if limits.isShared { throw WasmError.invalid("tables cannot be shared") }
        try types.checkHeapType(table.elementType.heapType)
    }

    func checkMemoryType(_ memory: MemoryType) throws(WasmError) {
        let limits = memory.limits
        if limits.is64 && !features.contains(.memory64) {
            throw WasmError.invalid("memory64 requires the memory64 feature")
        }
        let log2 = Int(memory.pageSizeLog2)
        if log2 != 16 && log2 != 0 { throw WasmError.invalid("invalid custom page size") }
        // The byte size must fit the address space: 2^32 for 32-bit and 2^64 for 64-bit memories.
        let addressBits = limits.is64 ? 64 : 32
        // (Page counts of 32-bit memories are also bounded by their u32 encoding.)
        let maxPages: UInt64 = addressBits - log2 >= 64 ? UInt64.max
            : Swift.min(UInt64(1) << UInt64(addressBits - log2), limits.is64 ? UInt64.max : UInt64(UInt32.max))
        if limits.min > maxPages || (limits.max ?? 0) > maxPages {
            if log2 != 16 {
                throw WasmError.invalid("memory size must be at most \(maxPages) pages")
            }
            throw WasmError.invalid(limits.is64 ? "memory size must be at most 2^48 pages (256TiB)"
                                                : "memory size must be at most 65536 pages (4GiB)")
        }
        if let max = limits.max, limits.min > max {
            throw WasmError.invalid("size minimum must not be greater than maximum")
        }
        if limits.isShared {
            if !features.contains(.threads) { throw WasmError.invalid("shared memory requires the threads feature") }
            if limits.max == nil { throw WasmError.invalid("shared memory must have maximum") }
        }
    }

    func checkGlobalType(_ global: GlobalType) throws(WasmError) {
        try types.checkValueType(global.valueType)
    }

    func checkTagType(_ tag: TagType) throws(WasmError) {
        let f = try types.requireFunctionType(tag.typeIndex)
        if !f.results.isEmpty { throw WasmError.invalid("non-empty tag result type") }
    }
}
