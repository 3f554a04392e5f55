/// Generates `Sources/TesseraRuntime/Generated/Handlers+Numeric.swift`: one `@inline(__always)` handler
/// per scalar numeric instruction and operand mode, each a runtime shape function applied to the
/// closure of the instruction's ``Execution``.
func generateNumericHandlers(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// Numeric handlers: one per instruction and operand mode (RR: two slots; RI: slot and immediate;",
        "// brIf…: compare and branch). The semantics helpers live in Interpreter/Semantics.swift, the shapes in",
        "// Interpreter/Handlers+Shapes.swift.",
        "",
    ]
    for op in scalarOperators(table) {
        for handler in op.handlers {
            lines.append(handlerDefinition(handler.name, "\(handler.shape)(pc, fp, mp, ip, acc, facc) { \(op.closure) }"))
        }
    }
    return file(lines)
}

/// Generates `Sources/TesseraRuntime/Generated/HandlerTable+Numeric.swift`: the translator's lookups
/// from a numeric instruction to the words of its handlers.
func generateNumericHandlerTable(_ table: [InstructionDefinition]) -> String {
    let operators = scalarOperators(table)
    func cases(_ body: (ScalarOperator) -> String?) -> [(name: String, body: String)] {
        operators.compactMap { op in body(op).map { (op.def.declaredCaseName, $0) } }
    }
    let lines = [
        "// The numeric handler of each instruction, for the translator.",
        "",
        "import TesseraBinary",
        "",
        "extension HandlerTable {",
    ]
        + instructionSwitch(
            ["Binary operators: the slot/slot handler and the slot/immediate one."],
            "static func binary(_ instruction: Instruction) -> (rr: UInt64, ri: UInt64)?",
            cases { op in op.slotSlotHandler.flatMap { rr in op.slotImmediateHandler.map { " (w(\(rr)), w(\($0)))" } } })
        + [""] + instructionSwitch(
            ["Binary operators with a handler for a constant left operand and a slot right one."],
            "static func binaryConstantLeft(_ instruction: Instruction) -> UInt64?",
            cases { $0.immediateSlotHandler.map { " w(\($0))" } })
        + [""] + instructionSwitch(
            ["Unary operators and conversions (reinterpretations are plain copies)."],
            "static func unary(_ instruction: Instruction) -> UInt64?",
            cases { $0.unaryHandler.map { " w(\($0))" } })
        + [""] + instructionSwitch(
            ["Compare-and-branch handlers, keyed by the compare instruction (integers only), in the form",
             "`limit` asks for (Handlers+Limits.swift)."],
            "static func compareBranch(_ instruction: Instruction, _ limit: BranchLimit = .none) -> (rr: UInt64, ri: UInt64)?",
            cases { op in
                op.branchHandlers.map { branch in
                    let forms = ScalarOperator.branchLimitSuffixes.flatMap { [branch.rr + $0, branch.ri + $0] }
                    return "\n            select(limit, [\(forms.joined(separator: ", "))])"
                }
            })
        + ["}"]
    return file(lines)
}

/// A generated function switching over `instruction`: its documentation lines, its signature, one case
/// per (case name, body: the text after the colon), and `nil` for every other instruction.
func instructionSwitch(_ documentation: [String], _ signature: String, _ cases: [(name: String, body: String)]) -> [String] {
    documentation.map { "    /// " + $0 } + ["    \(signature) {", "        switch instruction {"]
        + cases.map { "        case .\($0.name):\($0.body)" }
        + ["        default: nil", "        }", "    }"]
}

/// The operators with an immediate/slot form (a constant left operand).
let constantLeftOperators: Set<String> = [
    "i32.sub", "i64.sub", "i32.shl", "i64.shl", "i32.shr_u", "i32.shr_s", "i64.shr_u", "i64.shr_s",
    "f32.sub", "f32.div", "f64.sub", "f64.div",
]

/// The table's instructions that have an ``Execution``, in table order.
func scalarOperators(_ table: [InstructionDefinition]) -> [ScalarOperator] {
    uniqueCases(table).compactMap(ScalarOperator.init)
}

/// A scalar numeric instruction with its execution: the Swift types, the closure and the handler names.
struct ScalarOperator {
    let def: InstructionDefinition
    let execution: Execution
    /// The value-type names of the (first) operand and of the result.
    let operand: String
    let result: String

