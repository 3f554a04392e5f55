// The kernel functions of `extism:host/env` over the Extism memory, with the reference kernel's
// arithmetic (u64 handles, u32 block sizes, wrapping where the kernel wraps).

extension ExtismMemory {
    /// Whether `p` lies in the allocator's region (`[65, 65 + length)`), as input/output/error checks use.
    func inRegion(_ p: UInt64) -> Bool {
        p >= Self.blocksStart && p < Self.blocksStart &+ field(Self.lengthField)
    }

    /// Whether `p` may be touched by a load or store: `64 <= p <= end` (the kernel's fast check).
    @inline(__always) func inBounds(_ p: UInt64) -> Bool { p >= 64 && p <= end }

    /// `alloc(n)`: the data address of a new block of `n` bytes, or 0.
    func alloc(_ n: UInt64) throws(KernelFault) -> UInt64 {
        guard n != 0 else { return 0 }
        guard let block = try allocateBlock(n) else { return 0 }
        return UInt64(block) + Self.headerSize
    }

    /// Returns the header address of a block for `n` bytes, or nil when memory cannot grow.
    private func allocateBlock(_ n: UInt64) throws(KernelFault) -> UInt32? {
        let position = field(Self.positionField), length = field(Self.lengthField)
        let withHeader = n &+ Self.headerSize
        let left = length &- position &- 64
        if withHeader >= left {
            if withHeader <= position, let reused = try reuseFreeBlock(n, position: position) {
                return reused
            }
            let delta = withHeader &- left
            let pages = UInt32(truncatingIfNeeded: delta >> 16) &+ (delta & 0xffff != 0 ? 1 : 0)
            guard try grow(by: pages) else { return nil }
            setField(Self.lengthField, field(Self.lengthField) &+ (UInt64(pages) << 16))
        }
        setField(Self.positionField, field(Self.positionField) &+ withHeader)
        let block = UInt32(truncatingIfNeeded: position) &+ UInt32(Self.blocksStart)
        let size = UInt32(truncatingIfNeeded: n)
        try setWord(block &+ 8, size)
        try setWord(block &+ 4, size)
        try setByte(block, 1)
        return block
    }

    /// Walks the blocks below `position` for an unused block or a free one of at least `n` bytes.
    private func reuseFreeBlock(_ n: UInt64, position: UInt64) throws(KernelFault) -> UInt32? {
        let end = position &+ Self.blocksStart
        guard end > Self.blocksStart else { return nil }
        let wanted = UInt32(truncatingIfNeeded: n)
        var block = UInt32(Self.blocksStart)
        while true {
            let status = try byte(block)
            let size: UInt32
            if status == 0 {
                return try activate(block, used: wanted)
            } else if status == 2 {
                size = try word(block &+ 4)
                if size >= wanted {
                    let spare = size &- wanted
                    guard spare >= 128 else { return try activate(block, used: wanted) }
                    try setWord(block &+ 8, 0)
                    try setWord(block &+ 4, spare &- 12)
                    let tail = block &+ spare
                    try setWord(tail &+ 8, 0)
                    try setWord(tail &+ 4, wanted)
                    try setByte(tail, 2)
                    return try activate(tail, used: wanted)
                }
            } else {
                size = try word(block &+ 4)
            }
            block = block &+ size &+ 12
            if end <= UInt64(block) { return nil }
        }
    }

    private func activate(_ block: UInt32, used: UInt32) throws(KernelFault) -> UInt32 {
        try setByte(block, 1)
        try setWord(block &+ 8, used)
        return block
    }

    /// The header of the active block whose data starts exactly at `p` (walking from the first block).
    func findBlock(_ p: UInt64) throws(KernelFault) -> UInt32? {
        guard inBounds(p) else { return nil }
        let limit = p &+ Self.blocksStart
        var block = UInt32(Self.blocksStart)
        repeat {
            if try byte(block) == 1, UInt64(block &+ 12) == p { return block }
            block = block &+ 12 &+ (try word(block &+ 4))
        } while limit > UInt64(block)
        return nil
    }

