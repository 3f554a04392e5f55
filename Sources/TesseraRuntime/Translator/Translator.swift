import TesseraTypes
import TesseraBinary
import TesseraValidation

/// Translates one function body into register IR, fed the same instruction stream as the
/// `FunctionValidator` (after it) and assuming validity.
///
/// Frame layout: `[parameters, locals (at least as many slots as results)][header: 3 slots][temporaries]`.
/// Values have a width in slots: v128 takes two consecutive slots (low half first), everything else
/// one. Locals are laid out by width (`localSlot`); the operand stack entry at height `h` has the
/// natural slot `tempBase + slotOffsets[h]`. The translator's mirror of the stack records, per entry,
/// where its value is: a local slot (`local.get` folded into its consumer), a constant (folded into the
/// consumer as an immediate where a handler takes one; one-slot values only), or its own natural slot.
/// Invariant: an entry that is a temporary is always in its own natural slot, so branch and call moves
/// never clobber.
struct Translator {
    enum Operand: Equatable {
        case slot(Int)
        case constant(UInt64)
    }

    struct Label {
        enum Kind { case function, block, loop, ifThen, ifElse, tryTable }
        var kind: Kind
        /// Stack height (entries) below the block's parameters.
        var height: Int
        /// Slot offset (from `tempBase`) of that height.
        var slotHeight: Int
        var parameters: [ValueType]
        var results: [ValueType]
        /// Code index of a loop's first instruction.
        var loopStart: Int = 0
        /// Forward branches to patch at the label's end: (word index, instruction start).
        var pending: [(word: Int, start: Int)] = []
        /// An `if`'s jump to its `else` (or end).
        var elsePatch: (word: Int, start: Int)?
        /// Fuel metering: the cost words of the forward branches to the label's end, the cost word of
        /// an `if`'s jump to its `else`, and a loop header's run.
        var pendingCosts: [Int] = []
        var elseCost: Int?
        var headerRun = 0
        /// Whether the block was entered in reachable code.
        var entryReachable: Bool

        var parameterCount: Int { parameters.count }
        var resultCount: Int { results.count }
        var branchTypes: [ValueType] { kind == .loop ? parameters : results }
        var branchArity: Int { kind == .loop ? parameters.count : results.count }
    }

    /// The last emitted value-producing instruction, for `local.set` fusion and the fusions with what
    /// follows it. Block boundaries (every place code can be jumped to) reset it.
    struct Producer {
        var start: Int
        var end: Int
        /// The stack entry holding its value; -1 once no entry does (`local.set` fusion wrote a local,
        /// or a compare folded into a branch): then only adjacency fusions use it.
        var height: Int
        /// The producer emitted directly before this one (nothing in between), if any.
        var previous: (start: Int, end: Int)?
        /// For compares: the compare instruction, for compare+branch fusion.
        var compare: Instruction?
        var isImmediate = false
    }

    /// Where locals live when some are two slots wide: runs of equal width.
    struct LocalLayout {
        /// (first local, its slot, width) per run, in order.
        var runs: [(local: Int, slot: Int, width: Int)]

