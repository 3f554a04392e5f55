import TesseraTypes
import TesseraBinary
import TesseraValidation

/// Translates one function body into register IR, fed the same instruction stream as the
/// `FunctionValidator` (after it) and assuming validity.
///
/// Frame layout: `[parameters, locals (at least as many slots as results)][header: 3 slots][temporaries]`. The operand stack entry at height
/// `h` has the natural slot `tempBase + h`; the translator's mirror of the stack records, per entry,
/// where its value is: a local slot (`local.get` folded into its consumer), a constant (folded into the
/// consumer as an immediate where a handler takes one), or its own natural slot. Invariant: an entry
/// that is a temporary is always in its own natural slot, so branch and call moves never clobber.
struct Translator {
    enum Operand: Equatable {
        case slot(Int)
        case constant(UInt64)
    }

    struct Label {
        enum Kind { case function, block, loop, ifThen, ifElse }
        var kind: Kind
        /// Stack height below the block's parameters.
        var height: Int
        var parameterCount: Int
        var resultCount: Int
        /// Code index of a loop's first instruction.
        var loopStart: Int = 0
        /// Forward branches to patch at the label's end: (word index, instruction start).
        var pending: [(word: Int, start: Int)] = []
        /// An `if`'s jump to its `else` (or end).
        var elsePatch: (word: Int, start: Int)?
        /// Whether the block was entered in reachable code.
        var entryReachable: Bool

        var branchArity: Int { kind == .loop ? parameterCount : resultCount }
    }

    /// The last emitted value-producing instruction, for `local.set` fusion.
    struct Producer {
        var start: Int
        var end: Int
        var height: Int
        /// For compares: the compare instruction, for compare+branch fusion.
        var compare: Instruction?
        var isImmediate = false
    }

    let context: ModuleContext
    let localCount: Int
    let resultCount: Int
    let tempBase: Int
    /// First header slot: `max(localCount, resultCount)`.
    let headerSlot: Int
    var code: [UInt64] = []
    var stack: [Operand] = []
    var labels: [Label] = []
    var maxHeight = 0
    var reachable = true
    var producer: Producer?
    /// Depth of blocks opened in unreachable code (skipped until their `end`).
    var unreachableDepth = 0

    init(context: ModuleContext, type: FunctionType, localCount: Int) {
        self.context = context
        self.localCount = localCount
        self.resultCount = type.results.count
        self.headerSlot = max(localCount, type.results.count)
        self.tempBase = headerSlot + frameHeaderSlots
        labels.append(Label(kind: .function, height: 0, parameterCount: 0, resultCount: type.results.count,
                            entryReachable: true))
    }

    /// Slots the frame needs.
    var frameSize: Int { tempBase + maxHeight + 1 }

    // MARK: - Emission

    @discardableResult
    mutating func emit(_ handler: Handler, _ operands: UInt64...) -> Int {
        emit(word: handlerWord(handler), operands)
    }

    @discardableResult
    mutating func emit(word handler: UInt64, _ operands: [UInt64]) -> Int {
        let start = code.count
        code.append(handler)
        code.append(contentsOf: operands)
        return start
    }

    func natural(_ height: Int) -> Int { tempBase + height }

    static func word(_ slot: Int) -> UInt64 { UInt64(truncatingIfNeeded: slot) }
    static func offset(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64(value)) }

    // MARK: - Operand stack mirror

    mutating func push(_ operand: Operand) {
        stack.append(operand)
        if stack.count > maxHeight { maxHeight = stack.count }
    }

    /// Pushes a fresh temporary at its natural slot and returns that slot.
    mutating func pushTemporary() -> Int {
        let s = natural(stack.count)
        push(.slot(s))
        return s
    }

    mutating func pop() -> Operand { stack.removeLast() }

    /// Moves the entry at `height` into its natural slot.
    mutating func materialize(_ height: Int) {
        let target = natural(height)
        switch stack[height] {
        case .constant(let bits): emit(constSlot, Self.word(target), bits)
        case .slot(let s) where s != target: emit(copySlot, Self.word(target), Self.word(s))
        case .slot: return
        }
        stack[height] = .slot(target)
    }

    /// Materialises the top `count` entries.
    mutating func materializeTop(_ count: Int) {
        for h in (stack.count - count)..<stack.count { materialize(h) }
    }

    /// Copies entries that read local `index` into their natural slots (before the local changes).
    mutating func preserveLocal(_ index: Int) {
        for h in stack.indices where stack[h] == .slot(index) { materialize(h) }
    }

    /// Copies every entry that reads a local into its natural slot (at block boundaries, so both arms
    /// of a merge agree on where values are).
    mutating func preserveAllLocals() {
        for h in stack.indices {
            if case .slot(let s) = stack[h], s < localCount { materialize(h) }
        }
    }

    /// The slot holding an operand, materialising constants into the natural slot of `height`.
    mutating func slotOf(_ operand: Operand, height: Int) -> Int {
        switch operand {
        case .slot(let s): return s
        case .constant(let bits):
            let target = natural(height)
            emit(constSlot, Self.word(target), bits)
            return target
        }
    }

    /// Writes an operand to slot `target`.
    mutating func move(_ operand: Operand, to target: Int) {
        switch operand {
        case .constant(let bits): emit(constSlot, Self.word(target), bits)
        case .slot(let s) where s != target: emit(copySlot, Self.word(target), Self.word(s))
        case .slot: break
        }
    }

    /// Whether the top entry is the temporary the last instruction just produced.
    func topIsFreshProduct() -> Producer? {
        guard let p = producer, p.end == code.count, p.height == stack.count - 1,
              stack.last == .slot(natural(p.height)) else { return nil }
        return p
    }
}
