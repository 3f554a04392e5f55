// Loads and stores of memory 0 (32-bit) whose address is an `i32.add` computed just before: the add
// fuses into the access, which saves a dispatch on the common "base + index" and "pointer + constant"
// address shapes. The add keeps its 32-bit wrap-around; the memory offset is then added in 64 bits,
// exactly as an `i32.add` followed by the access would do.
//
//   add-immediate: load [h, dst, a, offset, imm]     store [h, a, value, offset, imm]    address a + imm
//   add-slot:      load [h, dst, a, offset, b]       store [h, a, value, offset, b]      address a + b
//   (…Imm stores: the value word is the stored constant)
//
// (The layouts of the plain forms: Handlers+Memory.swift.)

/// Memory 0 with the address `fp[a] &+ pc[4]` (32-bit wrap-around).
enum FastMemoryAddImmediate: MemoryForm {
    static var words: Int { 5 }

    @inline(__always)
    static func address(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, operand: Int,
                        size: Int) -> UnsafeMutableRawPointer? {
        let sum = UInt32(truncatingIfNeeded: fp[slot(pc, operand)]) &+ UInt32(truncatingIfNeeded: pc[4])
        return FastMemory.checked(UInt64(sum) &+ pc[3], mp, size: size)
    }
}

/// Memory 0 with the address `fp[a] &+ fp[b]` (32-bit wrap-around), `b` in word 4.
enum FastMemoryAddSlot: MemoryForm {
    static var words: Int { 5 }

    @inline(__always)
    static func address(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, operand: Int,
                        size: Int) -> UnsafeMutableRawPointer? {
        let sum = UInt32(truncatingIfNeeded: fp[slot(pc, operand)]) &+ UInt32(truncatingIfNeeded: fp[slot(pc, 4)])
        return FastMemory.checked(UInt64(sum) &+ pc[3], mp, size: size)
    }
}

@inline(__always) func i32LoadAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt32.self, Extend.u32) }
@inline(__always) func i64LoadAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt64.self, Extend.u64) }
@inline(__always) func i32Load8SAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to32) }
@inline(__always) func i32Load8UAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt8.self, Extend.u8) }
@inline(__always) func i32Load16SAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to32) }
@inline(__always) func i32Load16UAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt16.self, Extend.u16) }
@inline(__always) func i64Load8SAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to64) }
@inline(__always) func i64Load16SAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to64) }
@inline(__always) func i64Load32SAddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, Int32.self, Extend.s32to64) }
@inline(__always) func store8AddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt8.self) }
@inline(__always) func store16AddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt16.self) }
@inline(__always) func store32AddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt32.self) }
@inline(__always) func store64AddI(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt64.self) }
@inline(__always) func store8AddIImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt8.self, immediate: true) }
@inline(__always) func store16AddIImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt16.self, immediate: true) }
@inline(__always) func store32AddIImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt32.self, immediate: true) }
@inline(__always) func store64AddIImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddImmediate.self, pc, fp, mp, ip, acc, facc, UInt64.self, immediate: true) }

@inline(__always) func i32LoadAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt32.self, Extend.u32) }
@inline(__always) func i64LoadAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt64.self, Extend.u64) }
@inline(__always) func i32Load8SAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to32) }
@inline(__always) func i32Load8UAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt8.self, Extend.u8) }
@inline(__always) func i32Load16SAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to32) }
@inline(__always) func i32Load16UAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt16.self, Extend.u16) }
@inline(__always) func i64Load8SAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to64) }
@inline(__always) func i64Load16SAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to64) }
@inline(__always) func i64Load32SAddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, Int32.self, Extend.s32to64) }
@inline(__always) func store8AddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt8.self) }
@inline(__always) func store16AddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt16.self) }
@inline(__always) func store32AddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt32.self) }
@inline(__always) func store64AddR(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt64.self) }
@inline(__always) func store8AddRImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt8.self, immediate: true) }
@inline(__always) func store16AddRImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt16.self, immediate: true) }
@inline(__always) func store32AddRImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt32.self, immediate: true) }
@inline(__always) func store64AddRImm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemoryAddSlot.self, pc, fp, mp, ip, acc, facc, UInt64.self, immediate: true) }
