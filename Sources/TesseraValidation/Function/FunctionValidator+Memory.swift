import TesseraTypes
import TesseraBinary

// Memory accesses, memory management, bulk memory, tables and the fixed-signature families.

extension FunctionValidator {
    func checkMemory(_ index: UInt32) throws(WasmError) {
        if Int(index) >= context.memories.count { throw WasmError.invalid("unknown memory \(index)") }
    }

    func checkTable(_ index: UInt32) throws(WasmError) {
        if Int(index) >= context.tables.count { throw WasmError.invalid("unknown table \(index)") }
    }

    func checkDataSegment(_ index: UInt32) throws(WasmError) {
        if Int(index) >= context.dataSegmentCount { throw WasmError.invalid("unknown data segment \(index)") }
    }

    func checkElementSegment(_ index: UInt32) throws(WasmError) -> RefType {
        guard Int(index) < context.elementTypes.count else {
            throw WasmError.invalid("unknown elem segment \(index)")
        }
        return context.elementTypes[Int(index)]
    }

    /// Any instruction whose operand and result types are fixed by its opcode: numeric, conversion,
    /// SIMD and wide arithmetic, plus memory accesses (whose first operand is the memory's address).
    mutating func validateFixed(_ instruction: Instruction,
                                _ signature: (parameters: [ValueType], results: [ValueType])) throws(WasmError)
    {
        guard let (memArg, lane) = instruction.memoryArgument else {
            if let lane = instruction.laneImmediate {
                try checkLane(lane, count: Self.laneCount(of: instruction.textName))
            } else if case .i8x16Shuffle(let lanes) = instruction {
                for lane in lanes.bytes where lane >= 32 { throw WasmError.invalid("invalid lane index") }
            }
            try pop(signature.parameters)
            push(signature.results)
            return
        }
        guard let natural = instruction.naturalAlignment else {
            throw WasmError.invalid("\(instruction.textName) has no natural alignment")
        }
        try checkMemory(memArg.memory)
        let isAtomic = instruction.feature.contains(.threads)
        if isAtomic {
            if memArg.align != natural { throw WasmError.invalid("atomic alignment must be natural") }
        } else if memArg.align > natural {
            throw WasmError.invalid("alignment must not be larger than natural")
        }
        let memory = context.memories[Int(memArg.memory)]
        if !memory.limits.is64 && memArg.offset > UInt64(UInt32.max) {
            throw WasmError.invalid("offset out of range")
        }
        if let lane { try checkLane(lane, count: 16 >> Int(natural)) }
        let address = context.addressType(ofMemory: memArg.memory)
        var parameters = signature.parameters
        if address != .i32 { parameters[0] = address }
        try pop(parameters)
        push(signature.results)
    }

    func checkLane(_ lane: UInt8, count: Int) throws(WasmError) {
        if Int(lane) >= count { throw WasmError.invalid("invalid lane index") }
    }

    /// Lanes of the shape an instruction name starts with (`i8x16.` → 16).
    static func laneCount(of textName: String) -> Int {
        if textName.hasPrefix("i8x16") { return 16 }
        if textName.hasPrefix("i16x8") { return 8 }
        if textName.hasPrefix("i32x4") || textName.hasPrefix("f32x4") { return 4 }
        return 2
    }

    // MARK: Memory instructions

    mutating func validateMemorySize(_ memory: UInt32) throws(WasmError) {
        try checkMemory(memory)
        push(context.addressType(ofMemory: memory))
    }

    mutating func validateMemoryGrow(_ memory: UInt32) throws(WasmError) {
        try checkMemory(memory)
        let address = context.addressType(ofMemory: memory)
        try pop(address)
        push(address)
    }

    mutating func validateMemoryFill(_ memory: UInt32) throws(WasmError) {
        try checkMemory(memory)
        let address = context.addressType(ofMemory: memory)
        try pop([address, .i32, address])
    }

    mutating func validateMemoryCopy(destination: UInt32, source: UInt32) throws(WasmError) {
        try checkMemory(destination)
        try checkMemory(source)
        let d = context.addressType(ofMemory: destination)
        let s = context.addressType(ofMemory: source)
        try pop([d, s, d == .i64 && s == .i64 ? .i64 : .i32])
    }

    mutating func validateMemoryInit(data: UInt32, memory: UInt32) throws(WasmError) {
        try checkMemory(memory)
        try checkDataSegment(data)
        try pop([context.addressType(ofMemory: memory), .i32, .i32])
    }

    // MARK: Table instructions

    mutating func validateTableGet(_ table: UInt32) throws(WasmError) {
        try checkTable(table)
        try pop(context.addressType(ofTable: table))
        push(.ref(context.tables[Int(table)].elementType))
    }

    mutating func validateTableSet(_ table: UInt32) throws(WasmError) {
        try checkTable(table)
        try pop([context.addressType(ofTable: table), .ref(context.tables[Int(table)].elementType)])
    }

    mutating func validateTableSize(_ table: UInt32) throws(WasmError) {
        try checkTable(table)
        push(context.addressType(ofTable: table))
    }

    mutating func validateTableGrow(_ table: UInt32) throws(WasmError) {
        try checkTable(table)
        let address = context.addressType(ofTable: table)
        try pop([.ref(context.tables[Int(table)].elementType), address])
        push(address)
    }

    mutating func validateTableFill(_ table: UInt32) throws(WasmError) {
        try checkTable(table)
        let address = context.addressType(ofTable: table)
        try pop([address, .ref(context.tables[Int(table)].elementType), address])
    }

    mutating func validateTableCopy(destination: UInt32, source: UInt32) throws(WasmError) {
        try checkTable(destination)
        try checkTable(source)
        guard context.types.isSubtype(context.tables[Int(source)].elementType,
                                      of: context.tables[Int(destination)].elementType) else {
            throw WasmError.invalid("type mismatch: table.copy between incompatible tables")
        }
        let d = context.addressType(ofTable: destination)
        let s = context.addressType(ofTable: source)
        try pop([d, s, d == .i64 && s == .i64 ? .i64 : .i32])
    }

    mutating func validateTableInit(element: UInt32, table: UInt32) throws(WasmError) {
        try checkTable(table)
        let type = try checkElementSegment(element)
        guard context.types.isSubtype(type, of: context.tables[Int(table)].elementType) else {
            throw WasmError.invalid("type mismatch: table.init with an element segment of another type")
        }
        try pop([context.addressType(ofTable: table), .i32, .i32])
    }
}
