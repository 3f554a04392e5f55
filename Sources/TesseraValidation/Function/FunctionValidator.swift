public import TesseraTypes
public import TesseraBinary

/// Validates one function body (or constant expression), one instruction at a time.
///
/// This is the spec's validation algorithm: an operand stack whose entries may be `unknown` below an
/// unreachable frame, a stack of control frames, and a log of initialised non-defaultable locals that
/// is unwound at the end of each block. A translator fed the same instruction stream can read
/// `operands` and `frames` after each step (heights, types, label arities) without knowing the rules.
public struct FunctionValidator {
    /// The module context the body is validated against.
    public let context: ModuleContext
    /// The function being validated (nil for constant expressions); errors carry it.
    public let functionIndex: UInt32?
    /// The type of the function (for a constant expression: `[] -> [t]`).
    public let functionType: FunctionType
    /// The operand stack.
    public internal(set) var operands: [OperandType] = []
    /// The control stack; the function's own frame is `frames[0]`.
    public internal(set) var frames: [ControlFrame] = []
    /// Whether the final `end` has been validated.
    public internal(set) var isFinished = false

    var locals = LocalTypes()
    /// The body's declared locals (after the parameters), as the binary groups them.
    public let localRuns: [LocalRun]
    /// Non-defaultable locals (index) that are set; `initializationLog` lists them in order of setting.
    var initializedLocals: Set<UInt32> = []
    var initializationLog: [UInt32] = []
    /// Whether any local needs initialisation tracking.
    var hasNonDefaultableLocals = false
    /// Constant-expression mode: only constant instructions, globals limited to `visibleGlobals`.
    let isConstantExpression: Bool
    let visibleGlobals: Int

    /// Starts validating the body of function `functionIndex` (which must be a defined function).
    public init(context: ModuleContext, functionIndex: UInt32, body: FunctionBody) throws(WasmError) {
        self.context = context
        self.functionIndex = functionIndex
        self.functionType = context.functionType(ofFunction: functionIndex)
        self.isConstantExpression = false
        self.visibleGlobals = context.globals.count
        self.localRuns = body.localRuns
        for p in functionType.parameters { locals.append(p, count: 1) }
        for run in body.localRuns {
            do throws(WasmError) {
                try context.checkValueType(run.type)
            } catch {
                throw WasmError.invalid(error.message, functionIndex: functionIndex)
            }
            if !run.type.isDefaultable { hasNonDefaultableLocals = true }
            locals.append(run.type, count: UInt64(run.count))
        }
        frames.append(ControlFrame(kind: .function, parameters: [], results: functionType.results,
                                   height: 0, isUnreachable: false, initializationMark: 0))
    }

    /// Starts validating a constant expression of type `type`, which may read the first
    /// `visibleGlobals` globals (immutable ones only).
    public init(constantExpressionOf type: ValueType, context: ModuleContext, visibleGlobals: Int) {
        self.context = context
        self.functionIndex = nil
        self.functionType = FunctionType(parameters: [], results: [type])
        self.localRuns = []
        self.isConstantExpression = true
        self.visibleGlobals = visibleGlobals
        frames.append(ControlFrame(kind: .function, parameters: [], results: [type],
                                   height: 0, isUnreachable: false, initializationMark: 0))
    }

    /// The number of locals including parameters.
    public var localCount: UInt64 { locals.count }

    /// The type of a local (nil when out of range).
    public func localType(_ index: UInt32) -> ValueType? { locals[index] }

    /// Validates the next instruction. Errors carry `offset` and the function index.
    public mutating func validate(_ instruction: Instruction, offset: Int) throws(WasmError) {
        do throws(WasmError) {
            if isFinished { throw WasmError.invalid("instruction after the end of the function") }
            try step(instruction)
        } catch {
            var e = error
            if e.offset == nil { e.offset = offset }
            if e.functionIndex == nil { e.functionIndex = functionIndex }
            throw e
        }
    }