    init?(_ def: InstructionDefinition) {
        guard let execution = def.execution else { return nil }
        guard let signature = def.signature, let operand = signature.parameters.first,
            let result = signature.results.first, signature.results.count == 1,
            Set(signature.parameters).count == 1
        else { preconditionFailure("\(def.name): an execution needs a one-result signature of one type") }
        let arity = signature.parameters.count
        switch execution.shape {
        case .unary, .trappingUnary, .copy:
            precondition(arity == 1, "\(def.name): a unary execution needs one operand")
        case .binary, .trappingBinary, .compare:
            precondition(arity == 2, "\(def.name): a binary execution needs two operands")
        }
        if execution.shape == .compare { precondition(result == "i32", "\(def.name): comparisons yield i32") }
        self.def = def
        self.execution = execution
        self.operand = operand
        self.result = result
    }

    /// Integer comparisons also have fused compare-and-branch handlers.
    var isIntegerOperand: Bool { Lane.isInteger(operand) }

    var operandType: String { Lane.swiftType(operand, asBits: execution.onBitPatterns) }

    var resultType: String {
        execution.resultIsSlot ? "UInt64" : Lane.swiftType(result, asBits: execution.onBitPatterns)
    }

    /// The expression with its type placeholders resolved.
    var expression: String {
        let resolved = execution.expression
            .replacing("$SIGN", with: Lane.signBit(operand))
            .replacing("$SA", with: Lane.signedType(operand))
            .replacing("$SR", with: Lane.signedType(result))
            .replacing("$A", with: operandType)
            .replacing("$R", with: resultType)
        precondition(!resolved.contains("$"), "\(def.name): unknown placeholder in \(execution.expression)")
        return resolved
    }

    /// The closure passed to the shape function.
    var closure: String {
        let a = operandType, r = resultType
        return switch execution.shape {
        case .unary, .copy: "(a: \(a)) -> \(r) in \(expression)"
        case .trappingUnary: "(a: \(a)) -> (\(r), TrapCode) in \(expression)"
        case .binary: "(a: \(a), b: \(a)) -> \(r) in \(expression)"
        case .trappingBinary: "(a: \(a), b: \(a)) in \(expression)"
        case .compare: "(a: \(a), b: \(a)) -> Bool in \(expression)"
        }
    }

    /// The handler functions this instruction defines, with the shape function each calls.
    var handlers: [(name: String, shape: String)] {
        let name = def.caseName
        let (rr, ri): (String, String)
        switch execution.shape {
        case .copy: return []
        case .unary: return [(name, "unary")]
        case .trappingUnary: return [(name, "trappingUnary")]
        case .binary: (rr, ri) = ("binaryRR", "binaryRI")
        case .trappingBinary: (rr, ri) = ("trappingRR", "trappingRI")
        case .compare: (rr, ri) = ("compareRR", "compareRI")
        }
        var result = [(name + "RR", rr)]
        result.append((name + "RI", ri))
        if let ir = immediateSlotHandler { result.append((ir, "binaryIR")) }
        if let branch = branchHandlers {
            for suffix in Self.branchLimitSuffixes {
                result += [(branch.rr + suffix, "branchCompareRR" + suffix), (branch.ri + suffix, "branchCompareRI" + suffix)]
            }
        }
        return result
    }

    /// The slot/slot handler of a two-operand instruction.
    var slotSlotHandler: String? {
        switch execution.shape {
        case .binary, .trappingBinary, .compare: def.caseName + "RR"
        case .unary, .trappingUnary, .copy: nil
        }
    }

    /// The slot/immediate handler of a two-operand instruction (the constant right operand in the code).
    var slotImmediateHandler: String? {
        slotSlotHandler != nil ? def.caseName + "RI" : nil
    }

    /// The immediate/slot handler of the non-commutative operators a constant is often the left operand
    /// of (`1 << n`, `0.01 / d`, `0 - x`): `[h, dst, imm, b]`.
    var immediateSlotHandler: String? {
        execution.shape == .binary && constantLeftOperators.contains(def.name) ? def.caseName + "IR" : nil
    }

    /// The handler of a one-operand instruction (`copySlot` for reinterpretations).
    var unaryHandler: String? {
        switch execution.shape {
        case .unary, .trappingUnary: def.caseName
        case .copy: "copySlot"
        case .binary, .trappingBinary, .compare: nil
        }
    }

    /// The forms of each compare-and-branch handler, in the order of the runtime's `BranchLimit`: plain,
    /// polling the interrupt word when taken, metered, metered and polling.
    static let branchLimitSuffixes = ["", "Checked", "Metered", "MeteredChecked"]

    /// The fused compare-and-branch handlers of an integer comparison (plain form).
    var branchHandlers: (rr: String, ri: String)? {
        guard execution.shape == .compare, isIntegerOperand else { return nil }
        let name = "brIf" + def.caseName.prefix(1).uppercased() + def.caseName.dropFirst()
        return (name + "RR", name + "RI")
    }
}