        func run(of local: Int) -> (local: Int, slot: Int, width: Int) {
            var lo = 0, hi = runs.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if runs[mid].local <= local { lo = mid } else { hi = mid - 1 }
            }
            return runs[lo]
        }
    }

    let context: ModuleContext
    /// Number of locals (parameters included).
    let localCount: Int
    /// Number of parameters (the first locals).
    let parameterCount: Int
    /// The declared locals some translated instruction writes (`isStillZero`).
    var writtenLocals: Set<Int> = []
    /// Slots the locals take.
    let localSlotCount: Int
    /// Non-nil when some local is wider than one slot.
    let localLayout: LocalLayout?
    let results: [ValueType]
    /// Slots the results take.
    let resultSlotCount: Int
    let tempBase: Int
    /// First header slot: `max(localSlotCount, resultSlotCount)`.
    let headerSlot: Int
    var code: [UInt64] = []
    var stack: [Operand] = []
    /// Slot offset (from `tempBase`) of each stack entry.
    var slotOffsets: [Int] = []
    /// Slot offset one past the top entry.
    var slotTop = 0
    var labels: [Label] = []
    /// The largest `slotTop` seen.
    var maxSlots = 0
    var reachable = true
    var producer: Producer?
    /// Pairs whose value may go through an accumulator (Translator+Accumulator.swift).
    var accumulatorLinks: [AccumulatorLink] = []
    /// Where the second instruction of the last adjacency pair starts (Translator+Fusion.swift).
    var pairedSecond = -1
    /// Depth of blocks opened in unreachable code (skipped until their `end`).
    var unreachableDepth = 0
    /// The wasm byte offset of the instruction being translated.
    var sourceOffset = 0
    /// For each emitted IR instruction: (code index, wasm byte offset), in code order.
    var sourceMap: [(code: Int, offset: Int)] = []
    /// The fuel and interrupt checks to compile (Translator+Limits.swift).
    let limitChecks: LimitChecks
    /// Whether the function-entry check is emitted.
    var entryChecked = false
    /// The runs and cost words of fuel metering (Translator+Limits.swift).
    var fuelPlan = FuelPlan()

    init(context: ModuleContext, type: FunctionType, localRuns: [LocalRun], limitChecks: LimitChecks = .none) {
        self.context = context
        self.limitChecks = limitChecks
        var count = type.parameters.count
        var slots = type.parameters.reduce(0) { $0 + $1.slotWidth }
        var layout: [(local: Int, slot: Int, width: Int)] = []
        var isWide = slots != count
        for (i, p) in type.parameters.enumerated() where layout.last?.width != p.slotWidth || i == 0 {
            layout.append((i, type.parameters[..<i].reduce(0) { $0 + $1.slotWidth }, p.slotWidth))
        }
        for run in localRuns {
            let width = run.type.slotWidth
            if width != 1 { isWide = true }
            if run.count > 0, layout.last?.width != width { layout.append((count, slots, width)) }
            count += Int(run.count)
            slots += Int(run.count) * width
        }
        self.localCount = count
        self.parameterCount = type.parameters.count
        self.localSlotCount = slots
        self.localLayout = isWide ? LocalLayout(runs: layout) : nil
        self.results = type.results
        self.resultSlotCount = type.results.reduce(0) { $0 + $1.slotWidth }
        self.headerSlot = max(slots, resultSlotCount)
        self.tempBase = headerSlot + frameHeaderSlots
        labels.append(Label(kind: .function, height: 0, slotHeight: 0, parameters: [], results: type.results,
                            entryReachable: true))
    }

    var resultCount: Int { results.count }

    /// Slots the frame needs (with slack for operands materialised just above the top).
    var frameSize: Int { tempBase + maxSlots + 4 }

    // MARK: - Locals

    func localSlot(_ index: Int) -> Int {
        guard let localLayout else { return index }
        let run = localLayout.run(of: index)
        return run.slot + (index - run.local) * run.width
    }

    func localWidth(_ index: Int) -> Int {
        guard let localLayout else { return 1 }
        return localLayout.run(of: index).width
    }

    // MARK: - Emission

    @discardableResult
    mutating func emit(_ handler: Handler, _ operands: UInt64...) -> Int {
        emit(word: handlerWord(handler), operands)
    }

    @discardableResult
    mutating func emit(word handler: UInt64, _ operands: [UInt64]) -> Int {
        let start = code.count
        if sourceMap.last?.offset != sourceOffset { sourceMap.append((start, sourceOffset)) }
        code.append(handler)
        code.append(contentsOf: operands)
        return start
    }

    /// The natural slot of the entry at `height`; at or above the top, the slots just above it (one
    /// per height, for one-slot scratch values).
    func natural(_ height: Int) -> Int {
        if height < stack.count { return tempBase + slotOffsets[height] }
        return tempBase + slotTop + (height - stack.count)
    }

    /// The width in slots of the entry at `height`.
    func width(_ height: Int) -> Int {
        (height + 1 < stack.count ? slotOffsets[height + 1] : slotTop) - slotOffsets[height]
    }

    static func word(_ slot: Int) -> UInt64 { UInt64(truncatingIfNeeded: slot) }
    static func offset(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64(value)) }

    // MARK: - Operand stack mirror

    mutating func push(_ operand: Operand, width: Int = 1) {
        stack.append(operand)
        slotOffsets.append(slotTop)
        slotTop += width
        if slotTop > maxSlots { maxSlots = slotTop }
    }

    /// Pushes a fresh temporary at its natural slot and returns that slot.
    @discardableResult
    mutating func pushTemporary(width: Int = 1) -> Int {
        let s = tempBase + slotTop
        push(.slot(s), width: width)
        return s
    }

    /// Pushes a fresh temporary of `type`.
    @discardableResult
    mutating func pushTemporary(_ type: ValueType) -> Int { pushTemporary(width: type.slotWidth) }

    mutating func pop() -> Operand {
        slotTop = slotOffsets.removeLast()
        return stack.removeLast()
    }

    /// Pops the top entry with its width.
    mutating func popWide() -> (operand: Operand, width: Int) {
        let w = width(stack.count - 1)
        return (pop(), w)
    }

    /// Drops every entry at `height` and above.
    mutating func truncate(to height: Int) {
        guard height < stack.count else { return }
        slotTop = slotOffsets[height]
        stack.removeSubrange(height...)
        slotOffsets.removeSubrange(height...)
    }

    /// The whole mirror, to restore after emitting code for one path of a branch.
    var savedStack: (stack: [Operand], offsets: [Int], top: Int) { (stack, slotOffsets, slotTop) }

    mutating func restore(_ saved: (stack: [Operand], offsets: [Int], top: Int)) {
        (stack, slotOffsets, slotTop) = saved
    }

    /// Moves the entry at `height` into its natural slot.
    mutating func materialize(_ height: Int) {
        let target = natural(height)
        if stack[height] == .slot(target) { return }
        move(stack[height], to: target, width: width(height))
        stack[height] = .slot(target)
    }

    /// Materialises the top `count` entries.
    mutating func materializeTop(_ count: Int) {
        for h in (stack.count - count)..<stack.count { materialize(h) }
    }

    /// Copies entries that read local `index` into their natural slots (before the local changes).
    mutating func preserveLocal(_ index: Int) {
        let s = localSlot(index)
        for h in stack.indices where stack[h] == .slot(s) { materialize(h) }
    }

    /// Copies every entry that reads a local into its natural slot (at block boundaries, so both arms
    /// of a merge agree on where values are).
    mutating func preserveAllLocals() {
        for h in stack.indices {
            if case .slot(let s) = stack[h], s < localSlotCount { materialize(h) }
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

    /// Writes an operand of `width` slots to slot `target`.
    mutating func move(_ operand: Operand, to target: Int, width: Int = 1) {
        switch operand {
        case .constant(let bits): emit(constSlot, Self.word(target), bits)
        case .slot(let s) where s != target:
            if width == 2 {
                emit(copySlot2, Self.word(target), Self.word(s))
            } else if let p = producer, p.end == code.count, code[p.start] == handlerWord(copySlot) {
                // A copy right after a copy: one instruction doing both, in order.
                code[p.start] = handlerWord(copySlots2)
                code += [Self.word(target), Self.word(s)]
                producer = Producer(start: p.start, end: code.count, height: -1)
            } else {
                let start = emit(copySlot, Self.word(target), Self.word(s))
                // The copy is the last instruction (for pairing with the next copy).
                producer = Producer(start: start, end: code.count, height: -1)
            }
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

extension ValueType {
    /// Slots a value of this type takes in a frame.
    var slotWidth: Int { self == .v128 ? 2 : 1 }
}

extension FunctionType {
    var parameterSlots: Int { parameters.reduce(0) { $0 + $1.slotWidth } }
    var resultSlots: Int { results.reduce(0) { $0 + $1.slotWidth } }
}
