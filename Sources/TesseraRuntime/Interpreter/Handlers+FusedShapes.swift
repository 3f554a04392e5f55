// The shapes of the fused float handlers (Generated/Handlers+Fused.swift): a multiply whose result
// goes straight into an add or subtract, one dispatch instead of two. Both operations run as written,
// each rounded (no fused multiply-add), so results are bit-identical to the two instructions.
//
//   fusedLeft   [h, dst, a, b, c]    dst = second(first(a, b), c)
//   fusedRight  [h, dst, a, b, c]    dst = second(c, first(a, b))
//
// Handlers read every operand before they write `dst` (the translator may reuse an operand's slot).

@inline(__always)
func fusedLeft<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ first: (T, T) -> T,
                             _ second: (T, T) -> T) -> PC? {
    let product = first(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)]))
    fp[slot(pc, 1)] = second(product, T(slot: fp[slot(pc, 4)])).slot
    return dispatch(pc + 5, fp, mp, ip)
}

@inline(__always)
func fusedRight<T: SlotValue>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ first: (T, T) -> T,
                              _ second: (T, T) -> T) -> PC? {
    let product = first(T(slot: fp[slot(pc, 2)]), T(slot: fp[slot(pc, 3)]))
    fp[slot(pc, 1)] = second(T(slot: fp[slot(pc, 4)]), product).slot
    return dispatch(pc + 5, fp, mp, ip)
}
