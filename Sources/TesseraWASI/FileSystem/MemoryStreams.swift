/// A stream that reads from bytes held in memory, then reports the end of the stream.
public final class MemoryInputStream: WASIStream {
    var bytes: [UInt8]
    var position = 0

    /// Creates a stream over `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var fileType: WASIFileType { .unknown }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno) -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { base.copyMemory(from: $0.baseAddress! + position, byteCount: count) }
        position += count
        return count
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(WASIErrno) -> Int { throw .badDescriptor }

    public func readiness(forWriting: Bool) -> WASIReadiness {
        forWriting ? .hangup : .ready(UInt64(bytes.count - position))
    }
}

/// A stream that collects what is written to it (or discards it).
public final class MemoryOutputStream: WASIStream {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []
    let discarding: Bool
    /// The most bytes kept; writes beyond fail with `nospc` (protects the host from a guest that
    /// writes forever).
    public var capacity = 256 << 20

    /// Creates an empty buffer (with `discarding`, a sink that keeps nothing).
    public init(discarding: Bool = false) { self.discarding = discarding }

    public var fileType: WASIFileType { .unknown }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno) -> Int { throw .badDescriptor }

    public func write(_ data: UnsafeRawBufferPointer) throws(WASIErrno) -> Int {
        if discarding { return data.count }
        guard bytes.count + data.count <= capacity else { throw .noSpace }
        bytes.append(contentsOf: data)
        return data.count
    }

    public func readiness(forWriting: Bool) -> WASIReadiness { forWriting ? .ready(4096) : .hangup }
}
