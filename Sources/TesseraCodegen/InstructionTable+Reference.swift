/// Reference instructions (reference types, typed function references).
let referenceInstructions: [InstructionDefinition] = [
    .init("ref.null", .byte(0xD0), .heapType, feature: ["referenceTypes"], family: .reference),
    .init("ref.is_null", .byte(0xD1), feature: ["referenceTypes"], family: .reference),
    .init("ref.func", .byte(0xD2), .index(.function), feature: ["referenceTypes"], family: .reference),
    .init("ref.eq", .byte(0xD3), feature: ["gc"], family: .reference),
    .init("ref.as_non_null", .byte(0xD4), feature: ["functionReferences"], family: .reference),
]

/// Table instructions.
let tableInstructions: [InstructionDefinition] = [
    .init("table.get", .byte(0x25), .optionalIndex(.table), feature: ["referenceTypes"], family: .table),
    .init("table.set", .byte(0x26), .optionalIndex(.table), feature: ["referenceTypes"], family: .table),
    .init("table.init", .prefixed(0xFC, 12), .tableInit, feature: ["bulkMemory"], family: .table),
    .init("elem.drop", .prefixed(0xFC, 13), .index(.elem), feature: ["bulkMemory"], family: .table),
    .init("table.copy", .prefixed(0xFC, 14), .tableCopy, feature: ["bulkMemory"], family: .table),
    .init("table.grow", .prefixed(0xFC, 15), .optionalIndex(.table), feature: ["referenceTypes"], family: .table),
    .init("table.size", .prefixed(0xFC, 16), .optionalIndex(.table), feature: ["referenceTypes"], family: .table),
    .init("table.fill", .prefixed(0xFC, 17), .optionalIndex(.table), feature: ["referenceTypes"], family: .table),
]

/// Garbage collection: structs, arrays, casts, i31 and extern conversion.
let gcInstructions: [InstructionDefinition] = [
    gc("struct.new", 0, .index(.type)),
    gc("struct.new_default", 1, .index(.type)),
    gc("struct.get", 2, .structField),
    gc("struct.get_s", 3, .structField),
    gc("struct.get_u", 4, .structField),
    gc("struct.set", 5, .structField),
    gc("array.new", 6, .index(.type)),
    gc("array.new_default", 7, .index(.type)),
    gc("array.new_fixed", 8, .arrayNewFixed),
    gc("array.new_data", 9, .arrayData),
    gc("array.new_elem", 10, .arrayElem),
    gc("array.get", 11, .index(.type)),
    gc("array.get_s", 12, .index(.type)),
    gc("array.get_u", 13, .index(.type)),
    gc("array.set", 14, .index(.type)),
    gc("array.len", 15, .none),
    gc("array.fill", 16, .index(.type)),
    gc("array.copy", 17, .arrayCopy),
    gc("array.init_data", 18, .arrayData),
    gc("array.init_elem", 19, .arrayElem),
    .init("ref.test", .prefixed(0xFB, 20), .castType, feature: ["gc"], family: .gc, nullableEncoding: .prefixed(0xFB, 21)),
    .init("ref.cast", .prefixed(0xFB, 22), .castType, feature: ["gc"], family: .gc, nullableEncoding: .prefixed(0xFB, 23)),
    gc("br_on_cast", 24, .brOnCast),
    gc("br_on_cast_fail", 25, .brOnCast),
    gc("any.convert_extern", 26, .none),
    gc("extern.convert_any", 27, .none),
    gc("ref.i31", 28, .none),
    gc("i31.get_s", 29, .none),
    gc("i31.get_u", 30, .none),
]

private func gc(_ name: String, _ op: UInt32, _ immediate: ImmediateKind) -> InstructionDefinition {
    .init(name, .prefixed(0xFB, op), immediate, feature: ["gc"], family: .gc)
}
