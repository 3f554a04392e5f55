import TesseraTypes
import TesseraBinary

// Structured control flow: labels, branches with their value moves, returns.

extension Translator {
    func signature(_ blockType: BlockType) -> (parameters: [ValueType], results: [ValueType]) {
        switch blockType {
        case .empty: ([], [])
        case .value(let t): ([], [t])
        case .typeIndex(let i):
            context.types.functionType(i).map { ($0.parameters, $0.results) } ?? ([], [])
        }
    }

    mutating func enterBlock(_ kind: Label.Kind, _ blockType: BlockType) {
        let (p, r) = signature(blockType)
        producer = nil
        preserveAllLocals()
        if kind == .loop || kind == .ifThen { materializeTop(p.count) }
        let height = stack.count - p.count
        var label = Label(kind: kind, height: height, slotHeight: height < stack.count ? slotOffsets[height] : slotTop,
                          parameters: p, results: r, entryReachable: true)
        label.loopStart = kind == .loop ? beginLimitBlock(interrupt: true, loopHeader: true) : code.count
        labels.append(label)
    }

    mutating func translateIf(_ blockType: BlockType) {
        let condition = conditionForBranch()
        enterBlock(.ifThen, blockType)
        // Jump to the else arm (or the end) when the condition is false.
        let (word, start) = emitConditionalBranch(condition, whenTrue: false)
        labels[labels.count - 1].elsePatch = (word, start)
        _ = beginLimitBlock(interrupt: false)
    }

    mutating func translateElse() {
        var label = labels.removeLast()
        if reachable {
            materializeTop(label.resultCount)
            let start = emit(br, 0)
            label.pending.append((start + 1, start))
        }
        beginBranchTarget(label.elsePatch.map { [$0] } ?? [], fallsThrough: false)
        label.elsePatch = nil
        label.kind = .ifElse
        truncate(to: label.height)
        for t in label.parameters { pushTemporary(t) }
        labels.append(label)
        reachable = label.entryReachable
        producer = nil
    }

    mutating func translateEnd() {
        let label = labels.removeLast()
        if label.kind == .function {
            if reachable { emitReturn() }
            return
        }
        if reachable { materializeTop(label.resultCount) }
        beginBranchTarget(label.pending + (label.elsePatch.map { [$0] } ?? []), fallsThrough: reachable)
        truncate(to: label.height)
        for t in label.results { pushTemporary(t) }
        reachable = label.entryReachable
        producer = nil
    }

    /// Points a forward branch at the current position.
    mutating func bind(_ patch: (word: Int, start: Int)) {
        code[patch.word] = Self.offset(code.count - patch.start)
    }

    /// The slots a branch to `depth` delivers its values to, with the values' stack heights and widths.
    func branchTargets(_ depth: UInt32) -> [(height: Int, slot: Int, width: Int)] {
        let label = labels[labels.count - 1 - Int(depth)]
        let arity = label.branchArity
        var slot = tempBase + label.slotHeight
        var targets: [(height: Int, slot: Int, width: Int)] = []
        for k in 0..<arity {
            let h = stack.count - arity + k
            let w = width(h)
            targets.append((h, slot, w))
            slot += w
        }
        return targets
    }

    /// Moves the values a branch to `depth` carries into the target's natural slots.
    mutating func moveBranchValues(_ depth: UInt32) {
        let targets = branchTargets(depth)
        // A later value may sit in an earlier target's slot only if it is a temporary above the label,
        // which is then at or above its own target: copying in order never clobbers.
        for t in targets { move(stack[t.height], to: t.slot, width: t.width) }
    }

    /// Whether a branch to `depth` needs no moves.
    func branchValuesInPlace(_ depth: UInt32) -> Bool {
        branchTargets(depth).allSatisfy { stack[$0.height] == .slot($0.slot) }
    }

    /// Emits the jump of a branch to `depth` (values already moved); `word` is the offset operand.
    mutating func linkBranch(_ depth: UInt32, word: Int, start: Int) {
        let index = labels.count - 1 - Int(depth)
        if labels[index].kind == .loop {
            code[word] = Self.offset(labels[index].loopStart - start)
        } else {
            labels[index].pending.append((word, start))
        }
    }

    mutating func translateBr(_ depth: UInt32) {
        if Int(depth) == labels.count - 1 {
            emitReturn()
            return
        }
        moveBranchValues(depth)
        let start = emit(jumpHandler(to: depth), 0)
        linkBranch(depth, word: start + 1, start: start)
        reachable = false
    }

    mutating func translateBrIf(_ depth: UInt32) {
        let condition = conditionForBranch()
        if Int(depth) == labels.count - 1 || !branchValuesInPlace(depth) {
            // Skip over the moves and the jump when the condition is false.
            let skip = emitConditionalBranch(condition, whenTrue: false)
            let saved = savedStack
            translateBr(depth)  // the taken side: a return, or the moves and a jump
            restore(saved)
            reachable = true
            bind(skip)
        } else {
            let (word, start) = emitConditionalBranch(condition, whenTrue: true, checked: isCheckedBackEdge(depth))
            linkBranch(depth, word: word, start: start)
        }
        producer = nil
        _ = beginLimitBlock(interrupt: false)
    }

