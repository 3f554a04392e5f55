// Loads and stores, in two forms with one bounds check each (nothing a guest does can reach outside
// its memory):
//
//   fast: memory 0, 32-bit, offset < 2^32 (address + offset cannot overflow 64 bits); the memory is `mp`
//     load [h, dst, address, offset]            store [h, address, value, offset]
//     store of a constant (…Imm, also in the address-add forms): the value word is the constant
//   any: any memory index, 32- or 64-bit; address + offset overflowing 64 bits traps
//     load [h, dst, address, offset, memory]    store [h, address, value, offset, memory]
//
// Address slots are read whole: slots hold i32 values zero-extended (Semantics.swift), so a 32-bit
// address is its slot and a 64-bit one is too.

/// Where a load or store finds its memory and how it checks the effective address.
protocol MemoryForm {
    /// Words of the instruction, handler included.
    static var words: Int { get }
    /// The accessed bytes' address, or nil when `size` bytes at the effective address are out of
    /// bounds. `operand` is the word holding the address slot; the offset is word 3.
    static func address(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, operand: Int,
                        size: Int) -> UnsafeMutableRawPointer?
}

/// Memory 0 of a 32-bit memory through the `mp` register.
enum FastMemory: MemoryForm {
    static var words: Int { 4 }

    @inline(__always)
    static func address(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, operand: Int,
                        size: Int) -> UnsafeMutableRawPointer? {
        checked(UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, operand)])) &+ pc[3], mp, size: size)
    }

    /// The bounds check of memory 0: `address` (below 2^33, so the sum cannot overflow) and `size`
    /// bytes after it must lie inside the memory.
    @inline(__always)
    static func checked(_ address: UInt64, _ mp: RawMP, size: Int) -> UnsafeMutableRawPointer? {
        guard address &+ UInt64(size) <= byteLimit(mp.memory) else { return nil }
        return mp.memory.pointee.base + Int(truncatingIfNeeded: address)
    }
}

/// Any memory of the instance (word 4), 32- or 64-bit addresses.
enum AnyMemory: MemoryForm {
    static var words: Int { 5 }

    @inline(__always)
    static func address(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, operand: Int,
                        size: Int) -> UnsafeMutableRawPointer? {
        let memory = ip.instance.pointee.memories[slot(pc, 4)]
        let (address, overflow) = fp[slot(pc, operand)].addingReportingOverflow(pc[3])
        let limit = byteLimit(memory)
        guard !overflow, address <= limit, UInt64(size) <= limit &- address else { return nil }
        return memory.pointee.base + Int(truncatingIfNeeded: address)
    }
}

/// A memory's size in bytes as an address bound (never negative, so no conversion check).
@inline(__always)
func byteLimit(_ memory: MP) -> UInt64 { UInt64(truncatingIfNeeded: memory.pointee.byteCount) }

/// Loads into slot `pc[1]`, then continues with `next` (the next instruction's handler, or in a fused
/// pair the branch that tests the loaded value: Generated/Handlers+Fused.swift).
@inline(__always)
func load<F: MemoryForm, T: FixedWidthInteger>(_ form: F.Type, _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
                                               _ type: T.Type, _ extend: (T) -> UInt64,
                                               then next: Continuation = dispatch) -> PC? {
    guard let p = F.address(pc, fp, mp, ip, acc, facc, operand: 2, size: MemoryLayout<T>.size) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    fp[slot(pc, 1)] = extend(T(littleEndian: p.loadUnaligned(as: T.self)))
    return next(pc + F.words, fp, mp, ip, acc, facc)
}

/// A load, then the interrupt-checked conditional back-edge at the next instruction's words (`b`) that
/// tests `taken(b, fp)` and jumps by `b[offsetWord]`. Both slow paths (the load's bounds, the interrupt)
/// end in one call site: with two, LLVM turns the handler's tail jump into a call.
@inline(__always)
func loadThenCheckedBranch<T: FixedWidthInteger>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
                                                 _ type: T.Type, _ extend: (T) -> UInt64, branchWords: Int,
                                                 _ taken: (PC, FP) -> Bool) -> PC? {
    let b = pc + FastMemory.words
    var stop = TrapCode.outOfBoundsMemory, at = pc
    if let p = FastMemory.address(pc, fp, mp, ip, acc, facc, operand: 2, size: MemoryLayout<T>.size) {
        fp[slot(pc, 1)] = extend(T(littleEndian: p.loadUnaligned(as: T.self)))
        guard taken(b, fp) else { return dispatch(b + branchWords, fp, mp, ip, acc, facc) }
        if !interruptRaised(ip) { return dispatch(jump(b, branchWords - 1), fp, mp, ip, acc, facc) }
        stop = .interrupted
        at = b
    }
    return trap(stop, at, fp, ip)
}

