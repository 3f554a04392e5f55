/// The operating-system services the preview-1 functions need besides files: clocks, randomness and
/// waiting. `HostSystem` (Platform/) is the default; tests and embedders may supply their own (for
/// example a fixed clock and a seeded random source, to make runs reproducible).
public protocol WASISystem: AnyObject {
    /// The current time of `clock` in nanoseconds.
    func time(_ clock: WASIClockID) throws(WASIErrno) -> UInt64
    /// The resolution of `clock` in nanoseconds.
    func resolution(_ clock: WASIClockID) throws(WASIErrno) -> UInt64
    /// Fills `buffer` with random bytes.
    func random(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno)
    /// Waits until one of the host descriptors is ready or `timeout` nanoseconds passed (nil: no
    /// limit; with no descriptors: just sleeps). Returns the ready descriptors.
    func wait(reading: [Int32], writing: [Int32], timeout: UInt64?) -> Set<Int32>
    /// Lets other threads run.
    func yield()
}
