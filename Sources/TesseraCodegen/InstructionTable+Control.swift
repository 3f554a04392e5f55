/// Structured control, branches and calls.
let controlInstructions: [InstructionDefinition] = [
    .init("unreachable", .byte(0x00), family: .control),
    .init("nop", .byte(0x01), family: .control),
    .init("block", .byte(0x02), .blockType, family: .control),
    .init("loop", .byte(0x03), .blockType, family: .control),
    .init("if", .byte(0x04), .blockType, family: .control),
    .init("else", .byte(0x05), family: .control),
    .init("end", .byte(0x0B), family: .control),
    .init("br", .byte(0x0C), .label, family: .control),
    .init("br_if", .byte(0x0D), .label, family: .control),
    .init("br_table", .byte(0x0E), .brTable, family: .control),
    .init("return", .byte(0x0F), family: .control),
    .init("call", .byte(0x10), .index(.function), family: .control),
    .init("call_indirect", .byte(0x11), .callIndirect, family: .control),
    .init("return_call", .byte(0x12), .index(.function), feature: ["tailCall"], family: .control),
    .init("return_call_indirect", .byte(0x13), .callIndirect, feature: ["tailCall"], family: .control),
    .init("call_ref", .byte(0x14), .index(.type), feature: ["functionReferences"], family: .control),
    .init(
        "return_call_ref", .byte(0x15), .index(.type), feature: ["tailCall", "functionReferences"],
        family: .control),
    .init("br_on_null", .byte(0xD5), .label, feature: ["functionReferences"], family: .control),
    .init("br_on_non_null", .byte(0xD6), .label, feature: ["functionReferences"], family: .control),
]

/// `drop` and `select`.
let parametricInstructions: [InstructionDefinition] = [
    .init("drop", .byte(0x1A), family: .parametric),
    .init("select", .byte(0x1B), family: .parametric),
    .init(
        "select", .byte(0x1C), .typedSelect, feature: ["referenceTypes"], family: .parametric,
        caseName: "typedSelect"),
]

/// Locals and globals.
let variableInstructions: [InstructionDefinition] = [
    .init("local.get", .byte(0x20), .index(.local), family: .variable),
    .init("local.set", .byte(0x21), .index(.local), family: .variable),
    .init("local.tee", .byte(0x22), .index(.local), family: .variable),
    .init("global.get", .byte(0x23), .index(.global), family: .variable),
    .init("global.set", .byte(0x24), .index(.global), family: .variable),
]

/// Exception handling (the 3.0 form, without the legacy try/catch).
let exceptionInstructions: [InstructionDefinition] = [
    .init("throw", .byte(0x08), .index(.tag), feature: ["exceptions"], family: .exceptions),
    .init("throw_ref", .byte(0x0A), feature: ["exceptions"], family: .exceptions),
    .init("try_table", .byte(0x1F), .tryTable, feature: ["exceptions"], family: .exceptions),
]
