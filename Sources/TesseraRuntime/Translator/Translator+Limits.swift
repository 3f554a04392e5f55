import TesseraBinary

// Fuel metering and interrupt checks in compiled code (the semantics are described in
// Store+Limits.swift; the handlers are in Handlers+Limits.swift). Nothing at all is emitted for a
// limit the engine does not enable.
//
// Fuel: the code is cut into runs (straight-line code entered only at its start: function entry, loop
// headers, the targets of forward branches, the two sides of conditional branches). The chain of a
// run is the run plus, when it falls through into the next run (a conditional branch not taken, a
// block's end, a loop header), that run's chain. Charges ride on the instructions that transfer
// control, so metering adds no dispatch of its own:
// - function entry charges the entry run's chain (`consumeFuel`, the one fuel instruction left);
// - an unconditional jump (`brMetered`) charges its target's chain;
// - a conditional branch's fall-through side was paid in advance with the code before it, so it costs
//   nothing; its taken side (`…Metered`) charges the target's chain minus the fall-through chain (a
//   refund when the target's chain is shorter).
// A completed call has therefore paid exactly for the instructions it executed; a charge paid in advance
// for code a branch then skips can only make exhaustion come earlier (never later). Calls do not end a
// run: the code after a call is paid for before it. The costs of runs are known only when the function
// is translated, so branches record terms (`FuelPlan.terms`) that `finishFuel` resolves.
//
// Direct calls (`call`, `return_call`) of the module's own functions perform the callee's entry check
// themselves and skip it (Handlers+LimitCalls.swift), so such a call costs no extra dispatch either.
// An unconditional jump whose target chain costs nothing (often an `if` arm's jump to the end) is
// turned back into a plain `br` / `brChecked` when the costs are resolved.
//
// Interrupts: function entry polls the interrupt word (`checkInterrupt`, or `consumeFuelCheckInterrupt`
// with fuel), and so does every back-edge (a branch to a loop header: the only way a loop iterates)
// when taken: `brChecked`, `brIf…Checked`, the fused compare-and-branch `…Checked` forms, or with fuel
// the `…MeteredChecked` forms. Back-edges without a checked form (`br_table`, `br_on_null`…) are
// preceded by a separate `checkInterrupt`.

/// Which form of a branch handler the translator asks for (the order of the generated tables).
enum BranchLimit: Int {
    case none, checked, metered, meteredChecked

    init(fuel: Bool, checked: Bool) {
        self = fuel ? (checked ? .meteredChecked : .metered) : (checked ? .checked : .none)
    }
}

extension HandlerTable {
    /// Picks `limit`'s pair from `forms` (slot/slot and slot/immediate handlers per form, in
    /// `BranchLimit` order).
    static func select(_ limit: BranchLimit, _ forms: [Handler]) -> (rr: UInt64, ri: UInt64) {
        (w(forms[2 * limit.rawValue]), w(forms[2 * limit.rawValue + 1]))
    }
}

extension Translator {
    /// Which limit checks the engine compiles.
    struct LimitChecks {
        var fuel: Bool
        var interrupt: Bool

        static let none = LimitChecks(fuel: false, interrupt: false)
    }

    /// The runs of a function and the words that charge for them (fuel metering only).
    struct FuelPlan {
        /// The cost of each run, in code order.
        var costs: [Int64] = []
        /// The run each run falls through into, if any (always a later one).
        var next: [Int?] = []
        /// Cost words: the word at `word` adds `sign` times the chain of `run`.
        var terms: [(word: Int, run: Int, sign: Int64)] = []
        /// The run being translated.
        var current = 0
        /// The code indices of the metered unconditional jumps.
        var jumps: [Int] = []
    }

    /// What executing `instruction` costs in fuel: the structural markers are free.
    static func fuelCost(_ instruction: Instruction) -> UInt64 {
        switch instruction {
        case .nop, .drop, .block, .loop, .tryTable, .else, .end: 0
        default: 1
        }
    }

    /// Emits the function-entry check before the first instruction, and charges `instruction` to the
    /// current run (before it is translated).
    mutating func chargeFuel(for instruction: Instruction) {
        if !entryChecked {
            entryChecked = true
            emitEntryCheck()
        }
        guard limitChecks.fuel else { return }
        fuelPlan.costs[fuelPlan.current] += Int64(Self.fuelCost(instruction))
    }

    /// The entry check: it pays for the entry run's chain and polls the interrupt word.
    mutating func emitEntryCheck() {
        if limitChecks.fuel {
            let start = emit(limitChecks.interrupt ? consumeFuelCheckInterrupt : consumeFuel, 0)
            _ = startRun(fallsThrough: false)
            fuelPlan.terms.append((start + 1, fuelPlan.current, 1))
        } else if limitChecks.interrupt {
            emit(checkInterrupt)
        }
    }

