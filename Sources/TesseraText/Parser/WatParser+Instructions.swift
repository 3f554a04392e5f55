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

    /// Instructions until `)`, the end of input, or a keyword that closes an enclosing block (`end`,
    /// `else`). Blocks written flat (`block ... end`) are tracked with an explicit stack, so deep nesting
    /// does not recurse.
    mutating func parseInstructions(_ out: inout [Instruction]) throws(WasmError) {
        // The flat blocks opened here: whether each is an `if` that may still take an `else`.
        var open: [(label: String?, isIf: Bool)] = []
        while true {
            let t = c.current
            switch t.kind {
            case .leftParen:
                try parseFolded(&out)
            case .keyword:
                if c.isKeyword(t, "end") {
                    guard let frame = open.popLast() else { return }
                    c.advance()
                    try checkClosingLabel(frame.label)
                    labels.removeLast()
                    out.append(.end)
                } else if c.isKeyword(t, "else") {
                    guard let frame = open.last else { return }
                    guard frame.isIf else { throw c.unexpected() }
                    open[open.count - 1].isIf = false
                    c.advance()
                    try checkClosingLabel(frame.label)
                    out.append(.else)
                } else {
                    let (instruction, label) = try parseMnemonic()
                    out.append(instruction)
                    switch instruction {
                    case .block, .loop, .tryTable:
                        open.append((label, false))
                        labels.append(label)
                    case .if:
                        open.append((label, true))
                        labels.append(label)
                    default:
                        break
                    }
                }
            case .rightParen, .eof:
                if !open.isEmpty { throw c.unexpected() }
                return
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

    /// A folded instruction `( ... )`.
    mutating func parseFolded(_ out: inout [Instruction]) throws(WasmError) {
        guard foldedDepth < Self.maximumFoldedDepth else { throw c.error("nesting too deep") }
        foldedDepth += 1
        defer { foldedDepth -= 1 }
        try c.expectLeftParen()
        let t = c.current
        if c.isKeyword(t, "if") {
            let (instruction, label) = try parseMnemonic()
            while c.current.kind == .leftParen, !c.isKeyword(c.peek(1), "then") {
                try parseFolded(&out)
            }
            out.append(instruction)
            labels.append(label)
            try c.expectLeftParen()
            try c.expectKeyword("then")
            try parseInstructions(&out)
            try c.expectRightParen()
            if c.takeParen("else") {
                out.append(.else)
                try parseInstructions(&out)
                try c.expectRightParen()
            }
            labels.removeLast()
            out.append(.end)
            try c.expectRightParen()
            return
        }
        let (instruction, label) = try parseMnemonic()
        switch instruction {
        case .block, .loop, .tryTable:
            out.append(instruction)
            labels.append(label)
            try parseInstructions(&out)
            labels.removeLast()
            out.append(.end)
        default:
            while c.current.kind == .leftParen { try parseFolded(&out) }
            out.append(instruction)
        }
        try c.expectRightParen()
    }
}