    /// `free(p)`: marks the block free; freeing the input block zeroes the input length.
    func release(_ p: UInt64) throws(KernelFault) {
        guard p != 0, let block = try findBlock(p) else { return }
        try setByte(block, 2)
        if field(Self.inputOffsetField) == p { setField(Self.inputLengthField, 0) }
    }

    /// `length(p)`: the used length of the active block starting at `p`, else 0.
    func length(_ p: UInt64) throws(KernelFault) -> UInt64 {
        guard p != 0, let block = try findBlock(p) else { return 0 }
        return UInt64(try word(block &+ 8))
    }

    /// `length_unsafe(p)`: reads the header in front of `p` without walking.
    func lengthUnsafe(_ p: UInt64) throws(KernelFault) -> UInt64 {
        guard p != 0, inBounds(p) else { return 0 }
        let block = UInt32(truncatingIfNeeded: p) &- 12
        guard try byte(block) == 1 else { return 0 }
        return UInt64(try word(block &+ 8))
    }

    func loadU8(_ p: UInt64) throws(KernelFault) -> UInt8 {
        guard inBounds(p) else { return 0 }
        return try byte(UInt32(truncatingIfNeeded: p))
    }

    func loadU64(_ p: UInt64) throws(KernelFault) -> UInt64 {
        guard inBounds(p &+ 7) else { return 0 }
        return try doubleWord(UInt32(truncatingIfNeeded: p))
    }

    func storeU8(_ p: UInt64, _ value: UInt8) throws(KernelFault) {
        guard inBounds(p) else { return }
        try setByte(UInt32(truncatingIfNeeded: p), value)
    }

    func storeU64(_ p: UInt64, _ value: UInt64) throws(KernelFault) {
        guard inBounds(p &+ 7) else { return }
        try setDoubleWord(UInt32(truncatingIfNeeded: p), value)
    }

    func inputLoadU8(_ offset: UInt64) throws(KernelFault) -> UInt8 {
        guard offset < field(Self.inputLengthField) else { return 0 }
        return try byte(UInt32(truncatingIfNeeded: field(Self.inputOffsetField) &+ offset))
    }

    func inputLoadU64(_ offset: UInt64) throws(KernelFault) -> UInt64 {
        guard offset &+ 8 <= field(Self.inputLengthField) else { return 0 }
        return try doubleWord(UInt32(truncatingIfNeeded: field(Self.inputOffsetField) &+ offset))
    }

    /// `input_set` / `output_set`: records a range when both ends lie in the allocator's region.
    func setRange(_ offsetField: Int, _ p: UInt64, _ count: UInt64) {
        guard inRegion(p), inRegion(p &+ count &- 1) else { return }
        setField(offsetField, p)
        setField(offsetField + 8, count)
    }

    /// `error_set(h)`: 0 clears; otherwise `h` must lie in the region.
    func setError(_ h: UInt64) {
        if h == 0 || inRegion(h) { setField(Self.errorField, h) }
    }

    /// `reset()`: drops every block (zeroing the used region) and clears input, output and error.
    func reset() {
        let position = field(Self.positionField)
        setField(Self.positionField, 0)
        let count = Int(min(position, end &- Self.blocksStart))
        if count > 0 { (base + Int(Self.blocksStart)).initializeMemory(as: UInt8.self, repeating: 0, count: count) }
        setField(Self.errorField, 0)
        setField(Self.inputOffsetField, 0)
        setField(Self.inputLengthField, 0)
        setField(Self.outputOffsetField, 0)
        setField(Self.outputLengthField, 0)
    }

    // MARK: - Host-side helpers

    /// Allocates a block holding `bytes`; returns its handle (0 for empty data or when memory is full).
    func allocate(_ bytes: [UInt8]) throws(KernelFault) -> UInt64 {
        let h = try alloc(UInt64(bytes.count))
        if h != 0 { write(bytes, at: h) }
        return h
    }

    /// The bytes of the block at handle `h` (empty for 0 or a non-block).
    func blockBytes(_ h: UInt64) throws(KernelFault) -> [UInt8] {
        let n = try length(h)
        return bytes(at: h, count: Int(n))
    }
}
