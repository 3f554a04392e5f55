// Vector loads and stores. Every access is bounds-checked against the memory's current size; a 64-bit
// address plus offset that overflows is out of bounds. Alignment hints are ignored. Memory 0 is reached
// through the mp register (the `M0` handlers), any other memory through the instance's memory table
// (the `Mx` handlers, whose memory index is the instruction's last word).
//
//   load      [h, dst, address, offset, memory]         store      [h, address, value, offset, memory]
//   loadLane  [h, dst, address, vector, offset, lane, memory]
//   storeLane [h, address, vector, offset, lane, memory]

/// The host address of `size` bytes at `address + offset` in `memory`, or nil when any byte is out of
/// bounds. The address slot of a 32-bit memory holds an i32 (only its low 32 bits count).
@inline(__always)
func vectorAccess(_ memory: MP, _ address: UInt64, _ offset: UInt64, _ size: Int) -> UnsafeMutableRawPointer? {
    let base = memory.pointee.is64 ? address : address & 0xFFFF_FFFF
    let (effective, overflow) = base.addingReportingOverflow(offset)
    let byteCount = UInt64(truncatingIfNeeded: memory.pointee.byteCount)
    guard !overflow, effective <= byteCount, byteCount - effective >= UInt64(size) else { return nil }
    return memory.pointee.base + Int(effective)
}

/// The memory an instruction accesses: memory 0 (mp), or the one named by operand word `word`.
@inline(__always)
func vectorMemory(_ pc: PC, _ mp: RawMP, _ ip: RawIP, memory0: Bool, word: Int) -> MP {
    memory0 ? mp.memory : ip.instance.pointee.memories[slot(pc, word)]
}

@inline(__always)
func vLoad<R: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool, size: Int,
                    _ read: (UnsafeRawPointer) -> R) -> PC? {
    let memory = vectorMemory(pc, mp, ip, memory0: memory0, word: 4)
    guard let p = vectorAccess(memory, fp[slot(pc, 2)], pc[3], size) else { return trap(.outOfBoundsMemory, pc, ip) }
    fp.setVector(slot(pc, 1), read(UnsafeRawPointer(p)))
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func vLoadExtend<N: SIMD, W: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool,
                                  _: N.Type, _: W.Type) -> PC? where N.Scalar: FixedWidthInteger, W.Scalar: FixedWidthInteger {
    vLoad(pc, fp, mp, ip, acc, facc, memory0: memory0, size: 8) { p -> W in
        VectorOps.extend(p.loadUnaligned(as: N.self), high: false)
    }
}

@inline(__always)
func vLoadSplat<V: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool, _: V.Type) -> PC? {
    vLoad(pc, fp, mp, ip, acc, facc, memory0: memory0, size: MemoryLayout<V.Scalar>.size) { p in
        V(repeating: p.loadUnaligned(as: V.Scalar.self))
    }
}

@inline(__always)
func vLoadZero<V: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool, _: V.Type) -> PC? {
    vLoad(pc, fp, mp, ip, acc, facc, memory0: memory0, size: MemoryLayout<V.Scalar>.size) { p in
        var v = V()
        v[0] = p.loadUnaligned(as: V.Scalar.self)
        return v
    }
}

@inline(__always)
func vStore(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool) -> PC? {
    let memory = vectorMemory(pc, mp, ip, memory0: memory0, word: 4)
    guard let p = vectorAccess(memory, fp[slot(pc, 1)], pc[3], 16) else { return trap(.outOfBoundsMemory, pc, ip) }
    p.storeBytes(of: fp.vector(slot(pc, 2), as: VU64.self), as: VU64.self)
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func vLoadLane<V: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool, _: V.Type) -> PC? {
    let memory = vectorMemory(pc, mp, ip, memory0: memory0, word: 6)
    let size = MemoryLayout<V.Scalar>.size
    guard let p = vectorAccess(memory, fp[slot(pc, 2)], pc[4], size) else { return trap(.outOfBoundsMemory, pc, ip) }
    var v: V = fp.vector(slot(pc, 3))
    v[Int(pc[5]) & (V.scalarCount - 1)] = UnsafeRawPointer(p).loadUnaligned(as: V.Scalar.self)
    fp.setVector(slot(pc, 1), v)
    return dispatch(pc + 7, fp, mp, ip, acc, facc)
}

@inline(__always)
func vStoreLane<V: SIMD>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double, memory0: Bool, _: V.Type) -> PC? {
    let memory = vectorMemory(pc, mp, ip, memory0: memory0, word: 5)
    let size = MemoryLayout<V.Scalar>.size
    guard let p = vectorAccess(memory, fp[slot(pc, 1)], pc[3], size) else { return trap(.outOfBoundsMemory, pc, ip) }
    let v: V = fp.vector(slot(pc, 2))
    p.storeBytes(of: v[Int(pc[4]) & (V.scalarCount - 1)], as: V.Scalar.self)
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}

