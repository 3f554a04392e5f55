// Accumulator registers. Every handler receives two values besides pc, fp, mp and ip — `acc` (integers,
// f32 bits) and `facc` (f64) — and passes them on unchanged, so they stay in machine registers from
// handler to handler. When an instruction's result is consumed by the very next instruction and
// nothing else (Translator+Accumulator.swift), the pair runs in forms that hand the value over in the
// register instead of writing it to a frame slot and reading it back: dependent chains (address →
// load → arithmetic → store) then skip a store-to-load round trip per step.
//
// The forms keep their instruction's layout (words that are not read stay in place), so the translator
// can switch handler words after the fact. Generated/Handlers+Accumulator.swift applies the shapes
// below to every operator, load and store that has such forms.

/// Where an operand comes from: a frame slot, an immediate word, or one of the accumulators.
protocol AccumulatorSource {
    static func read(_ pc: PC, _ fp: FP, _ word: Int, _ acc: UInt64, _ facc: Double) -> UInt64
}

/// Where a result goes: a frame slot or one of the accumulators.
protocol AccumulatorSink {
    static func write(_ value: UInt64, _ pc: PC, _ fp: FP, _ word: Int, _ acc: inout UInt64, _ facc: inout Double)
}

/// The slot named by the word.
enum FromSlot: AccumulatorSource {
    @inline(__always)
    static func read(_ pc: PC, _ fp: FP, _ word: Int, _ acc: UInt64, _ facc: Double) -> UInt64 { fp[slot(pc, word)] }
}

/// The word itself (a constant operand).
enum FromImmediate: AccumulatorSource {
    @inline(__always)
    static func read(_ pc: PC, _ fp: FP, _ word: Int, _ acc: UInt64, _ facc: Double) -> UInt64 { pc[word] }
}

/// The integer accumulator.
enum FromAcc: AccumulatorSource {
    @inline(__always)
    static func read(_ pc: PC, _ fp: FP, _ word: Int, _ acc: UInt64, _ facc: Double) -> UInt64 { acc }
}

/// The float accumulator (its bits).
enum FromFAcc: AccumulatorSource {
    @inline(__always)
    static func read(_ pc: PC, _ fp: FP, _ word: Int, _ acc: UInt64, _ facc: Double) -> UInt64 { facc.bitPattern }
}

enum ToSlot: AccumulatorSink {
    @inline(__always)
    static func write(_ value: UInt64, _ pc: PC, _ fp: FP, _ word: Int, _ acc: inout UInt64, _ facc: inout Double) {
        fp[slot(pc, word)] = value
    }
}

enum ToAcc: AccumulatorSink {
    @inline(__always)
    static func write(_ value: UInt64, _ pc: PC, _ fp: FP, _ word: Int, _ acc: inout UInt64, _ facc: inout Double) {
        acc = value
    }
}

enum ToFAcc: AccumulatorSink {
    @inline(__always)
    static func write(_ value: UInt64, _ pc: PC, _ fp: FP, _ word: Int, _ acc: inout UInt64, _ facc: inout Double) {
        facc = Double(bitPattern: value)
    }
}

/// Both the slot and the integer accumulator (a result written to a local the next instruction reads).
enum ToSlotAndAcc: AccumulatorSink {
    @inline(__always)
    static func write(_ value: UInt64, _ pc: PC, _ fp: FP, _ word: Int, _ acc: inout UInt64, _ facc: inout Double) {
        fp[slot(pc, word)] = value
        acc = value
    }
}

enum ToSlotAndFAcc: AccumulatorSink {
    @inline(__always)
    static func write(_ value: UInt64, _ pc: PC, _ fp: FP, _ word: Int, _ acc: inout UInt64, _ facc: inout Double) {
        fp[slot(pc, word)] = value
        facc = Double(bitPattern: value)
    }
}

/// `[h, dst, a, b]` (RR) or `[h, dst, a, imm]` (RI) with each operand and the result from/to `A`, `B`, `D`.
@inline(__always)
func accBinary<T: SlotValue, R: SlotValue, A: AccumulatorSource, B: AccumulatorSource, D: AccumulatorSink>(
    _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
    _: A.Type, _: B.Type, _: D.Type, _ op: (T, T) -> R, then next: Continuation = dispatch
) -> PC? {
    var acc = acc, facc = facc
    let r = op(T(slot: A.read(pc, fp, 2, acc, facc)), T(slot: B.read(pc, fp, 3, acc, facc)))
    D.write(r.slot, pc, fp, 1, &acc, &facc)
    return next(pc + 4, fp, mp, ip, acc, facc)
}

