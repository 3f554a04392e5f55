// Whole-memory instructions, for any memory index (32- or 64-bit; slots hold i32 zero-extended, so an
// address or length slot is read whole). Every range is checked before the first byte is written.
//
//   memorySize [h, dst, memory]                 memoryGrow [h, dst, delta, memory, failure value]
//   memoryFill [h, dst, value, count, memory]   memoryCopy [h, dst, src, count, dst memory, src memory]
//   memoryInit [h, dst, src, count, memory, data segment]                     dataDrop [h, data segment]

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether `count` items at `start` lie within `size` items (no overflow for any 64-bit inputs).
@inline(__always)
func inBounds(_ start: UInt64, _ count: UInt64, _ size: Int) -> Bool {
    let size = UInt64(truncatingIfNeeded: size)
    return count <= size && start <= size &- count
}

@inline(__always)
func memoryOperand(_ pc: PC, _ ip: RawIP, _ word: Int) -> MP {
    ip.instance.pointee.memories[slot(pc, word)]
}

@inline(__always)
func memorySize(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = memoryOperand(pc, ip, 2).pointee.pages
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func memoryGrow(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let old = growMemory(memoryOperand(pc, ip, 3), by: fp[slot(pc, 2)])
    fp[slot(pc, 1)] = old ?? pc[4]
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func memoryFill(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let memory = memoryOperand(pc, ip, 4)
    let dst = fp[slot(pc, 1)], count = fp[slot(pc, 3)]
    guard inBounds(dst, count, memory.pointee.byteCount) else { return trap(.outOfBoundsMemory, pc, ip) }
    (memory.pointee.base + Int(dst)).initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: fp[slot(pc, 2)]),
                                                      count: Int(count))
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func memoryCopy(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let target = memoryOperand(pc, ip, 4), source = memoryOperand(pc, ip, 5)
    let dst = fp[slot(pc, 1)], src = fp[slot(pc, 2)], count = fp[slot(pc, 3)]
    guard inBounds(dst, count, target.pointee.byteCount), inBounds(src, count, source.pointee.byteCount) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    // copyMemory is memmove: overlapping ranges copy as if through a temporary buffer.
    (target.pointee.base + Int(dst)).copyMemory(from: source.pointee.base + Int(src), byteCount: Int(count))
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}

@inline(__always)
func memoryInit(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let memory = memoryOperand(pc, ip, 4)
    let segment = ip.instance.pointee.dataSegments.unsafelyUnwrapped[slot(pc, 5)]
    let dst = fp[slot(pc, 1)], src = fp[slot(pc, 2)], count = fp[slot(pc, 3)]
    guard inBounds(dst, count, memory.pointee.byteCount), inBounds(src, count, segment.count) else {
        return trap(.outOfBoundsMemory, pc, ip)
    }
    if count > 0, let bytes = segment.base {
        (memory.pointee.base + Int(dst)).copyMemory(from: bytes + Int(src), byteCount: Int(count))
    }
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}

@inline(__always)
func dataDrop(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    ip.instance.pointee.dataSegments.unsafelyUnwrapped[slot(pc, 1)].count = 0
    return dispatch(pc + 2, fp, mp, ip, acc, facc)
}

/// Grows a memory by `delta` pages; returns the old size in pages, or nil when the memory's maximum
/// (declared, address space, engine or store limit) forbids it or the system has no memory for it.
@inline(never)
func growMemory(_ memory: MP, by delta: UInt64) -> UInt64? {
    let old = memory.pointee.pages
    // The limit may be below the size (a store limit lowered after the memory grew).
    guard old <= memory.pointee.maxPages, delta <= memory.pointee.maxPages - old else { return nil }
    if delta == 0 { return old }
    let newPages = old + delta
    // maxPages keeps the byte count within Int (see Store.allocateMemory).
    let newBytes = Int(newPages) << Int(memory.pointee.pageSizeLog2)
    // calloc: zeroed, lazily mapped, and nil (a failed grow, not a crash) when the system refuses.
    guard let fresh = calloc(newBytes, 1) else { return nil }
    fresh.copyMemory(from: memory.pointee.base, byteCount: memory.pointee.byteCount)
    free(memory.pointee.base)
    memory.pointee.base = fresh
    memory.pointee.byteCount = newBytes
    memory.pointee.pages = newPages
    return old
}
