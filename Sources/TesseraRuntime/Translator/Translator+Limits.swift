import TesseraBinary

// Fuel metering and interrupt checks in compiled code (the semantics are described in
// Store+Limits.swift; the handlers are in Handlers+Limits.swift).
//
// With fuel metering, every basic block that costs fuel has one `consumeFuel [h, cost]`, emitted with
// its first instruction that costs fuel (entering the block at its start, every path passes it); the
// translator increases the cost word as it translates the block's instructions. A block starts at function entry,
// at loop headers (the target of back-edges), at every label end that a branch can reach, at the start
// of an `if`'s arms, and after a conditional branch (so a taken branch does not pay for the code it
// skips). A block whose check is still the last instruction emitted, with nothing charged yet, is
// simply extended (an `end` right after an `end` costs one check, not two). Calls do not end a block: the code after a call is
// paid for before it.
//
// When the engine is interruptible, function entry polls the interrupt word (`checkInterrupt [h]`), and
// so does every loop iteration: with fuel metering at the loop header (`consumeFuelCheckInterrupt [h,
// cost]`, one dispatch for both), without it on the back-edges, the branches to a loop header, which
// become `brChecked` / `brIfNonZeroChecked` / `brIfZeroChecked` (no dispatch of their own), or are
// preceded by `checkInterrupt` (compare+branch, `br_table`, `br_on_null`…). Nothing at all is emitted
// for a limit the engine does not enable.

extension Translator {
    /// Which limit checks the engine compiles.
    struct LimitChecks {
        var fuel: Bool
        var interrupt: Bool

        static let none = LimitChecks(fuel: false, interrupt: false)
    }

    /// What executing `instruction` costs in fuel: the structural markers are free.
    static func fuelCost(_ instruction: Instruction) -> UInt64 {
        switch instruction {
        case .nop, .drop, .block, .loop, .tryTable, .else, .end: 0
        default: 1
        }
    }

    /// Charges `instruction` to the current block (before it is translated); the first instruction
    /// with a cost emits the block's `consumeFuel`.
    mutating func chargeFuel(for instruction: Instruction) {
        if !entryChecked {
            entryChecked = true
            _ = beginLimitBlock(interrupt: true)
        }
        let cost = Self.fuelCost(instruction)
        guard cost > 0, limitChecks.fuel else { return }
        if let fuelWord {
            code[fuelWord] &+= cost
        } else {
            fuelWord = emit(consumeFuel, cost) + 1
        }
    }

    /// Whether branches to loop headers poll the interrupt word (interruptible, without fuel metering).
    var checksBackEdges: Bool { limitChecks.interrupt && !limitChecks.fuel }

    /// Whether a branch to `depth` is a back-edge that must poll the interrupt word.
    func isCheckedBackEdge(_ depth: UInt32) -> Bool {
        checksBackEdges && labels[labels.count - 1 - Int(depth)].kind == .loop
    }

    /// The unconditional jump to `depth` (checked when it is a back-edge).
    func jumpHandler(to depth: UInt32) -> Handler {
        isCheckedBackEdge(depth) ? brChecked : br
    }

    /// Emits a separate interrupt poll before a branch to `depth` that has no checked form.
    mutating func pollBeforeBranch(to depth: UInt32) {
        if isCheckedBackEdge(depth) { emit(checkInterrupt) }
    }

    /// Starts a block (fuel) and polls the interrupt word there when `interrupt` (function entry, loop
    /// headers); returns the code index where the block begins, which branches to it must target.
    mutating func beginLimitBlock(interrupt: Bool, loopHeader: Bool = false) -> Int {
        let poll = interrupt && limitChecks.interrupt && !(loopHeader && checksBackEdges)
        if limitChecks.fuel {
            if let word = fuelWord, word == code.count - 1, code[word] == 0 {
                // The current block is still empty (no code, no cost): extend it (polling too, if asked).
                if poll { code[word - 1] = handlerWord(consumeFuelCheckInterrupt) }
                return word - 1
            }
            guard poll else {
                // The block's check comes with its first instruction that costs fuel (none: no check).
                fuelWord = nil
                return code.count
            }
            let start = emit(consumeFuelCheckInterrupt, 0)
            fuelWord = start + 1
            return start
        }
        if poll {
            if let last = interruptCheck, last == code.count - 1 { return last }
            let start = emit(checkInterrupt)
            interruptCheck = start
            return start
        }
        return code.count
    }

    /// Starts a block that forward branches (`patches`) and possibly the fallthrough reach, binding
    /// the patches to it. With only the fallthrough (`fallsThrough` and no patches) the current block
    /// continues.
    mutating func beginBranchTarget(_ patches: [(word: Int, start: Int)], fallsThrough: Bool) {
        guard limitChecks.fuel, !(fallsThrough && patches.isEmpty) else {
            for patch in patches { bind(patch) }
            return
        }
        let target = beginLimitBlock(interrupt: false)
        for patch in patches { bind(patch, to: target) }
    }

    /// Points a forward branch at code index `target`.
    mutating func bind(_ patch: (word: Int, start: Int), to target: Int) {
        code[patch.word] = Self.offset(target - patch.start)
    }
}
