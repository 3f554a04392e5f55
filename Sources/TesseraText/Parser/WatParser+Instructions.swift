import TesseraTypes
import TesseraBinary

/// Instruction sequences: plain and folded instructions, structured control with labels. Immediates are
/// parsed by the generated `Instruction.parse(mnemonic:_:)` through this parser's
/// `InstructionImmediateParser` conformance.
extension WatParser {
    mutating func resetFunctionContext() {
        localNames = [:]
        localCount = 0
        labels = []
    }

    /// A constant expression: instructions up to the closing parenthesis (not consumed).
    mutating func parseConstExpression() throws(WasmError) -> ConstExpression {
        let offset = c.current.start
        resetFunctionContext()
        var instructions: [Instruction] = []
        try parseInstructions(&instructions)
        guard c.current.kind == .rightParen else { throw c.unexpected() }
        return ConstExpression(instructions, offset: offset)
    }

    /// A function body up to the closing parenthesis (not consumed), encoded with its final `end`.
    mutating func parseBody(into code: inout [UInt8]) throws(WasmError) {
        var instructions: [Instruction] = []
        try parseInstructions(&instructions)
        guard c.current.kind == .rightParen else { throw c.unexpected() }
        code.reserveCapacity(instructions.count * 2 + 1)
        for i in instructions { i.encode(into: &code) }
        Instruction.end.encode(into: &code)
    }

    /// What an open construct waits for, in `parseInstructions`'s explicit stack.
    enum OpenConstruct {
        /// A flat `block`/`loop`/`try_table`/`if` waiting for `end` (an `if` also for `else`).
        case flat(label: String?, acceptsElse: Bool)
        /// `(op ...)`: folded operands, then `)`; `op` is emitted last.
        case folded(Instruction)
        /// `(block ...)`, `(loop ...)`, `(try_table ...)`: instructions, then `)`.
        case foldedBlock
        /// `(if ...)` before `(then`: folded conditions.
        case ifCondition(Instruction, label: String?)
        /// Inside `(then ...)` or `(else ...)`.
        case ifBranch(isElse: Bool)
        /// After the `(then ...)` (`(else` may follow) or the `(else ...)` clause: `)` closes the `if`.
        case ifEnd(acceptsElse: Bool)
    }

    /// Instructions until `)`, the end of input, or a keyword that closes an enclosing block (`end`,
    /// `else`); with `single`, exactly one folded instruction. Flat and folded nesting are tracked with an
    /// explicit stack, so deep nesting does not recurse.
    mutating func parseInstructions(_ out: inout [Instruction], single: Bool = false) throws(WasmError) {
        var open: [OpenConstruct] = []
        if single, c.current.kind != .leftParen { throw c.unexpected() }
        var started = false
        while true {
            if single, started, open.isEmpty { return }
            started = true
            let t = c.current
            // Constructs that accept only particular tokens.
            switch open.last {
            case .folded(let instruction)?:
                if t.kind == .rightParen {
                    c.advance()
                    out.append(instruction)
                    open.removeLast()
                    continue
                }
                guard t.kind == .leftParen else { throw c.unexpected() }
            case .ifCondition(let instruction, let label)?:
                guard t.kind == .leftParen else { throw c.unexpected() }
                if c.isKeyword(c.peek(1), "then") {
                    c.index += 2
                    out.append(instruction)
                    labels.append(label)
                    open[open.count - 1] = .ifBranch(isElse: false)
                    continue
                }
            case .ifEnd(let acceptsElse)?:
                if acceptsElse, c.takeParen("else") {
                    out.append(.else)
                    open[open.count - 1] = .ifBranch(isElse: true)
                    continue
                }
                try c.expectRightParen()
                labels.removeLast()
                out.append(.end)
                open.removeLast()
                continue
            default:
                break
            }
            switch t.kind {
            case .leftParen:
                c.advance()
                let isIf = c.isKeyword(c.current, "if")
                let (instruction, label) = try parseMnemonic()
                if isIf {
                    open.append(.ifCondition(instruction, label: label))
                } else if instruction.opensBlock {
                    out.append(instruction)
                    labels.append(label)
                    open.append(.foldedBlock)
                } else {
                    open.append(.folded(instruction))
                }
            case .rightParen, .eof:
                switch open.last {
                case nil:
                    return
                case .foldedBlock? where t.kind == .rightParen:
                    c.advance()
                    labels.removeLast()
                    out.append(.end)
                    open.removeLast()
                case .ifBranch(let isElse)? where t.kind == .rightParen:
                    c.advance()
                    open[open.count - 1] = .ifEnd(acceptsElse: !isElse)
                default:
                    throw c.unexpected()
                }
            case .keyword:
                if c.isKeyword(t, "end") || c.isKeyword(t, "else") {
                    guard case .flat(let label, let acceptsElse)? = open.last else {
                        if open.isEmpty { return }
                        throw c.unexpected()
                    }
                    c.advance()
                    try checkClosingLabel(label)
                    if c.isKeyword(t, "else") {
                        guard acceptsElse else { throw c.unexpected(t) }
                        open[open.count - 1] = .flat(label: label, acceptsElse: false)
                        out.append(.else)
                    } else {
                        labels.removeLast()
                        out.append(.end)
                        open.removeLast()
                    }
                } else {
                    let (instruction, label) = try parseMnemonic()
                    out.append(instruction)
                    if instruction.opensBlock {
                        if case .if = instruction {
                            open.append(.flat(label: label, acceptsElse: true))
                        } else {
                            open.append(.flat(label: label, acceptsElse: false))
                        }
                        labels.append(label)
                    }
                }
            default:
                throw c.unexpected()
            }
        }
    }

    /// Keywords of the module syntax that cannot start an instruction.
    private func isClauseKeyword(_ word: String) -> Bool {
        switch word {
        case "param", "result", "local", "type", "export", "import", "then", "else", "item", "offset", "mut",
            "field", "elem", "data", "func", "table", "memory", "global", "tag", "module", "catch", "catch_ref",
            "catch_all", "catch_all_ref":
            return true
        default:
            return false
        }
    }

    /// Parses the mnemonic at the cursor and its immediates.
    private mutating func parseMnemonic() throws(WasmError) -> (Instruction, String?) {
        let t = c.current
        guard t.kind == .keyword else { throw c.unexpected() }
        let mnemonic = c.text(t)
        c.advance()
        pendingLabel = nil
        guard let instruction = try Instruction.parse(mnemonic: mnemonic, &self) else {
            if isClauseKeyword(mnemonic) { throw c.error("unexpected token", at: t) }
            throw c.error("unknown operator \(mnemonic)", at: t)
        }
        return (instruction, pendingLabel ?? nil)
    }

    /// The optional label after `end`/`else` must repeat the block's label.
    private mutating func checkClosingLabel(_ label: String?) throws(WasmError) {
        let t = c.current
        guard t.kind == .id else { return }
        if c.idName(t) != label { throw c.error("mismatching label", at: t) }
        c.advance()
    }

    /// One folded instruction `( ... )`.
    mutating func parseFolded(_ out: inout [Instruction]) throws(WasmError) {
        try parseInstructions(&out, single: true)
    }
}

extension Instruction {
    /// Whether the instruction opens a block that `end` closes.
    var opensBlock: Bool {
        switch self {
        case .block, .loop, .if, .tryTable: true
        default: false
        }
    }
}
