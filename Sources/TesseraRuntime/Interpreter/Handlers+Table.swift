// Table instructions, for any table index (32- or 64-bit indices; slots hold i32 zero-extended, so an
// index or length slot is read whole). References are 64-bit slots (0 is null). Every range is checked
// before the first element is written.
//
//   tableGet [h, dst, index, table]            tableSet [h, index, value, table]
//   tableSize [h, dst, table]                  tableGrow [h, dst, init, delta, table, failure value]
//   tableFill [h, index, value, count, table]  tableCopy [h, dst, src, count, dst table, src table]
//   tableInit [h, dst, src, count, table, element segment]                 elemDrop [h, element segment]

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

typealias TableRef = UnsafeMutablePointer<TableStorage>

@inline(__always)
func tableOperand(_ pc: PC, _ ip: RawIP, _ word: Int) -> TableRef {
    ip.instance.pointee.tables[slot(pc, word)]
}

@inline(__always)
func tableGet(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let table = tableOperand(pc, ip, 3)
    let index = fp[slot(pc, 2)]
    guard index < UInt64(table.pointee.count) else { return trap(.outOfBoundsTable, pc, ip) }
    fp[slot(pc, 1)] = table.pointee.elements[Int(index)]
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func tableSet(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let table = tableOperand(pc, ip, 3)
    let index = fp[slot(pc, 1)]
    guard index < UInt64(table.pointee.count) else { return trap(.outOfBoundsTable, pc, ip) }
    table.pointee.elements[Int(index)] = fp[slot(pc, 2)]
    return dispatch(pc + 4, fp, mp, ip, acc, facc)
}

@inline(__always)
func tableSize(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    fp[slot(pc, 1)] = UInt64(tableOperand(pc, ip, 2).pointee.count)
    return dispatch(pc + 3, fp, mp, ip, acc, facc)
}

@inline(__always)
func tableGrow(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let old = growTable(tableOperand(pc, ip, 4), by: fp[slot(pc, 3)], filling: fp[slot(pc, 2)])
    fp[slot(pc, 1)] = old ?? pc[5]
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}

@inline(__always)
func tableFill(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let table = tableOperand(pc, ip, 4)
    let index = fp[slot(pc, 1)], count = fp[slot(pc, 3)]
    guard inBounds(index, count, table.pointee.count) else { return trap(.outOfBoundsTable, pc, ip) }
    (table.pointee.elements + Int(index)).update(repeating: fp[slot(pc, 2)], count: Int(count))
    return dispatch(pc + 5, fp, mp, ip, acc, facc)
}

@inline(__always)
func tableCopy(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let target = tableOperand(pc, ip, 4), source = tableOperand(pc, ip, 5)
    let dst = fp[slot(pc, 1)], src = fp[slot(pc, 2)], count = fp[slot(pc, 3)]
    guard inBounds(dst, count, target.pointee.count), inBounds(src, count, source.pointee.count) else {
        return trap(.outOfBoundsTable, pc, ip)
    }
    // A raw copy is memmove: overlapping ranges (the same table) copy as if through a temporary.
    UnsafeMutableRawPointer(target.pointee.elements + Int(dst))
        .copyMemory(from: source.pointee.elements + Int(src), byteCount: Int(count) &* 8)
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}

@inline(__always)
func tableInit(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    let table = tableOperand(pc, ip, 4)
    let segment = ip.instance.pointee.elementSegments.unsafelyUnwrapped[slot(pc, 5)]
    let dst = fp[slot(pc, 1)], src = fp[slot(pc, 2)], count = fp[slot(pc, 3)]
    guard inBounds(dst, count, table.pointee.count), inBounds(src, count, segment.count) else {
        return trap(.outOfBoundsTable, pc, ip)
    }
    if count > 0, let items = segment.base {
        UnsafeMutableRawPointer(table.pointee.elements + Int(dst))
            .copyMemory(from: items + Int(src) &* 8, byteCount: Int(count) &* 8)
    }
    return dispatch(pc + 6, fp, mp, ip, acc, facc)
}

@inline(__always)
func elemDrop(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    ip.instance.pointee.elementSegments.unsafelyUnwrapped[slot(pc, 1)].count = 0
    return dispatch(pc + 2, fp, mp, ip, acc, facc)
}

/// Most elements a table may have (an implementation limit, so that a guest cannot make the host
/// allocate without bound): 2^24 references, 128 MiB.
let tableElementLimit: UInt64 = 1 << 24

/// Grows a table by `delta` elements set to `value`; returns the old size, or nil when its maximum
/// (declared, index range, `tableElementLimit` or store limit) forbids it or the system has no memory.
@inline(never)
func growTable(_ table: TableRef, by delta: UInt64, filling value: UInt64) -> UInt64? {
    let old = UInt64(table.pointee.count)
    let limit = table.pointee.maximum
    guard old <= limit, delta <= limit - old else { return nil }
    let newCount = Int(old + delta)
    if newCount > table.pointee.capacity {
        let capacity = max(newCount, min(table.pointee.capacity &* 2, Int(clamping: limit)))
        guard let grown = realloc(table.pointee.elements, capacity * 8) else { return nil }
        table.pointee.elements = grown.assumingMemoryBound(to: UInt64.self)
        table.pointee.capacity = capacity
    }
    (table.pointee.elements + Int(old)).initialize(repeating: value, count: Int(delta))
    table.pointee.count = newCount
    return old
}