    /// Call after the last instruction: checks that the body ended.
    public func finish(offset: Int) throws(WasmError) {
        if !isFinished {
            throw WasmError.invalid("unexpected end: missing end of function", offset: offset,
                                    functionIndex: functionIndex)
        }
    }
}

// MARK: - Operand stack

extension FunctionValidator {
    @inline(__always)
    mutating func push(_ type: ValueType) { operands.append(.value(type)) }

    @inline(__always)
    mutating func push(_ types: [ValueType]) {
        for t in types { operands.append(.value(t)) }
    }

    /// Operand stack height at the base of the innermost frame.
    @inline(__always)
    var baseHeight: Int { frames[frames.count &- 1].height }

    /// Whether the innermost frame is unreachable from here on.
    @inline(__always)
    var isUnreachable: Bool { frames[frames.count &- 1].isUnreachable }

    /// Whether an operand may be used where `expected` is required.
    @inline(__always)
    func matches(_ actual: OperandType, _ expected: ValueType) -> Bool {
        switch actual {
        case .unknown: return true
        case .bottomReference: return expected.isReference
        case .value(let v):
            if case .ref = expected { return context.types.isSubtype(v, of: expected) }
            return v == expected
        }
    }

    /// Pops any operand.
    @inline(__always)
    mutating func popAny() throws(WasmError) -> OperandType {
        if operands.count == baseHeight {
            if isUnreachable { return .unknown }
            throw WasmError.invalid("type mismatch: instruction requires [any] but stack has []")
        }
        return operands.removeLast()
    }

    /// Pops an operand that must match `expected`.
    @discardableResult
    @inline(__always)
    mutating func pop(_ expected: ValueType) throws(WasmError) -> OperandType {
        if operands.count == baseHeight {
            if isUnreachable { return .unknown }
            throw mismatch(requires: [expected])
        }
        let actual = operands[operands.count - 1]
        guard matches(actual, expected) else { throw mismatch(requires: [expected]) }
        operands.removeLast()
        return actual
    }

    /// Pops operands matching `expected` (the last type is on top).
    @inline(__always)
    mutating func pop(_ expected: [ValueType]) throws(WasmError) {
        try peek(expected)
        let available = operands.count - baseHeight
        operands.removeLast(Swift.min(expected.count, available))
    }

    /// Checks that the top operands match `expected` without removing them.
    func peek(_ expected: [ValueType]) throws(WasmError) {
        let base = baseHeight
        var position = operands.count
        var i = expected.count
        while i > 0 {
            i -= 1
            if position == base {
                if isUnreachable { return }
                throw mismatch(requires: expected)
            }
            position -= 1
            guard matches(operands[position], expected[i]) else { throw mismatch(requires: expected) }
        }
    }

    /// Pops a reference of any type (the spec's pop_ref): returns nil for `unknown`/bottom, meaning a
    /// non-null reference of bottom heap type.
    mutating func popReference() throws(WasmError) -> RefType? {
        let operand = try popAny()
        switch operand {
        case .unknown, .bottomReference: return nil
        case .value(.ref(let r)): return r
        case .value:
            operands.append(operand)
            throw mismatch(requires: [], description: "instruction requires a reference")
        }
    }

    /// The "type mismatch" error, worded like the reference interpreter: what the instruction
    /// requires and what the top of the stack holds.
    func mismatch(requires expected: [ValueType], description: String? = nil) -> WasmError {
        let available = operands.count - baseHeight
        let shown = Swift.min(available, Swift.max(expected.count, 1))
        let top = operands[(operands.count - shown)...].map(\.description).joined(separator: " ")
        let required = description ?? "instruction requires [\(expected.map(\.validationName).joined(separator: " "))]"
        return WasmError.invalid("type mismatch: \(required) but stack has [\(top)]")
    }

    /// Marks the rest of the current frame unreachable and drops its operands.
    mutating func markUnreachable() {
        let last = frames.count - 1
        operands.removeSubrange(frames[last].height...)
        frames[last].isUnreachable = true
    }
}
