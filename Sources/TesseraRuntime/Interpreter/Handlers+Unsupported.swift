// Instructions the interpreter does not implement trap with a message the embedder (and the spec
// runner) can recognise.
//
//   gcNotSupported [h]      emitted for every GC instruction (struct.*, array.*, ref.i31, casts, …)

/// Traps "gc not supported".
@inline(__always)
func gcNotSupported(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    trap(.gcNotSupported, pc, ip)
}
