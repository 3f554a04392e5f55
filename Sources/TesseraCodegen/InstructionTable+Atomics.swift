/// Threads: wait/notify, fence, and atomic loads, stores and read-modify-writes (0xFE).
let atomicInstructions: [InstructionDefinition] = [
    atomic("memory.atomic.notify", 0x00, "i32 i32", "i32", 2),
    atomic("memory.atomic.wait32", 0x01, "i32 i32 i64", "i32", 2),
    atomic("memory.atomic.wait64", 0x02, "i32 i64 i64", "i32", 3),
    .init("atomic.fence", .prefixed(0xFE, 0x03), .zeroByte, feature: ["threads"], family: .atomics, signature: sig("", "")),
    atomic("i32.atomic.load", 0x10, "i32", "i32", 2),
    atomic("i64.atomic.load", 0x11, "i32", "i64", 3),
    atomic("i32.atomic.load8_u", 0x12, "i32", "i32", 0),
    atomic("i32.atomic.load16_u", 0x13, "i32", "i32", 1),
    atomic("i64.atomic.load8_u", 0x14, "i32", "i64", 0),
    atomic("i64.atomic.load16_u", 0x15, "i32", "i64", 1),
    atomic("i64.atomic.load32_u", 0x16, "i32", "i64", 2),
    atomic("i32.atomic.store", 0x17, "i32 i32", "", 2),
    atomic("i64.atomic.store", 0x18, "i32 i64", "", 3),
    atomic("i32.atomic.store8", 0x19, "i32 i32", "", 0),
    atomic("i32.atomic.store16", 0x1A, "i32 i32", "", 1),
    atomic("i64.atomic.store8", 0x1B, "i32 i64", "", 0),
    atomic("i64.atomic.store16", 0x1C, "i32 i64", "", 1),
    atomic("i64.atomic.store32", 0x1D, "i32 i64", "", 2),
] + rmwFamily("add", 0x1E) + rmwFamily("sub", 0x25) + rmwFamily("and", 0x2C) + rmwFamily("or", 0x33)
    + rmwFamily("xor", 0x3A) + rmwFamily("xchg", 0x41) + rmwFamily("cmpxchg", 0x48)

/// The seven widths of one read-modify-write operator, in opcode order.
private func rmwFamily(_ op: String, _ base: UInt32) -> [InstructionDefinition] {
    let widths: [(prefix: String, type: String, suffix: String, align: UInt32)] = [
        ("i32.atomic.rmw", "i32", "", 2), ("i64.atomic.rmw", "i64", "", 3),
        ("i32.atomic.rmw8", "i32", "_u", 0), ("i32.atomic.rmw16", "i32", "_u", 1),
        ("i64.atomic.rmw8", "i64", "_u", 0), ("i64.atomic.rmw16", "i64", "_u", 1),
        ("i64.atomic.rmw32", "i64", "_u", 2),
    ]
    return widths.enumerated().map { i, w in
        let operands = op == "cmpxchg" ? "i32 \(w.type) \(w.type)" : "i32 \(w.type)"
        return atomic("\(w.prefix).\(op)\(w.suffix)", base + UInt32(i), operands, w.type, w.align)
    }
}

private func atomic(
    _ name: String, _ op: UInt32, _ params: String, _ results: String, _ align: UInt32
) -> InstructionDefinition {
    .init(
        name, .prefixed(0xFE, op), .memArg, feature: ["threads"], family: .atomics,
        signature: sig(params, results), align: align)
}