    /// Starts a run (fuel metering); when `fallsThrough`, the current one continues into it. Returns
    /// its index.
    @discardableResult
    mutating func startRun(fallsThrough: Bool) -> Int {
        guard limitChecks.fuel else { return 0 }
        let run = fuelPlan.costs.count
        fuelPlan.costs.append(0)
        fuelPlan.next.append(nil)
        if fallsThrough && run > 0 { fuelPlan.next[fuelPlan.current] = run }
        fuelPlan.current = run
        return run
    }

    /// Starts the fall-through side of a conditional branch whose taken side charges `cost` (the
    /// fall-through run's chain is paid in advance, so the taken side subtracts it).
    mutating func continueAfterBranch(cost: Int?) {
        let run = startRun(fallsThrough: true)
        if let cost { fuelPlan.terms.append((cost, run, -1)) }
    }

    /// Makes the cost word `cost` of a branch to `depth` charge the target's chain: a loop header's run,
    /// or the run that starts at the label's end (recorded until then).
    mutating func chargeTarget(_ cost: Int?, depth: UInt32) {
        guard let cost else { return }
        let index = labels.count - 1 - Int(depth)
        if labels[index].kind == .loop {
            fuelPlan.terms.append((cost, labels[index].headerRun, 1))
        } else {
            labels[index].pendingCosts.append(cost)
        }
    }

    /// Starts the run at a forward branch target reached by the branches whose cost words are
    /// `costs` and, when `fallsThrough`, by the code before it (which then simply continues when no
    /// branch reaches it).
    mutating func beginBranchTarget(costs: [Int], fallsThrough: Bool) {
        guard limitChecks.fuel, !(fallsThrough && costs.isEmpty) else { return }
        let run = startRun(fallsThrough: fallsThrough)
        for cost in costs { fuelPlan.terms.append((cost, run, 1)) }
    }

    /// Resolves the cost words once the whole function is translated.
    mutating func finishFuel() {
        guard limitChecks.fuel else { return }
        var chains = [Int64](repeating: 0, count: fuelPlan.costs.count)
        for run in chains.indices.reversed() {
            chains[run] = fuelPlan.costs[run] + (fuelPlan.next[run].map { chains[$0] } ?? 0)
        }
        for term in fuelPlan.terms {
            let value = Int64(bitPattern: code[term.word]) &+ term.sign &* chains[term.run]
            code[term.word] = UInt64(bitPattern: value)
        }
        // A metered jump charging nothing: the plain form reads the same operands but the cost word.
        for jump in fuelPlan.jumps where code[jump + 2] == 0 {
            if code[jump] == handlerWord(brMetered) { code[jump] = handlerWord(br) }
            if code[jump] == handlerWord(brMeteredChecked) { code[jump] = handlerWord(brChecked) }
        }
    }

    /// Whether a branch to `depth` is a back-edge that must poll the interrupt word.
    func isCheckedBackEdge(_ depth: UInt32) -> Bool {
        limitChecks.interrupt && labels[labels.count - 1 - Int(depth)].kind == .loop
    }

    /// The form of a branch handler to `depth`.
    func branchLimit(to depth: UInt32) -> BranchLimit {
        BranchLimit(fuel: limitChecks.fuel, checked: isCheckedBackEdge(depth))
    }

    /// Emits the jump of a branch to `depth` (values already moved), linked to its target and, with
    /// fuel, charging the target's chain; the current run is left alone (catch pads sit inside it).
    mutating func emitJump(to depth: UInt32) {
        let start: Int
        switch branchLimit(to: depth) {
        case .none: start = emit(br, 0)
        case .checked: start = emit(brChecked, 0)
        case .metered: start = emit(brMetered, 0, 0)
        case .meteredChecked: start = emit(brMeteredChecked, 0, 0)
        }
        linkBranch(depth, word: start + 1, start: start)
        chargeTarget(limitChecks.fuel ? start + 2 : nil, depth: depth)
        if limitChecks.fuel { fuelPlan.jumps.append(start) }
    }

    /// The handler of a direct call of `function`: with limits, when the callee is defined in this
    /// module (so it starts with this engine's entry check), one that performs that check itself
    /// (Handlers+LimitCalls.swift).
    func directCallHandler(_ function: UInt32) -> Handler {
        guard Int(function) >= context.importedFunctionCount else { return call }
        switch (limitChecks.fuel, limitChecks.interrupt) {
        case (false, false): return call
        case (false, true): return callChecked
        case (true, false): return callMetered
        case (true, true): return callMeteredChecked
        }
    }

    /// The handler of a direct tail call of `function` (as `directCallHandler`).
    func directReturnCallHandler(_ function: UInt32) -> Handler {
        guard Int(function) >= context.importedFunctionCount else { return returnCall }
        switch (limitChecks.fuel, limitChecks.interrupt) {
        case (false, false): return returnCall
        case (false, true): return returnCallChecked
        case (true, false): return returnCallMetered
        case (true, true): return returnCallMeteredChecked
        }
    }

    /// Emits a separate interrupt poll before a branch to `depth` that has no checked form.
    mutating func pollBeforeBranch(to depth: UInt32) {
        if isCheckedBackEdge(depth) { emit(checkInterrupt) }
    }
}
