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
        label.loopStart = code.count
        if kind == .loop { label.headerRun = startRun(fallsThrough: true) }
        labels.append(label)
        // A loop's start is a branch target: nothing before it may fuse with what follows.
        producer = nil
    }

    mutating func translateIf(_ blockType: BlockType) {
        let condition = conditionForBranch()
        enterBlock(.ifThen, blockType)
        // Jump to the else arm (or the end) when the condition is false.
        let branch = emitConditionalBranch(condition, whenTrue: false)
        labels[labels.count - 1].elsePatch = (branch.word, branch.start)
        labels[labels.count - 1].elseCost = branch.cost
        continueAfterBranch(cost: branch.cost)
    }

    mutating func translateElse() {
        var label = labels.removeLast()
        if reachable {
            materializeTop(label.resultCount)
            let start = emit(word: handlerWord(limitChecks.fuel ? brMetered : br), limitChecks.fuel ? [0, 0] : [0])
            label.pending.append((start + 1, start))
            if limitChecks.fuel {
                label.pendingCosts.append(start + 2)
                fuelPlan.jumps.append(start)
            }
        }
        if let patch = label.elsePatch { bind(patch) }
        beginBranchTarget(costs: label.elseCost.map { [$0] } ?? [], fallsThrough: false)
        label.elsePatch = nil
        label.elseCost = nil
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
        for patch in label.pending + (label.elsePatch.map { [$0] } ?? []) { bind(patch) }
        beginBranchTarget(costs: label.pendingCosts + (label.elseCost.map { [$0] } ?? []), fallsThrough: reachable)
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
        emitJump(to: depth)
        reachable = false
    }

    mutating func translateBrIf(_ depth: UInt32) {
        let condition = conditionForBranch()
        if Int(depth) == labels.count - 1 || !branchValuesInPlace(depth) {
            // Skip over the moves and the jump when the condition is false.
            emitTakenSide(depth, skip: emitConditionalBranch(condition, whenTrue: false))
        } else {
            let branch = emitConditionalBranch(condition, whenTrue: true, checked: isCheckedBackEdge(depth))
            linkBranch(depth, word: branch.word, start: branch.start)
            chargeTarget(branch.cost, depth: depth)
            continueAfterBranch(cost: branch.cost)
        }
        producer = nil
    }

    /// After `skip`, a conditional branch taken when a branch to `depth` is not: the taken side of that
    /// branch (its moves and jump, or a return), then the code after it, where `skip` lands.
    mutating func emitTakenSide(_ depth: UInt32, skip: (word: Int, start: Int, cost: Int?)) {
        continueAfterBranch(cost: skip.cost)
        let saved = savedStack
        translateBr(depth)
        restore(saved)
        reachable = true
        bind((skip.word, skip.start))
        beginBranchTarget(costs: skip.cost.map { [$0] } ?? [], fallsThrough: false)
    }

    mutating func translateBrTable(_ table: BrTable) {
        let index = slotOf(pop(), height: stack.count)
        let targets = table.targets + [table.defaultTarget]
        // With fuel every target goes through a metered jump (which also polls on back-edges).
        if !limitChecks.fuel, let loop = targets.first(where: isCheckedBackEdge) { pollBeforeBranch(to: loop) }
        let start = emit(brTable, Self.word(index), UInt64(table.targets.count))
        code.append(contentsOf: repeatElement(0, count: targets.count))
        for (i, depth) in targets.enumerated() {
            let word = start + 3 + i
            if Int(depth) != labels.count - 1 && branchValuesInPlace(depth) && !limitChecks.fuel {
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
        if resultCount == 1, let p = topIsFreshProduct() {
            // The instruction that computed the result writes it to slot 0 itself (handlers read their
            // operands before they write, as for `local.set` fusion).
            code[p.start + 1] = 0
            producer = nil
        } else if resultCount == 1 {
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
            dropAccumulatorLinks(from: p.start)
            code.removeSubrange(p.start...)
            // The instruction before the compare is now the last one (for the loop-closing fusion).
            producer = p.previous.map { Producer(start: $0.start, end: $0.end, height: -1) }
            if compare == .i32Eqz { return .eqz(Int(a)) }
            return .compare(compare, a: a, b: b, immediate: p.isImmediate)
        }
        let operand = pop()
        return .value(slotOf(operand, height: stack.count))
    }

    /// Emits a branch taken when the condition is `whenTrue`; returns its offset word, its start and,
    /// with fuel metering, its cost word (Translator+Limits.swift). `checked`: the branch is a back-edge
    /// that polls the interrupt word when taken.
    mutating func emitConditionalBranch(_ condition: Condition, whenTrue: Bool, checked: Bool = false)
        -> (word: Int, start: Int, cost: Int?)
    {
        let limit = BranchLimit(fuel: limitChecks.fuel, checked: checked)
        let costWord: [UInt64] = limitChecks.fuel ? [0] : []
        // Words [h, a, b, offset(, cost)] or [h, cond, offset(, cost)] of the branch.
        let handler: UInt64, operands: [UInt64]
        switch condition {
        case .value(let s), .eqz(let s):
            let ifNonZero: Handler, ifZero: Handler
            switch limit {
            case .none: (ifNonZero, ifZero) = (brIfNonZero, brIfZero)
            case .checked: (ifNonZero, ifZero) = (brIfNonZeroChecked, brIfZeroChecked)
            case .metered: (ifNonZero, ifZero) = (brIfNonZeroMetered, brIfZeroMetered)
            case .meteredChecked: (ifNonZero, ifZero) = (brIfNonZeroMeteredChecked, brIfZeroMeteredChecked)
            }
            var nonZero = whenTrue
            if case .eqz = condition { nonZero.toggle() }
            handler = handlerWord(nonZero ? ifNonZero : ifZero)
            operands = [Self.word(s), 0] + costWord
        case .compare(let instruction, let a, let b, let immediate):
            let compare = whenTrue ? instruction : Self.inverse(instruction)
            let handlers = HandlerTable.compareBranch(compare, limit)!
            handler = immediate ? handlers.ri : handlers.rr
            operands = [a, b, 0] + costWord
        }
        var start: Int
        if let (fused, add) = takeTrailingAdd(before: handler) {
            // `[h', dst, a, b]` of the add in front; the branch's own words (offset relative to them) follow.
            start = emit(word: fused, add + operands) + 3
        } else {
            // A load just before the branch runs the branch itself (only adjacency matters).
            pairWithPrevious(handler)
            start = emit(word: handler, operands)
        }
        let offsetWord = start + operands.count - costWord.count
        return (offsetWord, start, limitChecks.fuel ? offsetWord + 1 : nil)
    }

    /// When the last instruction emitted is an `i32.add` and a handler fusing it with `branch` exists
    /// (HandlerTable.addThenBranch: plain and checked branches, not metered ones), removes the add and
    /// returns that handler with the add's operand words `[dst, a, b]`.
    mutating func takeTrailingAdd(before branch: UInt64) -> (UInt64, [UInt64])? {
        guard let p = producer, p.end == code.count, p.end - p.start == 4,
              let fused = HandlerTable.addThenBranch[HandlerPair(code[p.start], branch)] else { return nil }
        let words = Array(code[(p.start + 1)..<p.end])
        dropAccumulatorLinks(from: p.start)
        code.removeSubrange(p.start...)
        while let last = sourceMap.last, last.code >= p.start { sourceMap.removeLast() }
        producer = nil
        return (fused, words)
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