/// A fused multiply and add/subtract `[h, dst, x, y, c]` (Handlers+FusedShapes.swift): `second(x * y, c)`,
/// or with `right` `second(c, x * y)`, each operand from its source (`Y` an immediate in the …RI forms).
@inline(__always)
func accFused<T: SlotValue, X: AccumulatorSource, Y: AccumulatorSource, C: AccumulatorSource, D: AccumulatorSink>(
    _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
    _: X.Type, _: Y.Type, _: C.Type, _: D.Type, right: Bool, _ first: (T, T) -> T, _ second: (T, T) -> T,
    then next: Continuation = dispatch
) -> PC? {
    var acc = acc, facc = facc
    let product = first(T(slot: X.read(pc, fp, 2, acc, facc)), T(slot: Y.read(pc, fp, 3, acc, facc)))
    let c = T(slot: C.read(pc, fp, 4, acc, facc))
    D.write((right ? second(c, product) : second(product, c)).slot, pc, fp, 1, &acc, &facc)
    return next(pc + 5, fp, mp, ip, acc, facc)
}

/// `[h, dst, a]` with the operand and the result from/to `A`, `D`.
@inline(__always)
func accUnary<T: SlotValue, R: SlotValue, A: AccumulatorSource, D: AccumulatorSink>(
    _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
    _: A.Type, _: D.Type, _ op: (T) -> R
) -> PC? {
    var acc = acc, facc = facc
    D.write(op(T(slot: A.read(pc, fp, 2, acc, facc))).slot, pc, fp, 1, &acc, &facc)
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

/// A fast load `[h, dst, address, offset]` (Handlers+Memory.swift) with the address from `A` and the
/// loaded value to `D`.
@inline(__always)
func accLoad<A: AccumulatorSource, D: AccumulatorSink, T: FixedWidthInteger>(
    _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
    _: A.Type, _: D.Type, _ type: T.Type, _ extend: (T) -> UInt64, then next: Continuation = dispatch
) -> PC? {
    let address = UInt64(UInt32(truncatingIfNeeded: A.read(pc, fp, 2, acc, facc))) &+ pc[3]
    guard let p = FastMemory.checked(address, mp, size: MemoryLayout<T>.size) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    var acc = acc, facc = facc
    D.write(extend(T(littleEndian: p.loadUnaligned(as: T.self))), pc, fp, 1, &acc, &facc)
    return next(pc + 4, fp, mp, ip, acc, facc)
}

/// A load of memory 0 in form `F` (the address-add forms of Handlers+MemoryFused.swift) with the loaded
/// value to `D`.
@inline(__always)
func accLoad<F: MemoryForm, D: AccumulatorSink, T: FixedWidthInteger>(
    _ form: F.Type, _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
    _: D.Type, _ type: T.Type, _ extend: (T) -> UInt64, then next: Continuation = dispatch
) -> PC? {
    guard let p = F.address(pc, fp, mp, ip, acc, facc, operand: 2, size: MemoryLayout<T>.size) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    var acc = acc, facc = facc
    D.write(extend(T(littleEndian: p.loadUnaligned(as: T.self))), pc, fp, 1, &acc, &facc)
    return next(pc + F.words, fp, mp, ip, acc, facc)
}

/// A fast store `[h, address, value, offset]` with the value from `V`.
@inline(__always)
func accStore<V: AccumulatorSource, T: FixedWidthInteger>(
    _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, _: V.Type, _ type: T.Type
) -> PC? {
    let address = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 1)])) &+ pc[3]
    guard let p = FastMemory.checked(address, mp, size: MemoryLayout<T>.size) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    p.storeBytes(of: T(truncatingIfNeeded: V.read(pc, fp, 2, acc, facc)).littleEndian, as: T.self)
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

/// Which accumulator a value travels in.
enum AccumulatorKind: UInt8, Hashable {
    case int, float
}

/// An instruction that has accumulator forms (its handler is the plain form).
struct AccumulatorBase {
    /// Words of the instruction, handler included.
    let words: Int
    /// The operand words that may come from an accumulator.
    let inputs: [Int]
    /// The accumulator its operands come in; nil when either (stores: the value's bits).
    let inputKind: AccumulatorKind?
    /// Whether the instruction has a result (word 1) that may go to an accumulator.
    let hasResult: Bool
    /// The accumulator its result goes to; nil when either (loads: the loaded bits).
    let resultKind: AccumulatorKind?
}

/// One accumulator form of a plain handler: operand word `input` (0: none) comes in accumulator
/// `inputKind`, the result goes to `result` (nil: its slot only), and with `keepsSlot` to its slot too.
struct AccumulatorForm: Hashable {
    let base: UInt64
    let input: Int
    let inputKind: AccumulatorKind?
    let result: AccumulatorKind?
    var keepsSlot = false
}
