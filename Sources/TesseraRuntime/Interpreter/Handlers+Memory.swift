// Memory 0 accesses with an explicit bounds check per access (32-bit addresses: address + offset
// cannot overflow 64 bits). Out-of-bounds accesses trap; nothing here can crash the host.
//
//   load [h, dst, address, offset]     store [h, address, value, offset]
//   memorySize [h, dst]                memoryGrow [h, dst, delta]
//   memoryFill [h, dst, value, count]  memoryCopy [h, dst, src, count]

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always)
func load<T: FixedWidthInteger>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ type: T.Type,
                                _ extend: (T) -> UInt64) -> PC? {
    let address = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 2)])) &+ pc[3]
    guard address &+ UInt64(MemoryLayout<T>.size) <= UInt64(mp.memory.pointee.byteCount) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    let value = mp.memory.pointee.base.loadUnaligned(fromByteOffset: Int(address), as: T.self)
    fp[slot(pc, 1)] = extend(T(littleEndian: value))
    return dispatch(pc + 4, fp, mp, ip)
}

@inline(__always)
func store<T: FixedWidthInteger>(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ type: T.Type) -> PC? {
    let address = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 1)])) &+ pc[3]
    guard address &+ UInt64(MemoryLayout<T>.size) <= UInt64(mp.memory.pointee.byteCount) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    mp.memory.pointee.base.storeBytes(of: T(truncatingIfNeeded: fp[slot(pc, 2)]).littleEndian,
                               toByteOffset: Int(address), as: T.self)
    return dispatch(pc + 4, fp, mp, ip)
}

@inline(__always)
func i32Load(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { load(pc, fp, mp, ip, UInt32.self) { UInt64($0) } }
@inline(__always)
func i64Load(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { load(pc, fp, mp, ip, UInt64.self) { $0 } }
@inline(__always)
func i32Load8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    load(pc, fp, mp, ip, Int8.self) { UInt64(UInt32(bitPattern: Int32($0))) }
}
@inline(__always)
func i32Load8U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { load(pc, fp, mp, ip, UInt8.self) { UInt64($0) } }
@inline(__always)
func i32Load16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    load(pc, fp, mp, ip, Int16.self) { UInt64(UInt32(bitPattern: Int32($0))) }
}
@inline(__always)
func i32Load16U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { load(pc, fp, mp, ip, UInt16.self) { UInt64($0) } }
@inline(__always)
func i64Load8S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    load(pc, fp, mp, ip, Int8.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always)
func i64Load16S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    load(pc, fp, mp, ip, Int16.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always)
func i64Load32S(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    load(pc, fp, mp, ip, Int32.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always)
func i64Load32U(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { load(pc, fp, mp, ip, UInt32.self) { UInt64($0) } }

@inline(__always)
func store8(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { store(pc, fp, mp, ip, UInt8.self) }
@inline(__always)
func store16(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { store(pc, fp, mp, ip, UInt16.self) }
@inline(__always)
func store32(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { store(pc, fp, mp, ip, UInt32.self) }
@inline(__always)
func store64(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { store(pc, fp, mp, ip, UInt64.self) }

@inline(__always)
func memorySize(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    fp[slot(pc, 1)] = mp.memory.pointee.pages
    return dispatch(pc + 2, fp, mp, ip)
}

@inline(__always)
func memoryGrow(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let delta = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 2)]))
    let old = growMemory(mp.memory, by: delta)
    fp[slot(pc, 1)] = old.map { $0 } ?? UInt64(UInt32.max)
    return dispatch(pc + 3, fp, mp, ip)
}

@inline(__always)
func memoryFill(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let dst = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 1)]))
    let count = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 3)]))
    guard dst &+ count <= UInt64(mp.memory.pointee.byteCount) else { return trap(.outOfBoundsMemory, pc, ip) }
    (mp.memory.pointee.base + Int(dst)).initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: fp[slot(pc, 2)]),
                                                  count: Int(count))
    return dispatch(pc + 4, fp, mp, ip)
}

@inline(__always)
func memoryCopy(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? {
    let dst = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 1)]))
    let src = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 2)]))
    let count = UInt64(UInt32(truncatingIfNeeded: fp[slot(pc, 3)]))
    let size = UInt64(mp.memory.pointee.byteCount)
    guard dst &+ count <= size, src &+ count <= size else { return trap(.outOfBoundsMemory, pc, ip) }
    (mp.memory.pointee.base + Int(dst)).copyMemory(from: mp.memory.pointee.base + Int(src), byteCount: Int(count))
    return dispatch(pc + 4, fp, mp, ip)
}

/// Grows a memory; returns the old size in pages, or nil when the request exceeds the maximum.
@inline(never)
func growMemory(_ memory: MP, by delta: UInt64) -> UInt64? {
    let mp = memory.raw
    let old = mp.memory.pointee.pages
    guard delta <= mp.memory.pointee.maxPages &- old else { return nil }
    if delta == 0 { return old }
    let newPages = old + delta
    let newBytes = Int(newPages) << Int(mp.memory.pointee.pageSizeLog2)
    // calloc: zeroed, lazily mapped, and nil (a failed grow, not a crash) when the system refuses.
    guard let fresh = calloc(newBytes, 1) else { return nil }
    fresh.copyMemory(from: mp.memory.pointee.base, byteCount: mp.memory.pointee.byteCount)
    free(mp.memory.pointee.base)
    mp.memory.pointee.base = fresh
    mp.memory.pointee.byteCount = newBytes
    mp.memory.pointee.pages = newPages
    return old
}
