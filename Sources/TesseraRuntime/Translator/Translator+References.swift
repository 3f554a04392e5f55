import TesseraTypes
import TesseraBinary

// Typed function references: calls through references, null checks and branches on null (the
// handlers are in Handlers+References.swift; brIfNull / brIfNonNull in Handlers+Control.swift).

extension Translator {
    /// Translates a reference instruction; false when `instruction` is not one this file handles.
    mutating func translateReferenceInstruction(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .callRef(let typeIndex): translateCallRef(typeIndex, tail: false)
        case .returnCallRef(let typeIndex): translateCallRef(typeIndex, tail: true)
        case .refAsNonNull:
            let reference = referenceSlotOnTop()
            emit(refAsNonNull, Self.word(reference))
            producer = nil
        case .brOnNull(let depth): translateBrOnNull(depth)
        case .brOnNonNull(let depth): translateBrOnNonNull(depth)
        default: return false
        }
        return true
    }

    /// The slot of the reference on top of the stack, which stays there (a constant, that is a null,
    /// is first materialised in its natural slot).
    mutating func referenceSlotOnTop() -> Int {
        let h = stack.count - 1
        if case .constant = stack[h] { materialize(h) }
        guard case .slot(let s) = stack[h] else { preconditionFailure("materialised") }
        return s
    }

    /// `call_ref` / `return_call_ref`: `[h, arg base, reference slot, try link / own header]`.
    mutating func translateCallRef(_ typeIndex: UInt32, tail: Bool) {
        guard let type = context.types.functionType(typeIndex) else { preconditionFailure("validated") }
        // The reference goes to its own natural slot (above the arguments) before they move.
        let reference = slotOf(pop(), height: stack.count)
        let base = takeArguments(type.parameters.count)
        if tail {
            emit(returnCallRef, Self.word(base), Self.word(reference), Self.word(headerSlot))
            reachable = false
        } else {
            emitWithTryLink(callRef, Self.word(base), Self.word(reference))
            for t in type.results { pushTemporary(t) }
            producer = nil
        }
    }

    /// Emits a branch to `depth` taken when the reference slot is null (`whenNull`) or non-null, with
    /// the branch's moves; the mirror is left as it was.
    mutating func emitReferenceBranch(_ depth: UInt32, _ reference: Int, whenNull: Bool) {
        if Int(depth) != labels.count - 1 && branchValuesInPlace(depth) {
            pollBeforeBranch(to: depth)
            let branch = emitNullBranch(reference, whenNull: whenNull)
            linkBranch(depth, word: branch.word, start: branch.start)
            chargeTarget(branch.cost, depth: depth)
            continueAfterBranch(cost: branch.cost)
            return
        }
        // Skip over the moves and the jump (or return) when the branch is not taken.
        emitTakenSide(depth, skip: emitNullBranch(reference, whenNull: !whenNull))
    }

    /// Emits a branch taken when the reference slot is null (`whenNull`) or non-null; returns its
    /// offset word, its start and, with fuel metering, its cost word.
    mutating func emitNullBranch(_ reference: Int, whenNull: Bool) -> (word: Int, start: Int, cost: Int?) {
        let handler: Handler
        switch (limitChecks.fuel, whenNull) {
        case (true, true): handler = brIfNullMetered
        case (true, false): handler = brIfNonNullMetered
        case (false, true): handler = brIfNull
        case (false, false): handler = brIfNonNull
        }
        let start = emit(word: handlerWord(handler), limitChecks.fuel ? [Self.word(reference), 0, 0] : [Self.word(reference), 0])
        return (start + 2, start, limitChecks.fuel ? start + 3 : nil)
    }

    /// `br_on_null`: branches with the values below the reference when it is null; else the (now
    /// non-null) reference stays on the stack.
    mutating func translateBrOnNull(_ depth: UInt32) {
        let reference = referenceSlotOnTop()
        let operand = pop()
        emitReferenceBranch(depth, reference, whenNull: true)
        push(operand)
        producer = nil
    }

    /// `br_on_non_null`: branches with the values and the reference when it is not null; else drops
    /// the reference.
    mutating func translateBrOnNonNull(_ depth: UInt32) {
        let reference = referenceSlotOnTop()
        emitReferenceBranch(depth, reference, whenNull: false)
        _ = pop()
        producer = nil
    }
}