@inline(__always) func simdV128LoadM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoad(pc, fp, mp, ip, acc, facc, memory0: true, size: 16) { p in p.loadUnaligned(as: VU64.self) } }
@inline(__always) func simdV128Load8x8SM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: true, SIMD8<Int8>.self, VI16.self) }
@inline(__always) func simdV128Load8x8UM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: true, SIMD8<UInt8>.self, VU16.self) }
@inline(__always) func simdV128Load16x4SM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: true, SIMD4<Int16>.self, VI32.self) }
@inline(__always) func simdV128Load16x4UM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: true, SIMD4<UInt16>.self, VU32.self) }
@inline(__always) func simdV128Load32x2SM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: true, SIMD2<Int32>.self, VI64.self) }
@inline(__always) func simdV128Load32x2UM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: true, SIMD2<UInt32>.self, VU64.self) }
@inline(__always) func simdV128Load8SplatM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: true, VU8.self) }
@inline(__always) func simdV128Load16SplatM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: true, VU16.self) }
@inline(__always) func simdV128Load32SplatM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: true, VU32.self) }
@inline(__always) func simdV128Load64SplatM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: true, VU64.self) }
@inline(__always) func simdV128Load32ZeroM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadZero(pc, fp, mp, ip, acc, facc, memory0: true, VU32.self) }
@inline(__always) func simdV128Load64ZeroM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadZero(pc, fp, mp, ip, acc, facc, memory0: true, VU64.self) }
@inline(__always) func simdV128StoreM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStore(pc, fp, mp, ip, acc, facc, memory0: true) }
@inline(__always) func simdV128Load8LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: true, VU8.self) }
@inline(__always) func simdV128Store8LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: true, VU8.self) }
@inline(__always) func simdV128Load16LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: true, VU16.self) }
@inline(__always) func simdV128Store16LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: true, VU16.self) }
@inline(__always) func simdV128Load32LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: true, VU32.self) }
@inline(__always) func simdV128Store32LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: true, VU32.self) }
@inline(__always) func simdV128Load64LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: true, VU64.self) }
@inline(__always) func simdV128Store64LaneM0(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: true, VU64.self) }
@inline(__always) func simdV128LoadMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoad(pc, fp, mp, ip, acc, facc, memory0: false, size: 16) { p in p.loadUnaligned(as: VU64.self) } }
@inline(__always) func simdV128Load8x8SMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: false, SIMD8<Int8>.self, VI16.self) }
@inline(__always) func simdV128Load8x8UMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: false, SIMD8<UInt8>.self, VU16.self) }
@inline(__always) func simdV128Load16x4SMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: false, SIMD4<Int16>.self, VI32.self) }
@inline(__always) func simdV128Load16x4UMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: false, SIMD4<UInt16>.self, VU32.self) }
@inline(__always) func simdV128Load32x2SMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: false, SIMD2<Int32>.self, VI64.self) }
@inline(__always) func simdV128Load32x2UMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadExtend(pc, fp, mp, ip, acc, facc, memory0: false, SIMD2<UInt32>.self, VU64.self) }
@inline(__always) func simdV128Load8SplatMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: false, VU8.self) }
@inline(__always) func simdV128Load16SplatMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: false, VU16.self) }
@inline(__always) func simdV128Load32SplatMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: false, VU32.self) }
@inline(__always) func simdV128Load64SplatMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadSplat(pc, fp, mp, ip, acc, facc, memory0: false, VU64.self) }
@inline(__always) func simdV128Load32ZeroMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadZero(pc, fp, mp, ip, acc, facc, memory0: false, VU32.self) }
@inline(__always) func simdV128Load64ZeroMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadZero(pc, fp, mp, ip, acc, facc, memory0: false, VU64.self) }
@inline(__always) func simdV128StoreMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStore(pc, fp, mp, ip, acc, facc, memory0: false) }
@inline(__always) func simdV128Load8LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: false, VU8.self) }
@inline(__always) func simdV128Store8LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: false, VU8.self) }
@inline(__always) func simdV128Load16LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: false, VU16.self) }
@inline(__always) func simdV128Store16LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: false, VU16.self) }
@inline(__always) func simdV128Load32LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: false, VU32.self) }
@inline(__always) func simdV128Store32LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: false, VU32.self) }
@inline(__always) func simdV128Load64LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vLoadLane(pc, fp, mp, ip, acc, facc, memory0: false, VU64.self) }
@inline(__always) func simdV128Store64LaneMx(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { vStoreLane(pc, fp, mp, ip, acc, facc, memory0: false, VU64.self) }
