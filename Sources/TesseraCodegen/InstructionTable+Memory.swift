/// Plain loads and stores, memory.size and memory.grow. In every memory-access signature the first
/// parameter is the address, written `i32`: it takes the accessed memory's address type (i64 for memory64).
let memoryInstructions: [InstructionDefinition] = [
    load("i32.load", 0x28, "i32", 2),
    load("i64.load", 0x29, "i64", 3),
    load("f32.load", 0x2A, "f32", 2),
    load("f64.load", 0x2B, "f64", 3),
    load("i32.load8_s", 0x2C, "i32", 0),
    load("i32.load8_u", 0x2D, "i32", 0),
    load("i32.load16_s", 0x2E, "i32", 1),
    load("i32.load16_u", 0x2F, "i32", 1),
    load("i64.load8_s", 0x30, "i64", 0),
    load("i64.load8_u", 0x31, "i64", 0),
    load("i64.load16_s", 0x32, "i64", 1),
    load("i64.load16_u", 0x33, "i64", 1),
    load("i64.load32_s", 0x34, "i64", 2),
    load("i64.load32_u", 0x35, "i64", 2),
    store("i32.store", 0x36, "i32", 2),
    store("i64.store", 0x37, "i64", 3),
    store("f32.store", 0x38, "f32", 2),
    store("f64.store", 0x39, "f64", 3),
    store("i32.store8", 0x3A, "i32", 0),
    store("i32.store16", 0x3B, "i32", 1),
    store("i64.store8", 0x3C, "i64", 0),
    store("i64.store16", 0x3D, "i64", 1),
    store("i64.store32", 0x3E, "i64", 2),
    .init("memory.size", .byte(0x3F), .optionalIndex(.memory), family: .memory),
    .init("memory.grow", .byte(0x40), .optionalIndex(.memory), family: .memory),
]

/// Bulk memory: memory.init, data.drop, memory.copy, memory.fill.
let bulkInstructions: [InstructionDefinition] = [
    .init("memory.init", .prefixed(0xFC, 8), .memoryInit, feature: ["bulkMemory"], family: .bulk),
    .init("data.drop", .prefixed(0xFC, 9), .index(.data), feature: ["bulkMemory"], family: .bulk),
    .init("memory.copy", .prefixed(0xFC, 10), .memoryCopy, feature: ["bulkMemory"], family: .bulk),
    .init("memory.fill", .prefixed(0xFC, 11), .optionalIndex(.memory), feature: ["bulkMemory"], family: .bulk),
]

private func load(_ name: String, _ op: UInt8, _ type: String, _ align: UInt32) -> InstructionDefinition {
    .init(name, .byte(op), .memArg, family: .memory, signature: sig("i32", type), align: align)
}

private func store(_ name: String, _ op: UInt8, _ type: String, _ align: UInt32) -> InstructionDefinition {
    .init(name, .byte(op), .memArg, family: .memory, signature: sig("i32 \(type)", ""), align: align)
}
