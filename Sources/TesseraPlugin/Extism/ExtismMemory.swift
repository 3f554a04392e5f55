#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A fault inside the native Extism kernel: what a trap in the reference host's kernel module would be.
enum KernelFault: Error, Equatable {
    /// A kernel access past the end of its memory.
    case outOfBounds
    /// Growth beyond the plugin's `memory.max_pages` budget (reported as "oom").
    case outOfMemory
}

/// The "Extism memory": a byte-addressed region, separate from every plugin module's memory, that holds
/// inputs, outputs, errors, config values, vars and log lines, addressed by u64 handles.
///
/// It keeps the reference kernel's layout so handles are bit-identical with the reference host: a root
/// record at address 1 (`initialized` u8, then u64 `position`, `length`, `error`, `input_offset`,
/// `input_length`, `output_offset`, `output_length`), blocks from address 65, each a 12-byte header
/// (`status` u8: 0 unused, 1 active, 2 free; `size` u32 at +4; `used` u32 at +8) followed by its data.
/// Allocation bumps; freed blocks are reused (split when 128 or more bytes are spare) only when a bump
/// would need more room. Like the kernel module, the memory starts at 16 pages.
final class ExtismMemory {
    static let pageSize = 65536
    static let initialPages = 16
    static let maxPages = 65536
    static let blocksStart: UInt64 = 65
    static let headerSize: UInt64 = 12

    // Root field addresses.
    static let positionField = 9, lengthField = 17, errorField = 25, inputOffsetField = 33
    static let inputLengthField = 41, outputOffsetField = 49, outputLengthField = 57

    /// The bytes and their count, behind a pointer: the hot paths read them without the dynamic
    /// exclusivity checks that stored class properties get.
    private struct Region {
        var base: UnsafeMutableRawPointer
        var byteCount: Int
    }

    private let region: UnsafeMutablePointer<Region>
    var base: UnsafeMutableRawPointer {
        @inline(__always) get { region.pointee.base }
        set { region.pointee.base = newValue }
    }
    var byteCount: Int {
        @inline(__always) get { region.pointee.byteCount }
        set { region.pointee.byteCount = newValue }
    }
    /// Decides whether the memory may grow by a number of pages: throws `.outOfMemory` to refuse with a
    /// trap, returns false to refuse quietly (the allocation then returns 0).
    var growthCheck: (Int) throws(KernelFault) -> Bool = { _ in true }

    init() {
        let count = Self.initialPages * Self.pageSize
        region = .allocate(capacity: 1)
        region.initialize(to: Region(base: calloc(count, 1)!, byteCount: count))
        initializeRoot()
    }

    deinit {
        free(base)
        region.deallocate()
    }

    /// Back to the state of a new memory: 16 zeroed pages and a fresh root.
    func reinitialize() {
        free(base)
        byteCount = Self.initialPages * Self.pageSize
        base = calloc(byteCount, 1)!
        initializeRoot()
    }

    var pages: Int { byteCount / Self.pageSize }

    private func initializeRoot() {
        base.storeBytes(of: 1, toByteOffset: 1, as: UInt8.self)
        for field in [Self.positionField, Self.errorField, Self.inputOffsetField, Self.inputLengthField,
                      Self.outputOffsetField, Self.outputLengthField] {
            setField(field, 0)
        }
        setField(Self.lengthField, UInt64(Self.pageSize) - 64)
        memset(base + Int(Self.blocksStart), 0, 144)
    }

    // MARK: - Raw access (every access is bounds-checked like a wasm load or store)

    @inline(__always) func field(_ address: Int) -> UInt64 {
        base.loadUnaligned(fromByteOffset: address, as: UInt64.self)
    }

    @inline(__always) func setField(_ address: Int, _ value: UInt64) {
        base.storeBytes(of: value, toByteOffset: address, as: UInt64.self)
    }

    @inline(__always) func checked(_ address: UInt32, _ width: Int) throws(KernelFault) -> Int {
        let a = Int(address)
        guard a + width <= byteCount else { throw .outOfBounds }
        return a
    }

    func byte(_ address: UInt32) throws(KernelFault) -> UInt8 {
        base.load(fromByteOffset: try checked(address, 1), as: UInt8.self)
    }

    func setByte(_ address: UInt32, _ value: UInt8) throws(KernelFault) {
        base.storeBytes(of: value, toByteOffset: try checked(address, 1), as: UInt8.self)
    }

    func word(_ address: UInt32) throws(KernelFault) -> UInt32 {
        base.loadUnaligned(fromByteOffset: try checked(address, 4), as: UInt32.self)
    }

    func setWord(_ address: UInt32, _ value: UInt32) throws(KernelFault) {
        base.storeBytes(of: value, toByteOffset: try checked(address, 4), as: UInt32.self)
    }

    func doubleWord(_ address: UInt32) throws(KernelFault) -> UInt64 {
        base.loadUnaligned(fromByteOffset: try checked(address, 8), as: UInt64.self)
    }

    func setDoubleWord(_ address: UInt32, _ value: UInt64) throws(KernelFault) {
        base.storeBytes(of: value, toByteOffset: try checked(address, 8), as: UInt64.self)
    }

    /// Grows by `delta` pages; false when refused (by the budget, the 4 GiB bound or the system).
    func grow(by delta: UInt32) throws(KernelFault) -> Bool {
        let newPages = pages + Int(delta)
        guard try growthCheck(Int(delta)) else { return false }
        guard newPages <= Self.maxPages else { return false }
        if delta == 0 { return true }
        let newBytes = newPages * Self.pageSize
        guard let fresh = realloc(base, newBytes) else { return false }
        memset(fresh + byteCount, 0, newBytes - byteCount)
        base = fresh
        byteCount = newBytes
        return true
    }

    /// The end of the memory in bytes, as the kernel's bounds checks see it.
    var end: UInt64 { UInt64(byteCount) }

    /// Bytes `[address, address + count)` copied out (the caller checked the range).
    func bytes(at address: UInt64, count: Int) -> [UInt8] {
        guard count > 0, address <= end, UInt64(count) <= end - address else { return [] }
        return Array(UnsafeRawBufferPointer(start: base + Int(address), count: count))
    }

    /// Copies `bytes` to `address` (the caller checked the range).
    func write(_ bytes: [UInt8], at address: UInt64) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { (base + Int(address)).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }

    /// Copies `bytes` to `address` (the caller checked the range).
    func write(_ bytes: UnsafeRawBufferPointer, at address: UInt64) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        (base + Int(address)).copyMemory(from: source, byteCount: bytes.count)
    }
}