    mutating func translateBrTable(_ table: BrTable) {
        let index = slotOf(pop(), height: stack.count)
        let targets = table.targets + [table.defaultTarget]
        if let loop = targets.first(where: isCheckedBackEdge) { pollBeforeBranch(to: loop) }
        let start = emit(brTable, Self.word(index), UInt64(table.targets.count))
        code.append(contentsOf: repeatElement(0, count: targets.count))
        for (i, depth) in targets.enumerated() {
            let word = start + 3 + i
            if Int(depth) != labels.count - 1 && branchValuesInPlace(depth) {
                linkBranch(depth, word: word, start: start)
            } else {
                // A stub with the moves and the jump; it must leave the mirror as it found it (a
                // return materialises entries), since the next targets still see the same stack.
                code[word] = Self.offset(code.count - start)
                let saved = savedStack
                translateBr(depth)
                restore(saved)
            }
        }
        reachable = false
    }

    /// Moves the results into slots 0..<n and returns to the caller.
    mutating func emitReturn() {
        if resultCount == 1 {
            move(stack[stack.count - 1], to: 0, width: width(stack.count - 1))
        } else if resultCount > 1 {
            // Temporaries sit above the locals, so copying upwards from natural slots never clobbers.
            materializeTop(resultCount)
            var target = 0
            for k in 0..<resultCount {
                let h = stack.count - resultCount + k
                move(stack[h], to: target, width: width(h))
                target += width(h)
            }
        }
        emit(returnFrom, Self.word(headerSlot))
        reachable = false
    }

    // MARK: - Conditions and compare+branch fusion

    enum Condition {
        case value(Int)
        /// A fused integer compare: the handlers for branch-if-true, with their two operands.
        case compare(Instruction, a: UInt64, b: UInt64, immediate: Bool)
        case eqz(Int)
    }

    /// Pops a branch condition, taking over the compare that produced it when possible.
    mutating func conditionForBranch() -> Condition {
        if let p = topIsFreshProduct(), let compare = p.compare {
            _ = pop()
            let a = code[p.start + 2]
            let b = compare == .i32Eqz ? 0 : code[p.start + 3]
            code.removeSubrange(p.start...)
            producer = nil
            if compare == .i32Eqz { return .eqz(Int(a)) }
            return .compare(compare, a: a, b: b, immediate: p.isImmediate)
        }
        let operand = pop()
        return .value(slotOf(operand, height: stack.count))
    }

    /// Emits a branch taken when the condition is `whenTrue`; returns its offset word and start.
    /// `checked`: the branch is a back-edge that polls the interrupt word when taken.
    mutating func emitConditionalBranch(_ condition: Condition, whenTrue: Bool, checked: Bool = false) -> (word: Int, start: Int) {
        switch condition {
        case .value(let s):
            let ifNonZero: Handler = checked ? brIfNonZeroChecked : brIfNonZero
            let ifZero: Handler = checked ? brIfZeroChecked : brIfZero
            let start = emit(whenTrue ? ifNonZero : ifZero, Self.word(s), 0)
            return (start + 2, start)
        case .eqz(let s):
            let ifNonZero: Handler = checked ? brIfNonZeroChecked : brIfNonZero
            let ifZero: Handler = checked ? brIfZeroChecked : brIfZero
            let start = emit(whenTrue ? ifZero : ifNonZero, Self.word(s), 0)
            return (start + 2, start)
        case .compare(let instruction, let a, let b, let immediate):
            if checked { emit(checkInterrupt) }
            let compare = whenTrue ? instruction : Self.inverse(instruction)
            let handlers = HandlerTable.compareBranch(compare)!
            let start = emit(word: immediate ? handlers.ri : handlers.rr, [a, b, 0])
            return (start + 3, start)
        }
    }

    /// The integer compare with the opposite outcome.
    static func inverse(_ compare: Instruction) -> Instruction {
        switch compare {
        case .i32Eq: .i32Ne
        case .i32Ne: .i32Eq
        case .i32LtS: .i32GeS
        case .i32GeS: .i32LtS
        case .i32LtU: .i32GeU
        case .i32GeU: .i32LtU
        case .i32GtS: .i32LeS
        case .i32LeS: .i32GtS
        case .i32GtU: .i32LeU
        case .i32LeU: .i32GtU
        case .i64Eq: .i64Ne
        case .i64Ne: .i64Eq
        case .i64LtS: .i64GeS
        case .i64GeS: .i64LtS
        case .i64LtU: .i64GeU
        case .i64GeU: .i64LtU
        case .i64GtS: .i64LeS
        case .i64LeS: .i64GtS
        case .i64GtU: .i64LeU
        case .i64LeU: .i64GtU
        default: preconditionFailure("not a fusable compare")
        }
    }
}
