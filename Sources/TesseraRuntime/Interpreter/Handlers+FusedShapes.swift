// The shapes of the fused float handlers (Generated/Handlers+Fused.swift): a multiply whose result
// goes straight into an add or subtract, one dispatch instead of two. Both operations run as written,
// each rounded (no fused multiply-add), so results are bit-identical to the two instructions.
//
//   fusedLeft   [h, dst, a, b, c]    dst = second(first(a, b), c)
//   fusedRight  [h, dst, a, b, c]    dst = second(c, first(a, b))
//   fusedLeftRI / fusedRightRI: the same with `b` the constant itself (a multiply by a constant)
//
// Handlers read every operand before they write `dst` (the translator may reuse an operand's slot).

@inline(__always)
func fusedLeft<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ first: (T, T) -> T,
                             _ second: (T, T) -> T,
                             then next: Continuation = dispatch) -> PC? {
    let product = first(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)]))
    fp[slot(pc, 1)] = second(product, T(slot: fp[slot(pc, 4)])).slot
    return next(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func fusedRight<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ first: (T, T) -> T,
                              _ second: (T, T) -> T,
                              then next: Continuation = dispatch) -> PC? {
    let product = first(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)]))
    fp[slot(pc, 1)] = second(T(slot: fp[slot(pc, 4)]), product).slot
    return next(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func fusedLeftRI<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ first: (T, T) -> T,
                               _ second: (T, T) -> T,
                               then next: Continuation = dispatch) -> PC? {
    let product = first(T(slot: fp[slot(pc, 2)]), T(slot: pc[3]))
    fp[slot(pc, 1)] = second(product, T(slot: fp[slot(pc, 4)])).slot
    return next(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func fusedRightRI<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ first: (T, T) -> T,
                                _ second: (T, T) -> T,
                                then next: Continuation = dispatch) -> PC? {
    let product = first(T(slot: fp[slot(pc, 2)]), T(slot: pc[3]))
    fp[slot(pc, 1)] = second(T(slot: fp[slot(pc, 4)]), product).slot
    return next(pc + 5, fp, mp, ip, acc, facc)
}

// Loop closers (Generated/Handlers+Fused.swift): an `i32.add` directly followed by a conditional
// branch, `[h, dst, a, b, branch operands…]` (b an immediate or a slot). The add writes its result, then
// `branch` runs as if it started at word 3: it reads the slots as they are after the add, and its
// offset is relative to word 3. Nothing can jump between the two (the translator fuses only adjacent
// instructions of one straight-line run).

@inline(__always)
func addImmediateThen(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ branch: Continuation) -> PC? {
    fp[slot(pc, 1)] = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 2)]) &+ UInt32(truncatingIfNeeded: pc[3]))
    return branch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func addSlotThen(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _ branch: Continuation) -> PC? {
    fp[slot(pc, 1)] = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 2)]) &+ UInt32(truncatingIfNeeded: fp[slot(pc, 3)]))
    return branch(pc + 3, fp, mp, ip, acc, facc)
}