/// Stores the value in slot `pc[2]`, or with `immediate` the constant `pc[2]` itself (a store of a
/// constant then needs no instruction to put the constant in a slot).
@inline(__always)
func store<F: MemoryForm, T: FixedWidthInteger>(_ form: F.Type, _ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double,
                                                _ type: T.Type, immediate: Bool = false) -> PC? {
    guard let p = F.address(pc, fp, mp, ip, acc, facc, operand: 1, size: MemoryLayout<T>.size) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    let value = immediate ? pc[2] : fp[slot(pc, 2)]
    p.storeBytes(of: T(truncatingIfNeeded: value).littleEndian, as: T.self)
    return dispatch(pc + F.words, fp, mp, ip, acc, facc)
}

// The extensions of each load kind, written once for both forms.
enum Extend {
    @inline(__always) static func u32(_ v: UInt32) -> UInt64 { UInt64(v) }
    @inline(__always) static func u64(_ v: UInt64) -> UInt64 { v }
    @inline(__always) static func u8(_ v: UInt8) -> UInt64 { UInt64(v) }
    @inline(__always) static func u16(_ v: UInt16) -> UInt64 { UInt64(v) }
    @inline(__always) static func s8to32(_ v: Int8) -> UInt64 { UInt64(UInt32(bitPattern: Int32(v))) }
    @inline(__always) static func s16to32(_ v: Int16) -> UInt64 { UInt64(UInt32(bitPattern: Int32(v))) }
    @inline(__always) static func s8to64(_ v: Int8) -> UInt64 { UInt64(bitPattern: Int64(v)) }
    @inline(__always) static func s16to64(_ v: Int16) -> UInt64 { UInt64(bitPattern: Int64(v)) }
    @inline(__always) static func s32to64(_ v: Int32) -> UInt64 { UInt64(bitPattern: Int64(v)) }
}

@inline(__always) func i32Load(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt32.self, Extend.u32) }
@inline(__always) func i64Load(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt64.self, Extend.u64) }
@inline(__always) func i32Load8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to32) }
@inline(__always) func i32Load8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt8.self, Extend.u8) }
@inline(__always) func i32Load16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to32) }
@inline(__always) func i32Load16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt16.self, Extend.u16) }
@inline(__always) func i64Load8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to64) }
@inline(__always) func i64Load16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to64) }
@inline(__always) func i64Load32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(FastMemory.self, pc, fp, mp, ip, acc, facc, Int32.self, Extend.s32to64) }
@inline(__always) func store8(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt8.self) }
@inline(__always) func store16(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt16.self) }
@inline(__always) func store32(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt32.self) }
@inline(__always) func store64(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt64.self) }
@inline(__always) func store8Imm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt8.self, immediate: true) }
@inline(__always) func store16Imm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt16.self, immediate: true) }
@inline(__always) func store32Imm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt32.self, immediate: true) }
@inline(__always) func store64Imm(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(FastMemory.self, pc, fp, mp, ip, acc, facc, UInt64.self, immediate: true) }

@inline(__always) func i32LoadN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt32.self, Extend.u32) }
@inline(__always) func i64LoadN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt64.self, Extend.u64) }
@inline(__always) func i32Load8SN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to32) }
@inline(__always) func i32Load8UN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt8.self, Extend.u8) }
@inline(__always) func i32Load16SN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to32) }
@inline(__always) func i32Load16UN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt16.self, Extend.u16) }
@inline(__always) func i64Load8SN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, Int8.self, Extend.s8to64) }
@inline(__always) func i64Load16SN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, Int16.self, Extend.s16to64) }
@inline(__always) func i64Load32SN(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { load(AnyMemory.self, pc, fp, mp, ip, acc, facc, Int32.self, Extend.s32to64) }
@inline(__always) func store8N(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt8.self) }
@inline(__always) func store16N(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt16.self) }
@inline(__always) func store32N(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt32.self) }
@inline(__always) func store64N(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { store(AnyMemory.self, pc, fp, mp, ip, acc, facc, UInt64.self) }
