/// Pairs of float operators fused into one handler when the first one's result is an operand of the
/// second (a multiply feeding an add or a subtract: dot products, n-body updates, matrix kernels).
/// Each pair gets two handlers, one per operand position of the product, so no algebraic identity is
/// assumed: the handler performs exactly the two operations, with two roundings (never a fused
/// multiply-add).
let fusedFloatPairs: [(first: String, second: String)] = [
    ("f32.mul", "f32.add"), ("f32.mul", "f32.sub"),
    ("f64.mul", "f64.add"), ("f64.mul", "f64.sub"),
]

/// A fused pair's operators and handler names.
struct FusedPair {
    let first: ScalarOperator
    let second: ScalarOperator

    init(_ names: (first: String, second: String), in table: [InstructionDefinition]) {
        func find(_ name: String) -> ScalarOperator {
            guard let def = table.first(where: { $0.name == name }), let op = ScalarOperator(def),
                op.execution.shape == .binary, !op.takesImmediate
            else { preconditionFailure("\(name): a fused pair needs two float binary operators") }
            return op
        }
        first = find(names.first)
        second = find(names.second)
        precondition(first.operandType == second.operandType && first.resultType == second.operandType,
                     "\(names): the first result must be the second's operand type")
    }

    private var stem: String {
        "fused" + first.def.caseName.prefix(1).uppercased() + first.def.caseName.dropFirst()
            + second.def.caseName.prefix(1).uppercased() + second.def.caseName.dropFirst()
    }

    /// The product is the second operator's left operand.
    var leftHandler: String { stem + "Left" }
    /// The product is the second operator's right operand.
    var rightHandler: String { stem + "Right" }
}

/// Generates `Sources/TesseraRuntime/Generated/Handlers+Fused.swift`: the handlers of the fused pairs.
func generateFusedHandlers(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// Fused float handlers: a multiply whose result is an operand of an add or subtract, [h, dst, a, b, c].",
        "// Left: dst = (a * b) op c; Right: dst = c op (a * b). The shapes live in Interpreter/Handlers+FusedShapes.swift.",
        "",
    ]
    for names in fusedFloatPairs {
        let pair = FusedPair(names, in: table)
        for (name, shape) in [(pair.leftHandler, "fusedLeft"), (pair.rightHandler, "fusedRight")] {
            lines.append(
                "@inline(__always) func \(name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                    + "\(shape)(pc, fp, mp, ip, { \(pair.first.closure) }, { \(pair.second.closure) }) }")
        }
    }
    return file(lines)
}

/// Generates `Sources/TesseraRuntime/Generated/HandlerTable+Fused.swift`: the translator's lookup of
/// a fused pair's handlers.
func generateFusedHandlerTable(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// The fused float handlers of each operator pair, for the translator.",
        "",
        "import TesseraBinary",
        "",
        "extension HandlerTable {",
        "    /// The handlers fusing `first` into `second` (left: the product is `second`'s left operand).",
        "    static func fused(_ first: Instruction, _ second: Instruction) -> (left: UInt64, right: UInt64)? {",
        "        switch (first, second) {",
    ]
    for names in fusedFloatPairs {
        let pair = FusedPair(names, in: table)
        lines.append("        case (.\(pair.first.def.declaredCaseName), .\(pair.second.def.declaredCaseName)): "
                     + "(w(\(pair.leftHandler)), w(\(pair.rightHandler)))")
    }
    lines += ["        default: nil", "        }", "    }", "}"]
    return file(lines)
}
