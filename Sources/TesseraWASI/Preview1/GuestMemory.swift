/// The guest's linear memory during one host call: every pointer and length from the guest is
/// checked here, and an out-of-range one is `fault`. Little-endian, as WebAssembly is.
struct GuestMemory {
    let bytes: UnsafeMutableRawBufferPointer

    /// The host address of `count` bytes at guest address `address`.
    func region(_ address: UInt32, _ count: UInt32) throws(WASIErrno) -> UnsafeMutableRawBufferPointer {
        let start = Int(address), length = Int(count)
        guard start <= bytes.count, length <= bytes.count - start else { throw .fault }
        guard length > 0 else { return UnsafeMutableRawBufferPointer(start: nil, count: 0) }
        return UnsafeMutableRawBufferPointer(rebasing: bytes[start..<start + length])
    }

    func load<T: FixedWidthInteger>(_ type: T.Type, at address: UInt32) throws(WASIErrno) -> T {
        let region = try region(address, UInt32(MemoryLayout<T>.size))
        return T(littleEndian: region.loadUnaligned(as: T.self))
    }

    func store<T: FixedWidthInteger>(_ value: T, at address: UInt32) throws(WASIErrno) {
        let region = try region(address, UInt32(MemoryLayout<T>.size))
        region.storeBytes(of: value.littleEndian, as: T.self)
    }

    /// Copies `source` to guest address `address`.
    func write(_ source: [UInt8], at address: UInt32) throws(WASIErrno) {
        let count = UInt32(exactly: source.count) ?? UInt32.max
        let region = try region(address, count)
        if count > 0 { source.withUnsafeBytes { region.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
    }

    /// A path or other string argument: must be valid UTF-8 without NUL bytes (`ilseq` otherwise).
    func string(_ address: UInt32, _ count: UInt32) throws(WASIErrno) -> String {
        let region = try region(address, count)
        guard let text = String(validating: UnsafeRawBufferPointer(region), as: UTF8.self) else {
            throw .illegalSequence
        }
        guard !text.utf8.contains(0) else { throw .illegalSequence }
        return text
    }

    /// The buffers of an `iovec`/`ciovec` array (`count` pairs of u32 address, u32 length).
    func vectors(_ address: UInt32, _ count: UInt32) throws(WASIErrno) -> [UnsafeMutableRawBufferPointer] {
        let table = try region(address, count.multipliedReportingOverflow(by: 8).overflow ? .max : count * 8)
        var result: [UnsafeMutableRawBufferPointer] = []
        result.reserveCapacity(Int(count))
        for i in 0..<Int(count) {
            let base = UInt32(littleEndian: table.loadUnaligned(fromByteOffset: i * 8, as: UInt32.self))
            let length = UInt32(littleEndian: table.loadUnaligned(fromByteOffset: i * 8 + 4, as: UInt32.self))
            result.append(try region(base, length))
        }
        return result
    }
}
